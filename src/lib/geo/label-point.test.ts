import { describe, expect, it } from 'vitest';
import { edgeDistance, inside, largestPolygon, poleOfInaccessibility } from './label-point';

type Ring = [number, number][];
const square = (x: number, y: number, s: number): Ring => [
	[x, y],
	[x + s, y],
	[x + s, y + s],
	[x, y + s]
];

describe('label points', () => {
	it('poleOfInaccessibility(square) is its centre', () => {
		const [x, y] = poleOfInaccessibility([square(0, 0, 10)], 0.1);
		expect(x).toBeCloseTo(5, 0);
		expect(y).toBeCloseTo(5, 0);
	});

	it('poleOfInaccessibility(L shape) lies inside the shape, away from the notch', () => {
		const l: Ring = [
			[0, 0],
			[30, 0],
			[30, 10],
			[10, 10],
			[10, 30],
			[0, 30]
		];
		const p = poleOfInaccessibility([l], 0.1);
		expect(inside(p, [l])).toBe(true);
		expect(edgeDistance(p, [l])).toBeGreaterThan(4.5);
	});

	it('largestPolygon(rings) keeps the biggest ring and the holes inside it', () => {
		const outer = square(0, 0, 10);
		const hole = square(4, 4, 2).reverse();
		const island = square(20, 20, 2);
		expect(largestPolygon([island, outer, hole])).toEqual([outer, hole]);
	});
});
