import { describe, expect, it } from 'vitest';
import { alternation, compareBuilds, compareFigure, spread, tallyVerdicts } from './compare';

describe('alternation(runs, builds)', () => {
	it('alternation(3, 2) takes turns run by run: A, B, A, B, A, B', () => {
		expect(alternation(3, 2).map(({ run, build }) => `${'AB'[build]}${run}`)).toEqual([
			'A0',
			'B0',
			'A1',
			'B1',
			'A2',
			'B2'
		]);
	});

	it('alternation(runs, 1) is every run of the one build', () => {
		expect(alternation(3, 1)).toEqual([
			{ run: 0, build: 0 },
			{ run: 1, build: 0 },
			{ run: 2, build: 0 }
		]);
	});

	it('alternation(runs, 0) and alternation(0, builds) are empty', () => {
		expect(alternation(5, 0)).toEqual([]);
		expect(alternation(0, 2)).toEqual([]);
	});
});

describe('spread(values)', () => {
	it('spread gives the median, the range and how many runs had a value', () => {
		expect(spread([720, 780, 744, null, 730])).toEqual({
			median: 737,
			min: 720,
			max: 780,
			runs: 4
		});
	});

	it('spread of no finite value is null', () => {
		expect(spread([])).toBeNull();
		expect(spread([null, NaN, undefined])).toBeNull();
	});
});

describe('compareFigure(figure, baseRuns, headRuns)', () => {
	it.each([
		['same in every run', [0, 0, 0], [0, 0, 0], 'same', 0],
		['exact and equal (bytes)', [44000], [44000], 'same', 0],
		['exact and smaller (bytes)', [52000], [44000], 'lower', -8000],
		['ranges overlap', [700, 760, 800], [690, 720, 750], 'noise', -40],
		['ranges touch', [10, 12, 16.7], [16.7, 20, 33.4], 'noise', 8],
		['every head run below every base run', [900, 950, 1000], [700, 720, 760], 'lower', -230],
		['every head run above every base run', [10, 11, 12], [20, 21, 30], 'higher', 10],
		['one run apart, the ranges still overlapping', [1, 1, 1], [1, 1, 2], 'noise', 0],
		['a build not measured', [], [5, 6], 'not measured', null],
		['runs with no value left out', [null, 100, 110], [200, null, 210], 'higher', 100]
	])('compareFigure with %s', (_, base, head, verdict, difference) => {
		const row = compareFigure('phone:/:lcp', base, head);
		expect(row.verdict).toBe(verdict);
		expect(row.difference).toBe(difference);
	});
});

describe('compareBuilds(base, head) and tallyVerdicts(rows)', () => {
	it('compareBuilds has every figure of either build, in the base’s order then the head’s', () => {
		const rows = compareBuilds(
			{ 'bytes:/:js': [50000], 'phone:/:lcp': [900, 950, 1000] },
			{ 'phone:/:tti': [600, 610, 650], 'phone:/:lcp': [700, 720, 760], 'bytes:/:js': [44000] }
		);
		expect(rows.map((r) => [r.figure, r.verdict])).toEqual([
			['bytes:/:js', 'lower'],
			['phone:/:lcp', 'lower'],
			['phone:/:tti', 'not measured']
		]);
		expect(tallyVerdicts(rows)).toEqual({
			same: 0,
			noise: 0,
			lower: 2,
			higher: 0,
			'not measured': 1
		});
	});
});
