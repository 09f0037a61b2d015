import { describe, expect, test } from 'vitest';
import { DataError } from './errors';
import { parseMembers } from './members';
import {
	a1,
	countryValue,
	readSipri,
	sipriNames,
	tableValue,
	type RawCell,
	type RawSheet,
	type RawWorkbook
} from './sipri';
import { aggregateSipri, sumMembers } from './sipri-aggregate';
import type { SipriValue } from './sipri';

const AT = { file: 'milex.xlsx#Current US$', line: 9, column: 5 };
const c = (value: RawCell['value'], colour: string | null = null): RawCell => ({ value, colour });

describe('countryValue maps SIPRI cells as data/SOURCES.md says', () => {
	test.each([
		{ cell: c('. .'), country: 'Germany', year: 1991, value: null, flag: 'unavailable' },
		{ cell: c('...'), country: 'Germany', year: 1991, value: null, flag: 'unavailable' },
		{ cell: c('. .', '0000FF'), country: 'Russia', year: 1992, value: null, flag: 'unavailable' },
		{ cell: c(''), country: 'Germany', year: 1991, value: null, flag: 'unavailable' },
		{ cell: undefined, country: 'Germany', year: 1991, value: null, flag: 'unavailable' },
		{ cell: c('xxx'), country: 'Estonia', year: 1980, value: null, flag: 'not_independent' },
		{ cell: c(12.5), country: 'Germany', year: 2019, value: 12.5, flag: '' },
		{ cell: c(12.5, '000000'), country: 'Germany', year: 2019, value: 12.5, flag: '' },
		{ cell: c(12.5, 'theme:1'), country: 'Germany', year: 2019, value: 12.5, flag: '' },
		{ cell: c(12.5, '0000FF'), country: 'China', year: 2019, value: 12.5, flag: 'estimate' },
		{
			cell: c(12.5, 'FF0000'),
			country: 'Libya',
			year: 2019,
			value: 12.5,
			flag: 'highly_uncertain'
		},
		{ cell: c('42.5'), country: 'Germany', year: 2019, value: 42.5, flag: '' },
		{ cell: c(0), country: 'Iceland', year: 2019, value: 0, flag: 'no_military' },
		{ cell: c(0), country: 'Panama', year: 1995, value: 0, flag: 'no_military' },
		{
			cell: c(0),
			country: 'Panama',
			year: 1985,
			value: null,
			flag: 'zero_in_source_treated_as_unavailable'
		},
		{ cell: c(0), country: 'Haiti', year: 2000, value: 0, flag: 'no_military' },
		{
			cell: c(0),
			country: 'Haiti',
			year: 2015,
			value: null,
			flag: 'zero_in_source_treated_as_unavailable'
		},
		{
			cell: c(0, '0000FF'),
			country: 'USSR',
			year: 1987,
			value: null,
			flag: 'zero_in_source_treated_as_unavailable'
		}
	])(
		'$cell.value ($cell.colour) for $country in $year → $value, "$flag"',
		({ cell, country, year, value, flag }) => {
			expect(countryValue(cell, AT, country, year)).toEqual({ value, flag, at: AT });
		}
	);

	test.each([
		{
			cell: c('n/a'),
			message:
				'milex.xlsx#Current US$:9:5: E9 (Germany, 2019) holds "n/a", which is neither a number nor'
		},
		{
			cell: c(-3),
			message: 'milex.xlsx#Current US$:9:5: E9 (Germany, 2019) holds -3, not a non-negative amount'
		},
		{ cell: c(Number.NaN), message: 'E9 (Germany, 2019) holds NaN, not a non-negative amount' },
		{
			cell: c(12, '00FF00'),
			message: "E9 (Germany, 2019) has font colour 00FF00, which SIPRI's legend does not explain"
		},
		{
			cell: c(12, 'constructor'),
			message:
				"E9 (Germany, 2019) has font colour constructor, which SIPRI's legend does not explain"
		}
	])('rejects $cell.value ($cell.colour) with the cell address', ({ cell, message }) => {
		expect(() => countryValue(cell, AT, 'Germany', 2019)).toThrow(message);
	});
});

