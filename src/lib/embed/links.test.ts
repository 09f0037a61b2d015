import { describe, expect, it } from 'vitest';
import {
	embedCode,
	embedPath,
	escapeHtml,
	iframeCode,
	oembedPath,
	siteUrl,
	storyCode
} from './links';

describe('siteUrl', () => {
	it.each([
		[undefined, 'http://localhost:4173/'],
		['', 'http://localhost:4173/'],
		['https://graphics.example.org', 'https://graphics.example.org/'],
		['https://example.org/nato?x=1#top', 'https://example.org/nato/']
	])('siteUrl(%j) is %s', (value, url) => {
		expect(siteUrl(value)).toBe(url);
	});

	it.each(['javascript:alert(1)', 'example.org', 'ftp://example.org/'])(
		'siteUrl(%j) throws, saying how to set it',
		(value) => {
			expect(() => siteUrl(value)).toThrow(/^embed: SITE_URL/);
		}
	);
});

describe('paths', () => {
	it('embedPath and oembedPath are relative to the site root', () => {
		expect(embedPath('membership-map')).toBe('embed/membership-map/');
		expect(embedPath('defence-spending', 'step=share')).toBe('embed/defence-spending/?step=share');
		expect(oembedPath('membership-map')).toBe('embed/membership-map/oembed.json');
	});
});

describe('embed code', () => {
	const options = {
		site: 'https://example.org/nato/',
		chart: 'membership-map',
		title: 'NATO "grows" <fast> & far'
	};

	it('iframeCode(options) names the iframe, marks it ours and loads it lazily', () => {
		expect(iframeCode({ ...options, query: 'step=a&b', height: 500.4 })).toBe(
			'<iframe src="https://example.org/nato/embed/membership-map/?step=a&amp;b"' +
				' title="NATO &quot;grows&quot; &lt;fast&gt; &amp; far" data-nato-chart loading="lazy"' +
				' width="100%" height="500" style="width:100%;border:0"></iframe>'
		);
	});

	it.each(['constructor', '__proto__', 'toString'])(
		'iframeCode({ chart: %s }) gives an unknown chart the default height',
		(chart) => {
			expect(iframeCode({ ...options, chart })).toContain(' height="640" ');
		}
	);

	it('embedCode(options) adds the host loader from the same site', () => {
		expect(embedCode(options).split('\n')[1]).toBe(
			'<script src="https://example.org/nato/embed.js" async></script>'
		);
	});

	it('storyCode(site, title) frames the story at the site root, marked ours, with the loader', () => {
		expect(storyCode('https://example.org/nato/', 'The "story"')).toBe(
			'<iframe src="https://example.org/nato/" title="The &quot;story&quot;" data-nato-chart' +
				' loading="lazy" width="100%" height="800" style="width:100%;border:0"></iframe>\n' +
				'<script src="https://example.org/nato/embed.js" async></script>'
		);
	});

	it('escapeHtml escapes the five HTML specials', () => {
		expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
			'&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;'
		);
	});
});
