import { describe, expect, it } from 'vitest';
import { fillIslands, islandPage } from './islands';
import { storyPage } from './story-page';
import { registerIslands } from './page-islands';

registerIslands();

describe('the story page', () => {
	it('islandPage(path) gives the relative path to the site root, as SvelteKit does', () => {
		expect(islandPage('/').assets).toBe('.');
		expect(islandPage('/embed/').assets).toBe('..');
		expect(islandPage('/embed/membership-map/').assets).toBe('../..');
	});

	it.each(['membership-map', 'defence-spending'])(
		'the island story-chart/%s is the whole chart, in the step states, its islands filled',
		(chart) => {
			const html = fillIslands(`<div data-island="story-chart/${chart}"></div>`, {
				assets: '../..'
			});
			expect(html).toContain(`<figure class="chart`);
			expect(html).toContain(`data-chart="${chart}"`);
			expect(html).not.toMatch(/data-island="[^"]+"><\//);
			expect(html).toContain('data-src="../../js/export-png.js"');
			const steps = storyPage().story.steps.filter((s) => s.chart === chart);
			const panels = [...html.matchAll(/data-panel="([^"]+)"/g)].map((m) => m[1]);
			expect(new Set(panels)).toEqual(new Set(steps.map((s) => s.state)));
			expect(html).toContain(`data-state="${steps[0]!.state}"`);
		}
	);

	it('a chart the story does not have is an error that names the ones it has', () => {
		expect(() => fillIslands('<div data-island="story-chart/pie"></div>')).toThrow(
			/no island "pie"; the islands are membership-map, defence-spending/
		);
	});
});
