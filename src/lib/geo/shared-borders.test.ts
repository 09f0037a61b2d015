import { describe, expect, it } from 'vitest';
import { geoLength } from 'd3';
import { mesh } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { EARTH_RADIUS_KM, sharedBorderLengths } from './shared-borders';
import { pairKey } from './pair-key';
import { worldAtlas } from './world.fixture';

describe('sharedBorderLengths', () => {
	it('sharedBorderLengths(topology) adds the arcs two features share, once per pair', () => {
		// Three unit squares along the equator, a | b | c; arcs 1 and 2 are the shared edges.
		const topology = {
			type: 'Topology',
			arcs: [
				[
					[0, 1],
					[0, 0],
					[1, 0]
				],
				[
					[1, 0],
					[1, 1]
				],
				[
					[2, 0],
					[2, 1]
				],
				[
					[1, 1],
					[0, 1]
				],
				[
					[1, 0],
					[2, 0]
				],
				[
					[2, 1],
					[1, 1]
				],
				[
					[2, 0],
					[3, 0],
					[3, 1],
					[2, 1]
				]
			],
			objects: {
				countries: {
					type: 'GeometryCollection',
					geometries: [
						{ type: 'Polygon', id: 'a', arcs: [[0, 1, 3]] },
						{ type: 'Polygon', id: 'b', arcs: [[4, 2, 5, ~1]] },
						{ type: 'Polygon', id: 'c', arcs: [[6, ~2]] },
						{ type: 'Polygon', arcs: [[~3]] }
					]
				}
			}
		} as unknown as Topology;
		const lengths = sharedBorderLengths(topology, 'countries');
		const degree = (Math.PI / 180) * EARTH_RADIUS_KM;
		expect([...lengths.keys()].sort()).toEqual(['a-b', 'b-c']);
		expect(lengths.get(pairKey('b', 'a'))).toBeCloseTo(degree, 6);
	});

	it('sharedBorderLengths(countries-10m) equals the length of topojson.mesh for each pair', () => {
		const world = worldAtlas('countries-10m.json');
		const lengths = sharedBorderLengths(world, 'countries');
		for (const [a, b] of [
			['578', '643'],
			['246', '643'],
			['616', '643'],
			['792', '268']
		]) {
			const line = mesh(world, world.objects.countries as never, (g, h) => {
				const ids = [String(g.id), String(h.id)];
				return g !== h && ids.includes(a!) && ids.includes(b!);
			});
			expect(lengths.get(pairKey(a!, b!))).toBeCloseTo(geoLength(line) * EARTH_RADIUS_KM, 6);
		}
	});

	it('sharedBorderLengths fails on an object that is not there', () => {
		const topology = { type: 'Topology', arcs: [], objects: {} } as unknown as Topology;
		expect(() => sharedBorderLengths(topology, 'countries')).toThrow(
			'no geometry collection "countries"'
		);
	});
});
