import { describe, expect, it } from 'vitest';
import { geoPath } from 'd3';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import { insetFrame, mainFrame, MAP_WIDTH } from './frames';
import { worldAtlas } from './world.fixture';

const inBox = (
	[x, y]: [number, number],
	[[x0, y0], [x1, y1]]: [[number, number], [number, number]]
) => x >= x0 && x <= x1 && y >= y0 && y <= y1;

describe('mainFrame', () => {
	const main = mainFrame();

	it('mainFrame() is MAP_WIDTH wide and fitted on its extent, so it is the same for any countries', () => {
		expect(main.box[1][0]).toBe(MAP_WIDTH);
		expect(main.box[1][1]).toBeGreaterThan(600);
		expect(mainFrame().projection.scale()).toBe(main.projection.scale());
	});

	it.each([
		['Reykjavík', [-21.9, 64.1], true],
		['Lisbon', [-9.1, 38.7], true],
		['Moscow', [37.6, 55.8], true],
		['Baku', [49.9, 40.4], true],
		['North Cape', [25.8, 71.1], true],
		['Cayenne (French Guiana)', [-52.3, 4.9], false],
		['Saint-Denis (Réunion)', [55.5, -20.9], false],
		['New York', [-74, 40.7], false]
	] as const)('mainFrame() shows %s: %s', (_name, point, shown) => {
		expect(inBox(main.projection([...point])!, main.box)).toBe(shown);
	});

	it('mainFrame() clips France to the frame (French Guiana adds nothing outside it)', () => {
		const world = worldAtlas('countries-50m.json');
		const countries = feature(
			world,
			world.objects.countries as never
		) as unknown as FeatureCollection;
		const france = countries.features.find((f) => f.id === '250')!;
		const [[x0, y0], [x1, y1]] = geoPath(main.projection).bounds(france);
		expect(x0).toBeGreaterThanOrEqual(0);
		expect(y0).toBeGreaterThanOrEqual(0);
		expect(x1).toBeLessThanOrEqual(main.box[1][0]);
		expect(y1).toBeLessThanOrEqual(main.box[1][1]);
	});
});

describe('insetFrame', () => {
	const main = mainFrame();
	const inset = insetFrame(main);

	it('insetFrame(main) lies inside the main frame, over the Atlantic west of Ireland', () => {
		expect(inBox(inset.box[0], main.box) && inBox(inset.box[1], main.box)).toBe(true);
		expect(inset.box[1][0]).toBeLessThan(main.projection([-10.5, 52])![0]);
	});

	it.each([
		['Washington', [-77, 38.9], true],
		['Ottawa', [-75.7, 45.4], true],
		['Anchorage', [-149.9, 61.2], true],
		['Honolulu', [-157.9, 21.3], false]
	] as const)('insetFrame(main) shows %s: %s', (_name, point, shown) => {
		expect(inBox(inset.projection([...point])!, inset.box)).toBe(shown);
	});
});
