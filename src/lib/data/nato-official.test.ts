import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseMembers } from './members';
import {
	natoEditions,
	natoOfficialCredit,
	natoOfficialTotals,
	NATO_OFFICIAL_COLUMNS,
	parseNatoOfficial
} from './nato-official';

const FILE = 'data/nato/milex-nato-official.csv';
const MEMBERS = parseMembers(
	readFileSync('data/nato-members.csv', 'utf8'),
	'data/nato-members.csv'
);
const HEADER = NATO_OFFICIAL_COLUMNS.join(',');
const ALB_2018 = '2019-06,ALB,008,Albania,ally,2018,possibly,198.357,166.254,1.2,"NATO, test"';
const ALB_2019 = '2019-06,ALB,008,Albania,ally,2019,true,187.158,160.016,1.3,"NATO, test"';
const TOTAL =
	'2024-06,NATO_TOTAL,,NATO Total,aggregate,2019,false,1052560.239,998706.153,2.5229,"NATO, test"';
/** The 1-based column where field `index` starts (the fields before `source` hold no commas). */
const columnOf = (line: string, index: number) =>
	line
		.split(',')
		.slice(0, index)
		.reduce((n, f) => n + f.length + 1, 1);
const text = (...lines: string[]) => [HEADER, ...lines].join('\n') + '\n';

describe('parseNatoOfficial', () => {
	test('parses the committed file: two editions, allies and aggregates', () => {
		const figures = parseNatoOfficial(readFileSync(FILE, 'utf8'), FILE, MEMBERS);
		expect(figures).toHaveLength(587);
		expect(natoEditions(figures)).toEqual(['2019-06', '2024-06']);
		expect(figures.filter((f) => f.kind === 'aggregate').map((f) => f.iso3)).toContain(
			'NATO_EUR_CAN'
		);
	});

	test('turns a row into a typed record', () => {
		expect(parseNatoOfficial(text(ALB_2018, ALB_2019, TOTAL), FILE, MEMBERS)).toEqual([
			{
				edition: '2019-06',
				iso3: 'ALB',
				id: '008',
				country: 'Albania',
				kind: 'ally',
				year: 2018,
				estimate: 'possibly',
				usdCurrentMillions: 198.357,
				usdConstant2015Millions: 166.254,
				shareOfGdpPct: 1.2,
				source: 'NATO, test'
			},
			expect.objectContaining({ year: 2019, estimate: true }),
			expect.objectContaining({ iso3: 'NATO_TOTAL', id: null, kind: 'aggregate', estimate: false })
		]);
	});

	test.each([
		{
			line: ALB_2019.replace('2019-06', '2019-6'),
			field: 0,
			says: 'edition "2019-6" is not a month'
		},
		{
			line: ALB_2019.replace('ally', 'member'),
			field: 4,
			says: 'entity type "member" is not one of'
		},
		{
			line: ALB_2019.replace('ALB,008', 'RUS,643'),
			field: 1,
			says: 'RUS is not a member in nato-members.csv'
		},
		{
			line: ALB_2019.replace('ALB,008', 'ALB,009'),
			field: 2,
			says: 'numeric code 009 differs from 008 for ALB'
		},
		{
			line: TOTAL.replace('NATO_TOTAL,', 'NATO_ALL,'),
			field: 1,
			says: 'aggregate code "NATO_ALL" is not one of'
		},
		{
			line: TOTAL.replace('NATO_TOTAL,,', 'NATO_TOTAL,001,'),
			field: 2,
			says: 'aggregate NATO_TOTAL has a numeric code'
		},
		{
			line: ALB_2019.replace('2019,true', '2020,true'),
			field: 5,
			says: 'year 2020 is after the 2019-06 edition'
		},
		{ line: ALB_2019.replace('true', 'yes'), field: 6, says: 'is_estimate "yes" is not one of' },
		{ line: ALB_2019.replace('187.158', ''), field: 7, says: 'usd_current_millions is empty' },
		{
			line: ALB_2019.replace('187.158', '-1'),
			field: 7,
			says: 'usd_current_millions "-1" is not a non-negative number'
		},
		{ line: ALB_2019.replace(',1.3,', ',,'), field: 9, says: 'share_real_gdp_pct is empty' },
		{ line: ALB_2019.replace('"NATO, test"', ''), field: 10, says: 'source is empty' }
	])('rejects $says', ({ line, field, says }) => {
		expect(() => parseNatoOfficial(text(line), FILE, MEMBERS)).toThrow(
			`${FILE}:2:${columnOf(line, field)}: ${says}`
		);
	});

	test('rejects a duplicate row', () => {
		expect(() => parseNatoOfficial(text(ALB_2019, ALB_2019), FILE, MEMBERS)).toThrow(
			`${FILE}:3:${columnOf(ALB_2019, 5)}: row (2019-06, ALB, 2019) appears twice (first on line 2); the file has one row per edition, country and year: remove the duplicate row`
		);
	});

	test('parseNatoOfficial(text, file, members, today) refuses an edition after the build month', () => {
		const line = ALB_2019.replace('2019-06', '2026-12');
		expect(parseNatoOfficial(text(line), FILE, MEMBERS, '2026-12-01')).toHaveLength(1);
		expect(() => parseNatoOfficial(text(line), FILE, MEMBERS, '2026-11-30')).toThrow(
			`${FILE}:2:1: edition "2026-12" is after this month (2026-11); the data records what has happened: check the month`
		);
	});

	test("rejects a gap in an ally's years", () => {
		const alb2016 = ALB_2018.replace(',2018,', ',2016,');
		expect(() => parseNatoOfficial(text(alb2016, ALB_2018), FILE, MEMBERS)).toThrow(
			`${FILE}:3:${columnOf(ALB_2018, 5)}: 2019-06 ALB: year 2018 follows 2016; add the missing year 2017`
		);
	});
});

