import { describe, expect, it } from 'vitest';
import { compare } from './budgets';
import { budgetTable, formatValue, markdownTable, sectionTable, unitOf } from './table';

describe('unitOf(id) and formatValue(value, unit)', () => {
	it.each([
		['bytes:/:js', 'B'],
		['bytes:/:requests', 'count'],
		['phone:/:lcp', 'ms'],
		['phone:/:cls', 'score'],
		['phone:/:chartAtFirstPaint', 'flag'],
		['scroll:/:over33', 'count'],
		['scroll:/:speed', 'px/s'],
		['export:cli:perImage', 'ms']
	])('unitOf(%s) is %s', (id, unit) => {
		expect(unitOf(id)).toBe(unit);
	});

	it.each([
		[48321, 'B', '48.3 KB'],
		[930, 'B', '930 B'],
		[884.4, 'ms', '884 ms'],
		[16.6667, 'ms', '16.7 ms'],
		[0.0012, 'score', '0.001'],
		[1, 'flag', 'yes'],
		[0, 'flag', 'no'],
		[null, 'ms', '–'],
		[3, 'count', '3']
	])('formatValue(%d, %s) is %s', (value, unit, text) => {
		expect(formatValue(value, unit)).toBe(text);
	});
});

describe('markdownTable(head, rows)', () => {
	it('markdownTable pads the columns', () => {
		expect(markdownTable(['a', 'bb'], [['xxx', 'y']])).toBe(
			'| a   | bb |\n|-----|----|\n| xxx | y  |'
		);
	});
});

describe('sectionTable(values, section, verdicts) and budgetTable(verdicts)', () => {
	const values = {
		'bytes:/:js': 60000,
		'bytes:/:css': 1000,
		'bytes:/e/:js': 2000,
		'phone:/:lcp': 1
	};
	const verdicts = compare([{ metric: 'bytes:*:js', max: 50000, unit: 'B', label: 'JS' }], {
		values,
		missing: {}
	});

	it('sectionTable lays out subjects × names and marks budgets ✓ or ✗', () => {
		expect(sectionTable(values, 'bytes', verdicts).split('\n')).toEqual([
			'| bytes | js        | css    |',
			'|-------|-----------|--------|',
			'| /     | 60.0 KB ✗ | 1.0 KB |',
			'| /e/   | 2.0 KB ✓  |        |'
		]);
	});

	it('budgetTable says BROKEN, holds, or not measured with the reason', () => {
		const missing = compare([{ metric: 'step:/:worst', max: 16.7, unit: 'ms', label: 'step' }], {
			values: { 'step:/:worst': null },
			missing: { 'step:/:worst': 'missing: no steps' }
		});
		const table = budgetTable([...verdicts, ...missing]);
		expect(table).toContain('| JS     | bytes:/:js   | 60.0 KB | ≤ 50.0 KB | BROKEN ');
		expect(table).toContain('| 2.0 KB  | ≤ 50.0 KB | holds');
		expect(table).toContain('not measured (missing: no steps)');
	});
});