test.each([
	{ row: 1, column: 1, address: 'A1' },
	{ row: 9, column: 5, address: 'E9' },
	{ row: 1, column: 26, address: 'Z1' },
	{ row: 3, column: 27, address: 'AA3' },
	{ row: 158, column: 79, address: 'CA158' },
	{ row: 1, column: 703, address: 'AAA1' }
])('a1($row, $column) is $address', ({ row, column, address }) => {
	expect(a1(row, column)).toBe(address);
});

test("sipriNames('United States of America') includes the 2019 release's spelling USA", () => {
	expect(sipriNames('United States of America')).toEqual(['United States of America', 'USA']);
	expect(sipriNames('Germany')).toEqual(['Germany']);
});

test.each(['constructor', 'toString', '__proto__'])(
	'sipriNames(%s) is the name alone, no alias',
	(name) => {
		expect(sipriNames(name)).toEqual([name]);
	}
);

// ---- readSipri on hand-made grids ------------------------------------------------------------

const CITATION =
	'Under SIPRI\'s "fair use" policy … with the citation: "SIPRI Military Expenditure Database 2020, https://www.sipri.org/databases/milex" and b) …';

function countrySheet(
	name: string,
	years: number[],
	rows: Record<string, RawCell['value'][]>
): RawSheet {
	return {
		name,
		rows: [
			[c(`${name} © SIPRI`)],
			[c('Country'), c('Notes'), ...years.map((y) => c(y))],
			...Object.entries(rows).map(([country, values]) => [
				c(country),
				undefined,
				...values.map((v) => c(v))
			])
		]
	};
}

function regional(
	years: number[],
	world: RawCell['value'][],
	current: number,
	currentYear = years.at(-1)
) {
	return {
		name: 'Regional totals',
		rows: [
			[c('Region'), ...years.map((y) => c(y)), c(`${currentYear} (current prices)`)],
			[c('World'), ...world.map((v) => c(v)), c(current)]
		]
	};
}

const YEARS = [1990, 1991, 1992];
const COUNTRIES = {
	'United States of America': [300, 290, 280],
	Iceland: ['. .', 0, 0],
	USSR: [200, '. .', 'xxx'],
	Russia: ['xxx', 'xxx', 40],
	China: [10, 11, 12]
};

function book(
	change: Partial<Record<'current' | 'constant' | 'regional', RawSheet>> = {},
	texts = [CITATION]
): RawWorkbook {
	return {
		file: 'milex.xlsx',
		workbook: 'milex.xlsx',
		sha256: 'f'.repeat(64),
		texts,
		sheets: [
			{ name: 'Front page', rows: [] },
			change.regional ?? regional(YEARS, [1.5, '. .', 1.2], 1.3),
			change.constant ?? countrySheet('Constant (1991) US$', YEARS, COUNTRIES),
			change.current ?? countrySheet('Current US$', YEARS, COUNTRIES)
		]
	};
}

