import { describe, expect, it } from 'vitest';
import { oembed } from './oembed';

describe('oembed', () => {
	const response = oembed({
		site: 'https://example.org/nato/',
		chart: 'defence-spending',
		title: 'NATO & the world',
		provider: 'Data team',
		width: 600,
		height: 520,
		thumbnail: { path: 'fallback/defence-spending/share.png', width: 1280, height: 960 }
	});

	it('oembed(options) is a rich oEmbed 1.0 response with absolute URLs', () => {
		expect(response).toMatchObject({
			version: '1.0',
			type: 'rich',
			title: 'NATO & the world',
			provider_name: 'Data team',
			provider_url: 'https://example.org/nato/',
			width: 600,
			height: 520,
			thumbnail_url: 'https://example.org/nato/fallback/defence-spending/share.png',
			thumbnail_width: 1280,
			thumbnail_height: 960
		});
	});

	it('oembed(options).html is the embed code with the title escaped and the initial height', () => {
		expect(response.html).toContain(
			'<iframe src="https://example.org/nato/embed/defence-spending/" title="NATO &amp; the world"'
		);
		expect(response.html).toContain('height="520"');
		expect(response.html).toContain(
			'<script src="https://example.org/nato/embed.js" async></script>'
		);
	});
});