describe('natoOfficialTotals', () => {
	const figures = parseNatoOfficial(readFileSync(FILE, 'utf8'), FILE, MEMBERS);
	const totals = natoOfficialTotals(figures, MEMBERS);
	const total = (edition: string, year: number) =>
		totals.find((t) => t.edition === edition && t.year === year)!;

	test.each([
		// data/SOURCES.md §6 and §7
		{ edition: '2019-06', year: 2018, usd: 970293.4, estimate: 'possibly' },
		{ edition: '2019-06', year: 2019, usd: 1036076.6, estimate: true },
		{ edition: '2024-06', year: 2018, usd: 972422.06, estimate: false },
		{ edition: '2024-06', year: 2019, usd: 1052560.239, estimate: false },
		{ edition: '2024-06', year: 2024, usd: 1474399.477, estimate: true }
	])(
		"natoOfficialTotals: the $edition edition's total for $year is $usd",
		({ edition, year, usd, estimate }) => {
			expect(total(edition, year).usdMillions).toBeCloseTo(usd, 1);
			expect(total(edition, year).estimate).toBe(estimate);
		}
	);

	test('the 2019 edition, which publishes no total, counts only the members of that year (no Montenegro in 2016)', () => {
		const allies2016 = figures.filter((f) => f.edition === '2019-06' && f.year === 2016);
		const withoutMontenegro = allies2016
			.filter((f) => f.iso3 !== 'MNE')
			.reduce((s, f) => s + f.usdCurrentMillions, 0);
		expect(total('2019-06', 2016).usdMillions).toBeCloseTo(withoutMontenegro, 6);
	});
});

test("natoOfficialCredit('2019-06') names NATO's tables and the month", () => {
	expect(natoOfficialCredit('2019-06')).toBe(
		'Source: NATO, Defence Expenditure of NATO Countries, June 2019'
	);
});
