import { describe, expect, it } from 'vitest';
import { compare } from './budgets';
import { compareBuilds } from './compare';
import { comparisonTable, formatDifference, formatSpread, runsByFigure } from './compare-report';

describe('runsByFigure(result)', () => {
	it('runsByFigure gives each figure its value in every run, or its one value', () => {
		expect(
			runsByFigure({
				figures: {
					values: { 'phone:/:lcp': 740, 'phone:/:tbt': 10, 'static:all:js': 60200 },
					missing: {}
				},
				runs: {
					'phone:/': [
						{ lcp: 720, tbt: 0 },
						{ lcp: 740, tbt: null },
						{ lcp: 780, tbt: 20 }
					]
				}
			})
		).toEqual({
			'phone:/:lcp': [720, 740, 780],
			'phone:/:tbt': [0, null, 20],
			'static:all:js': [60200]
		});
	});
});

describe('formatDifference(difference, base, unit) and formatSpread(spread, unit)', () => {
	it.each([
		[-8000, 52000, 'B', '−8.0 KB (−15%)'],
		[12.3, 246, 'ms', '+12.3 ms (+5%)'],
		[0, 44000, 'B', '0'],
		[-199, 46100, 'B', '−199 B (<1%)'],
		[-0.3, 999, 'px/s', '0'],
		[2, 0, 'count', '+2'],
		[-1, 1, 'flag', '−1'],
		[null, null, 'ms', '–']
	])('formatDifference(%d, %d, %s) is %s', (difference, base, unit, text) => {
		expect(formatDifference(difference, base, unit)).toBe(text);
	});

	it.each([
		[{ median: 744, min: 724, max: 780, runs: 5 }, 'ms', '744 ms (724–780)'],
		[{ median: 44000, min: 44000, max: 44000, runs: 1 }, 'B', '44.0 KB'],
		[{ median: 1000, min: 900, max: 1100, runs: 3 }, 'B', '1.0 KB (900 B–1.1 KB)'],
		[null, 'ms', '–']
	])('formatSpread(%j, %s) is %s', (spread, unit, text) => {
		expect(formatSpread(spread, unit)).toBe(text);
	});
});

describe('comparisonTable(rows, names, verdicts)', () => {
	it('comparisonTable marks budgets on each side and leaves out figures 0 in both builds', () => {
		const rows = compareBuilds(
			{ 'bytes:/:js': [52000], 'bytes:/:css': [0], 'phone:/:lcp': [900, 950, 1000] },
			{ 'bytes:/:js': [44000], 'bytes:/:css': [0], 'phone:/:lcp': [940, 990, 1020] }
		);
		const budget = { metric: 'bytes:/:js', max: 50000, unit: 'B', label: 'JS' } as const;
		const verdicts = [
			compare([budget], { values: { 'bytes:/:js': 52000 }, missing: {} }),
			compare([budget], { values: { 'bytes:/:js': 44000 }, missing: {} })
		] as const;
		const lines = comparisonTable(rows, ['fcd826a', 'working tree'], verdicts).split('\n');
		expect(lines[0]).toMatch(
			/^\| figure +\| fcd826a +\| working tree +\| difference +\| verdict +\|$/
		);
		expect(lines).toHaveLength(4);
		expect(lines[2]!.split('|').map((c) => c.trim())).toEqual([
			'',
			'bytes:/:js',
			'52.0 KB ✗',
			'44.0 KB ✓',
			'−8.0 KB (−15%)',
			'lower',
			''
		]);
		expect(lines[3]!.split('|').map((c) => c.trim())).toEqual([
			'',
			'phone:/:lcp',
			'950 ms (900–1000)',
			'990 ms (940–1020)',
			'+40.0 ms (+4%)',
			'noise',
			''
		]);
	});
});