describe('readSipri', () => {
	test('finds the release, the base year and the citation in the workbook', () => {
		const sipri = readSipri(book());
		expect(sipri).toMatchObject({
			release: 1992,
			baseYear: 1991,
			edition: 2020,
			citation: 'SIPRI Military Expenditure Database 2020, https://www.sipri.org/databases/milex'
		});
		expect([...sipri.worldConstant.values()].map((w) => [w.value, w.flag])).toEqual([
			[1500, ''],
			[null, 'unavailable'],
			[1200, '']
		]);
		expect(sipri.worldCurrent.value).toBe(1300);
	});

	test('tableValue finds a country under its older spelling', () => {
		const { 'United States of America': us, ...others } = COUNTRIES;
		const sipri = readSipri(
			book({ current: countrySheet('Current US$', YEARS, { USA: us, ...others }) })
		);
		expect(tableValue(sipri.current, 'United States of America', 1992).value).toBe(280);
	});

	test('tableValue names the cell it read', () => {
		const sipri = readSipri(book());
		expect(tableValue(sipri.current, 'China', 1991).at).toEqual({
			file: 'milex.xlsx#Current US$',
			line: 7,
			column: 4
		});
	});

	test('tableValue rejects a country with no row, or with two', () => {
		const others = Object.fromEntries(
			Object.entries(COUNTRIES).filter(([name]) => name !== 'China')
		);
		const without = readSipri(book({ current: countrySheet('Current US$', YEARS, others) }));
		expect(() => tableValue(without.current, 'China', 1990)).toThrow(
			'milex.xlsx#Current US$:2:1: no row for "China" in column A; correct name_sipri in data/nato-members.csv or add the spelling to SIPRI_NAME_ALIASES'
		);
		const twice = readSipri(
			book({ current: countrySheet('Current US$', YEARS, { ...COUNTRIES, USA: [1, 2, 3] }) })
		);
		expect(() => tableValue(twice.current, 'United States of America', 1990)).toThrow(
			'2 rows for "United States of America" or "USA" (rows 3, 8)'
		);
	});

	test.each([
		{ sheet: 'current', row: 3, column: 5, address: 'E3', what: "a member's value" },
		{ sheet: 'regional', row: 2, column: 2, address: 'B2', what: 'the world total' },
		{ sheet: 'regional', row: 1, column: 4, address: 'D1', what: 'a header year' }
	] as const)(
		'readSipri refuses a formula with no calculated value in $what, naming its cell',
		({ sheet, row, column, address }) => {
			const raw = book();
			const target = raw.sheets.find((s) =>
				sheet === 'current' ? s.name === 'Current US$' : s.name === 'Regional totals'
			)!;
			target.rows[row - 1]![column - 1] = { value: null, colour: null, uncalculated: 'SUM(C3:C4)' };
			expect(() => readSipri(raw)).toThrow(
				`milex.xlsx#${target.name}:${row}:${column}: ${address} holds the formula =SUM(C3:C4) but no calculated value; ` +
					'open and save the workbook in a spreadsheet program so its values are calculated, then import it again'
			);
		}
	);

	const ERRORS: { name: string; raw: RawWorkbook; message: string }[] = [
		{
			name: 'no current-price sheet',
			raw: book({ current: countrySheet('Current EUR', YEARS, COUNTRIES) }),
			message: 'milex.xlsx:1:1: no sheet named like "Current US$"'
		},
		{
			name: 'no header row',
			raw: book({ current: { name: 'Current US$', rows: [[c('Land'), c(1990)]] } }),
			message: 'milex.xlsx#Current US$:1:1: no header row with "Country" in column A'
		},
		{
			name: 'a gap in the year columns',
			raw: book({ current: countrySheet('Current US$', [1990, 1992], COUNTRIES) }),
			message: 'milex.xlsx#Current US$:2:4: header D2 is 1992 but the column before is 1990'
		},
		{
			name: 'country sheets of different releases',
			raw: book({ constant: countrySheet('Constant (1991) US$', [1990, 1991], COUNTRIES) }),
			message: 'the constant-price sheet ends in 1991, the current-price sheet in 1992'
		},
		{
			name: 'a base year without a column',
			raw: book({ constant: countrySheet('Constant (1989) US$', YEARS, COUNTRIES) }),
			message: 'the base year 1989 named in the sheet name has no column'
		},
		{
			name: 'a world total at current prices for another year',
			raw: book({ regional: regional(YEARS, [1, 1, 1], 1, 1991) }),
			message: 'milex.xlsx#Regional totals:1:5: the world total at current prices is for 1991'
		},
		{
			name: 'a zero world total',
			raw: book({ regional: regional(YEARS, [1, 0, 1], 1) }),
			message:
				'milex.xlsx#Regional totals:2:3: C2 (world, 1991) holds 0, not a positive world total'
		},
		{
			name: 'no world row',
			raw: book({
				regional: {
					name: 'Regional totals',
					rows: [[c('Region'), ...YEARS.map((y) => c(y)), c('1992 (current prices)')]]
				}
			}),
			message: 'no "World" row'
		},
		{
			name: 'no citation',
			raw: book({}, ['SIPRI Military Expenditure Database']),
			message: 'milex.xlsx:1:1: the workbook does not say how to cite it'
		}
	];

	test.each(ERRORS)('rejects a workbook with $name', ({ raw, message }) => {
		expect(() => readSipri(raw)).toThrow(DataError);
		expect(() => readSipri(raw)).toThrow(message);
	});
});

