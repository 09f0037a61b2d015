import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { decodeArcs, simplifyLine, simplifyTopology, type LonLat } from './simplify';

const identity = (p: LonLat): [number, number] => [p[0], p[1]];

describe('decodeArcs', () => {
	it('decodeArcs(topology) undoes quantization and delta encoding', () => {
		const topology = {
			type: 'Topology',
			transform: { scale: [0.5, 2], translate: [10, 20] },
			arcs: [
				[
					[0, 0],
					[2, 1],
					[-1, 3]
				]
			],
			objects: {}
		} as unknown as Topology;
		expect(decodeArcs(topology)).toEqual([
			[
				[10, 20],
				[11, 22],
				[10.5, 28]
			]
		]);
	});

	it('decodeArcs(topology) returns absolute arcs as they are when there is no transform', () => {
		const topology = {
			type: 'Topology',
			arcs: [
				[
					[1, 2],
					[3, 4]
				]
			],
			objects: {}
		} as unknown as Topology;
		expect(decodeArcs(topology)).toEqual([
			[
				[1, 2],
				[3, 4]
			]
		]);
	});
});

describe('simplifyLine', () => {
	const zigzag: LonLat[] = [
		[0, 0],
		[1, 0.01],
		[2, 0],
		[3, 5],
		[4, 0],
		[5, -0.01],
		[6, 0]
	];

	it.each([
		[0.001, 7],
		[0.1, 5],
		[100, 2]
	])('simplifyLine(zigzag, identity, %f) keeps %i points', (minArea, kept) => {
		const out = simplifyLine(zigzag, identity, minArea);
		expect(out).toHaveLength(kept);
		expect(out[0]).toEqual(zigzag[0]);
		expect(out[out.length - 1]).toEqual(zigzag[zigzag.length - 1]);
	});

	it('simplifyLine keeps the peak when only the flat points are below the threshold', () => {
		expect(simplifyLine(zigzag, identity, 1)).toEqual([
			[0, 0],
			[2, 0],
			[3, 5],
			[4, 0],
			[6, 0]
		]);
	});

	it('simplifyLine keeps points the projection cannot place', () => {
		const project = (p: LonLat): [number, number] | null => (p[0] === 1 ? null : [p[0], p[1]]);
		expect(simplifyLine(zigzag, project, 0.1)).toContainEqual([1, 0.01]);
	});

	it('simplifyLine leaves lines of two points alone', () => {
		expect(
			simplifyLine(
				[
					[0, 0],
					[1, 1]
				],
				identity,
				10
			)
		).toEqual([
			[0, 0],
			[1, 1]
		]);
	});
});

describe('simplifyTopology', () => {
	it('simplifyTopology simplifies each arc once, so two shapes sharing it still share it', () => {
		const topology = {
			type: 'Topology',
			arcs: [
				[
					[0, 0],
					[1, 0.001],
					[2, 0],
					[2, 2]
				],
				[
					[2, 2],
					[0, 2],
					[0, 0]
				],
				[
					[2, 2],
					[4, 2],
					[4, 0],
					[2, 0.0001],
					[0, 0]
				]
			],
			objects: {
				shapes: {
					type: 'GeometryCollection',
					geometries: [
						{ type: 'Polygon', arcs: [[0, 1]] },
						{ type: 'Polygon', arcs: [[~0, 2]] }
					]
				}
			}
		} as unknown as Topology;
		const out = simplifyTopology(topology, identity, 0.01);
		expect(out.arcs[0]).toEqual([
			[0, 0],
			[2, 0],
			[2, 2]
		]);
		expect(out.objects).toBe(topology.objects);
	});
});
