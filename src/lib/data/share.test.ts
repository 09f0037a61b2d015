import { describe, expect, test } from 'vitest';
import {
	describeYears,
	natoShare,
	natoShareSeries,
	shareOf,
	spendingAt,
	unitedStatesShareOfNato,
	yearsWithValue
} from './share';
import type { Flag, PriceBasis, Series, SpendingRow } from './spending';

function row(
	series: Series,
	year: number,
	usdMillions: number | null,
	flag: Flag = '',
	basis: PriceBasis = 'current',
	release = 2019
): SpendingRow {
	return { release, basis, year, series, usdMillions, flag };
}

/** A release like SIPRI's: world at current prices only for the base year and the last year. */
const ROWS: SpendingRow[] = [
	row('world', 1990, null, 'unavailable'),
	row('world', 1991, null, 'unavailable'),
	row('world', 2018, 1854824.582, 'derived'),
	row('world', 2019, 1916998.223),
	row('nato_at_year_end', 1990, 500000),
	row('nato_at_year_end', 1991, 480000),
	row('nato_at_year_end', 2018, 983761.22),
	row('nato_at_year_end', 2019, 1035229.287),
	row('nato_today', 2019, 1040000, 'partial'),
	row('united_states', 2019, 731751.4),
	row('world', 1990, 1459738.964, 'excludes_iraq', 'constant-2018'),
	row('world', 1991, null, 'unavailable', 'constant-2018'),
	row('world', 2019, 1914432.48, '', 'constant-2018'),
	row('nato_at_year_end', 1990, 900000, '', 'constant-2018'),
	row('nato_at_year_end', 1991, 850000, '', 'constant-2018'),
	row('nato_at_year_end', 2019, 1000000, 'estimate', 'constant-2018')
];

describe('natoShare', () => {
	test.each([
		{ year: 2018, basis: 'current', share: 983761.22 / 1854824.582, flags: ['derived'] },
		{ year: 2019, basis: 'current', share: 1035229.287 / 1916998.223, flags: [] },
		{ year: 1990, basis: 'constant-2018', share: 900000 / 1459738.964, flags: ['excludes_iraq'] },
		{ year: 2019, basis: 'constant-2018', share: 1000000 / 1914432.48, flags: ['estimate'] }
	] as const)(
		"natoShare(rows, $year, '$basis') divides by SIPRI's world total of the same release and basis",
		({ year, basis, share, flags }) => {
			const s = natoShare(ROWS, year, basis);
			expect(s.share).toBeCloseTo(share, 12);
			expect(s.flags).toEqual(flags);
			expect(s).toMatchObject({ release: 2019, part: 'nato_at_year_end', whole: 'world' });
		}
	);

	test('natoShare(rows, 2018) is 53.0% and natoShare(rows, 2019) 54.0% on these figures', () => {
		expect((natoShare(ROWS, 2018, 'current').share * 100).toFixed(1)).toBe('53.0');
		expect((natoShare(ROWS, 2019, 'current').share * 100).toFixed(1)).toBe('54.0');
	});

	test("natoShare(rows, 2019, 'current', 'nato_today') uses today's members and keeps the partial flag", () => {
		const s = natoShare(ROWS, 2019, 'current', 'nato_today');
		expect(s.share).toBeCloseTo(1040000 / 1916998.223, 12);
		expect(s.flags).toEqual(['partial']);
	});

	test.each([
		{
			year: 1990,
			basis: 'current',
			message:
				"SIPRI's release 2019 has no world total for 1990 at current US$ (unavailable); pick a year that has one (world at current US$: 2018–2019)"
		},
		{
			year: 1991,
			basis: 'constant-2018',
			message:
				"SIPRI's release 2019 has no world total for 1991 at constant 2018 US$ (unavailable); pick a year that has one (world at constant 2018 US$: 1990, 2019)"
		},
		{
			year: 2005,
			basis: 'current',
			message: 'release 2019 has no nato_at_year_end row for 2005 at current US$'
		}
	] as const)(
		'natoShare(rows, $year, $basis) throws a clear error: no world total',
		({ year, basis, message }) => {
			expect(() => natoShare(ROWS, year, basis)).toThrow(message);
		}
	);

	test('natoShare throws when the rows mix releases', () => {
		const mixed = [...ROWS, row('world', 2024, 2718183.719, '', 'current', 2024)];
		expect(() => natoShare(mixed, 2019, 'current')).toThrow('the rows mix releases 2019, 2024');
	});

	test('natoShare throws when given no rows', () => {
		expect(() => natoShare([], 2019, 'current')).toThrow('no rows given');
	});
});

describe('natoShareSeries', () => {
	test("natoShareSeries(rows, 'constant-2018') has a share for each year with both totals, none for 1991", () => {
		const series = natoShareSeries(ROWS, 'constant-2018');
		expect(series.map((s) => s.year)).toEqual([1990, 2019]);
		expect(series[0]!.share).toBeCloseTo(900000 / 1459738.964, 12);
	});

	test("natoShareSeries(rows, 'current') covers only the years SIPRI gives a current world total", () => {
		expect(natoShareSeries(ROWS, 'current').map((s) => s.year)).toEqual([2018, 2019]);
	});
});

describe('shareOf and friends', () => {
	test("unitedStatesShareOfNato(rows, 2019, 'current') divides the US by the NATO total", () => {
		expect(unitedStatesShareOfNato(ROWS, 2019, 'current').share).toBeCloseTo(
			731751.4 / 1035229.287,
			12
		);
	});

	test('shareOf throws when the part has no value', () => {
		const rows = [...ROWS, row('china', 2019, null, 'unavailable')];
		expect(() => shareOf(rows, 'china', 'world', 2019, 'current')).toThrow(
			"SIPRI's release 2019 has no china value for 2019 at current US$ (unavailable)"
		);
	});

	test('shareOf throws when the whole is zero', () => {
		const rows = [row('world', 2019, 0), row('china', 2019, 5)];
		expect(() => shareOf(rows, 'china', 'world', 2019, 'current')).toThrow(
			'no world total for 2019'
		);
	});

	test("spendingAt(rows, 'world', 2019, 'current') finds the row", () => {
		expect(spendingAt(ROWS, 'world', 2019, 'current').usdMillions).toBe(1916998.223);
	});

	test("yearsWithValue(rows, 'world', 'current') leaves out the years without a value", () => {
		expect(yearsWithValue(ROWS, 'world', 'current')).toEqual([2018, 2019]);
	});

	test.each([
		{ years: [], text: 'none' },
		{ years: [1991], text: '1991' },
		{ years: [1988, 1989, 1990, 1992, 1993], text: '1988–1990, 1992–1993' },
		{ years: [2018, 2020], text: '2018, 2020' }
	])('describeYears($years) is "$text"', ({ years, text }) => {
		expect(describeYears(years)).toBe(text);
	});
});
