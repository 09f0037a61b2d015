import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from './export-args';
import { buildDir, fallbackReferences, readBuild, statesInHtml } from './export-build';

const figure = `<figure class="chart s-1" data-chart="defence-spending" data-state="share" data-mode="embed">
<div class="chart-panel" data-panel="world" hidden=""></div>
<div class="chart-panel" data-panel="share"></div></figure>
<figure class="chart" data-chart="membership-map" data-state="2004-03-29">
<div data-panel="1949-04-04" data-from="1949-04-04" hidden></div><div data-panel="2004-03-29" data-from="2004-03-29"></div></figure>`;

function site(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'export-build-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

describe('statesInHtml', () => {
	it("statesInHtml(html, chart) reads that figure's panels and prerendered state", () => {
		expect(statesInHtml(figure, 'defence-spending')).toEqual({
			defaultKey: 'share',
			states: [{ key: 'world' }, { key: 'share' }]
		});
		expect(statesInHtml(figure, 'membership-map')).toEqual({
			defaultKey: '2004-03-29',
			states: [
				{ key: '1949-04-04', from: '1949-04-04' },
				{ key: '2004-03-29', from: '2004-03-29' }
			]
		});
		expect(statesInHtml(figure, 'other')).toBeUndefined();
	});
});

describe('readBuild', () => {
	it('readBuild(dir, charts) reads each chart from its embed page', () => {
		const dir = site({
			'index.html': '',
			'js/export-png.js': '',
			'embed/defence-spending/index.html': figure
		});
		expect(readBuild(dir, ['defence-spending'])).toEqual([
			{
				chart: 'defence-spending',
				page: 'embed/defence-spending/',
				defaultKey: 'share',
				states: [{ key: 'world' }, { key: 'share' }]
			}
		]);
	});

	it.each([
		[{}, 'no built site in', 'index.html is missing; run `npm run build` first'],
		[{ 'index.html': '' }, 'js/export-png.js is missing', 'run `npm run build` first'],
		[
			{ 'index.html': '', 'js/export-png.js': '' },
			'embed/defence-spending/index.html is missing, so defence-spending cannot be drawn',
			'BUILD_DIR'
		],
		[
			{ 'index.html': '', 'js/export-png.js': '', 'embed/defence-spending/index.html': '<p>' },
			'holds no figure.chart[data-chart="defence-spending"]',
			'rebuild'
		]
	])('readBuild fails on a broken build (%#): %s', (files, what, fix) => {
		const dir = site(files);
		expect(() => readBuild(dir, ['defence-spending'])).toThrow(UsageError);
		expect(() => readBuild(dir, ['defence-spending'])).toThrow(what);
		expect(() => readBuild(dir, ['defence-spending'])).toThrow(
			fix.replace('index.html is missing; ', '')
		);
	});

	it('buildDir() is BUILD_DIR or build', () => {
		expect(buildDir({})).toBe('build');
		expect(buildDir({ BUILD_DIR: 'build-x' })).toBe('build-x');
	});
});

describe('fallbackReferences', () => {
	it('fallbackReferences(dir) finds fallback/<chart>/<state>.png in pages and JSON, once each', () => {
		const dir = site({
			'index.html':
				'<img src="./fallback/membership-map/1949-04-04.png"><img src="/fallback/defence-spending/share.png">',
			'embed/defence-spending/index.html':
				'<noscript><img src="../../fallback/defence-spending/share.png"></noscript>',
			'embed/defence-spending/oembed.json':
				'{"thumbnail_url":"https://x/fallback/defence-spending/world.png"}',
			'fallback/defence-spending/old.html': 'fallback/defence-spending/stale.png',
			'app.js': 'fallback/membership-map/ignored.png'
		});
		expect(fallbackReferences(dir).map(({ chart, state }) => `${chart}/${state}`)).toEqual([
			'defence-spending/share',
			'defence-spending/world',
			'membership-map/1949-04-04'
		]);
		expect(fallbackReferences(dir)[0]!.file).toMatch(/embed\/defence-spending\/index\.html$/);
	});
});
