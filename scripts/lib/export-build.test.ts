import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from './export-args';
import { buildDir, fallbackReferences, readBuild } from './export-build';

const manifest = JSON.stringify({
	charts: [
		{
			id: 'defence-spending',
			title: 'T',
			stateParam: 'step',
			embedHeight: 700,
			page: 'embed/defence-spending/',
			defaultKey: 'share',
			states: [
				{ key: 'world', label: 'W' },
				{ key: 'share', label: 'S' }
			]
		},
		{
			id: 'membership-map',
			title: 'M',
			stateParam: 'date',
			embedHeight: 725,
			page: 'embed/membership-map/',
			defaultKey: '2004-03-29',
			states: [
				{ key: '1949-04-04', from: '1949-04-04', label: 'a' },
				{ key: '2004-03-29', from: '2004-03-29', label: 'b' }
			]
		}
	]
});

function site(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'export-build-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

describe('readBuild', () => {
	it("readBuild(dir, charts) reads each chart's states from the build's manifest", () => {
		const dir = site({
			'charts.json': manifest,
			'js/export-png.js': '',
			'embed/defence-spending/index.html': '<figure>',
			'embed/membership-map/index.html': '<figure>'
		});
		expect(readBuild(dir, ['defence-spending'])).toEqual([
			{
				chart: 'defence-spending',
				page: 'embed/defence-spending/',
				defaultKey: 'share',
				states: [{ key: 'world' }, { key: 'share' }]
			}
		]);
		expect(readBuild(dir).map((c) => [c.chart, c.states.at(-1)])).toEqual([
			['defence-spending', { key: 'share' }],
			['membership-map', { key: '2004-03-29', from: '2004-03-29' }]
		]);
	});

	it.each([
		[{}, 'no built site in', 'charts.json is missing; run `npm run build` first'],
		[{ 'charts.json': manifest }, 'js/export-png.js is missing', 'run `npm run build` first'],
		[
			{ 'charts.json': manifest, 'js/export-png.js': '' },
			'embed/defence-spending/index.html is missing, so defence-spending cannot be drawn',
			'BUILD_DIR'
		],
		[
			{ 'charts.json': '{"charts": []}', 'js/export-png.js': '' },
			'charts.json: lists no charts',
			'rebuild'
		],
		[
			{ 'charts.json': manifest.replace('defence-spending', 'pie'), 'js/export-png.js': '' },
			'the built site has no chart "defence-spending"; its charts are pie, membership-map',
			'charts are'
		]
	])('readBuild fails on a broken build (%#): %s', (files, what, fix) => {
		const dir = site(files);
		expect(() => readBuild(dir, ['defence-spending'])).toThrow(UsageError);
		expect(() => readBuild(dir, ['defence-spending'])).toThrow(what);
		expect(() => readBuild(dir, ['defence-spending'])).toThrow(
			fix.replace('charts.json is missing; ', '')
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