// ---- aggregation ------------------------------------------------------------------------------

const v = (value: number | null, flag: SipriValue['flag'] = ''): SipriValue => ({
	value,
	flag,
	at: AT
});

describe('sumMembers', () => {
	test.each([
		{ name: 'all values', values: [v(90), v(10)], total: 100, flag: '', missing: [] },
		{
			name: 'estimates up to 10%',
			values: [v(90), v(10, 'estimate')],
			total: 100,
			flag: '',
			missing: []
		},
		{
			name: 'estimates above 10%',
			values: [v(89), v(11, 'estimate')],
			total: 100,
			flag: 'estimate',
			missing: []
		},
		{
			name: 'highly uncertain values',
			values: [v(80), v(20, 'highly_uncertain')],
			total: 100,
			flag: 'estimate',
			missing: []
		},
		{
			name: 'a member without a value',
			values: [v(80), v(null, 'not_independent'), v(5, 'estimate')],
			total: 85,
			flag: 'partial',
			missing: ['B:not_independent']
		},
		{
			name: 'no member with a value',
			values: [v(null, 'unavailable'), v(null, 'zero_in_source_treated_as_unavailable')],
			total: null,
			flag: 'unavailable',
			missing: ['A:unavailable', 'B:zero_in_source_treated_as_unavailable']
		}
	])('sumMembers with $name', ({ values, total, flag, missing }) => {
		const sum = sumMembers(values.map((value, i) => ({ iso3: 'ABC'[i]!, value })));
		expect(sum.usdMillions).toBe(total);
		expect(sum.flag).toBe(flag);
		expect(sum.missing.map((m) => `${m.iso3}:${m.flag}`)).toEqual(missing);
	});
});

describe('aggregateSipri', () => {
	const members = parseMembers(
		`iso3,iso_numeric,name,name_nato,name_sipri,name_world_atlas_110m,name_world_atlas_50m,accession_date,accession_year,wave,wave_order,members_after_wave,in_nato_at_dec_2019,note,date_source
USA,840,United States,United States,United States of America,x,x,1949-04-04,1949,Founding 1949,0,2,true,,t
ISL,352,Iceland,,Iceland,x,x,1949-04-04,1949,Founding 1949,0,2,true,,t
`,
		'members.csv'
	);
	const result = aggregateSipri(readSipri(book()), members);
	const pick = (series: string, basis = 'current') =>
		result.rows
			.filter((r) => r.series === series && r.basis === basis)
			.map((r) => [r.year, r.usdMillions, r.flag]);

	test('russia is the USSR before 1992 and Russia from 1992, with no value for 1991', () => {
		expect(pick('russia')).toEqual([
			[1990, 200, ''],
			[1991, null, 'unavailable'],
			[1992, 40, '']
		]);
	});

	test("Iceland's '. .' does not make a NATO sum partial: it has no military", () => {
		expect(pick('nato_at_year_end')).toEqual([
			[1990, 300, ''],
			[1991, 290, ''],
			[1992, 280, '']
		]);
		expect(result.gaps).toEqual([]);
	});

	test('world at current prices: derived at the base year, printed for the last year, otherwise unavailable', () => {
		expect(pick('world')).toEqual([
			[1990, null, 'unavailable'],
			[1991, null, 'unavailable'],
			[1992, 1300, '']
		]);
		expect(pick('world', 'constant-1991')).toEqual([
			[1990, 1500, ''],
			[1991, null, 'unavailable'],
			[1992, 1200, '']
		]);
	});

	test('the release row carries what the workbook says about itself', () => {
		expect(result.release).toEqual({
			release: 1992,
			baseYear: 1991,
			edition: 2020,
			citation: 'SIPRI Military Expenditure Database 2020, https://www.sipri.org/databases/milex',
			workbook: 'milex.xlsx',
			sha256: 'f'.repeat(64)
		});
	});
});
