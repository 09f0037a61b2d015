import { describe, expect, test } from 'vitest';
import { DataError } from './errors';
import { parseMembers } from './members';
import {
	findRelease,
	formatMemberSpending,
	formatSipriReleases,
	formatSpending,
	formatSpendingGaps,
	gapsAt,
	parseMemberSpending,
	parseSipriReleases,
	parseSpending,
	parseSpendingGaps,
	parseSpendingRelease,
	SERIES,
	SPENDING_COLUMNS,
	type MemberSpending,
	type SipriRelease,
	type SpendingGap,
	type SpendingRow
} from './spending';

const KEY = { release: 2019, baseYear: 2018 };
const FILE = 'data/spending/sipri-2019.csv';

const MEMBERS = parseMembers(
	`iso3,iso_numeric,name,name_nato,name_sipri,name_world_atlas_110m,name_world_atlas_50m,accession_date,accession_year,wave,wave_order,members_after_wave,in_nato_at_dec_2019,note,date_source
USA,840,United States,United States,United States of America,x,x,1949-04-04,1949,Founding 1949,0,2,true,,t
ISL,352,Iceland,,Iceland,x,x,1949-04-04,1949,Founding 1949,0,2,true,,t
`,
	'members.csv'
);

function seriesRows(): SpendingRow[] {
	const rows: SpendingRow[] = [];
	for (const basis of ['current', 'constant-2018'] as const) {
		for (const series of SERIES) {
			for (const year of [2017, 2018, 2019]) {
				const none = basis === 'current' && series === 'world' && year === 2017;
				const value = series === 'world' ? 1000 : 100;
				rows.push({
					release: 2019,
					basis,
					year,
					series,
					usdMillions: none ? null : value,
					flag: none ? 'unavailable' : ''
				});
			}
		}
	}
	return rows;
}

const SERIES_TEXT = formatSpending(seriesRows());

/** Replaces the whole line `from` (which must exist once) with `to`. */
function swap(text: string, from: string, to: string): string {
	const lines = text.split('\n');
	const i = lines.indexOf(from);
	if (i < 0 || lines.lastIndexOf(from) !== i)
		throw new Error(`test setup: line "${from}" not found once`);
	lines[i] = to;
	return lines.join('\n');
}

function drop(text: string, pattern: RegExp): string {
	return text
		.split('\n')
		.filter((l) => !pattern.test(l))
		.join('\n');
}

function lineOf(text: string, line: string): number {
	return text.split('\n').indexOf(line) + 1;
}

describe('formatSpending / parseSpending', () => {
	test('parseSpending(formatSpending(rows)) gives the rows back', () => {
		expect(parseSpending(SERIES_TEXT, FILE, KEY)).toEqual(seriesRows());
	});

	test('formatSpending writes money with three decimals and empty cells for no value', () => {
		const lines = SERIES_TEXT.split('\n');
		expect(lines[0]).toBe('release,price_basis,year,series,usd_millions,flag');
		expect(lines[1]).toBe('2019,current,2017,world,,unavailable');
		expect(lines[2]).toBe('2019,current,2018,world,1000.000,');
		expect(SERIES_TEXT.endsWith('\n')).toBe(true);
	});
});

const CHINA_2018 = '2019,current,2018,china,100.000,';
const WORLD_2018 = '2019,current,2018,world,1000.000,';
const HEADER = SPENDING_COLUMNS.join(',');
const CHINA_CONSTANT_2018 = '2019,constant-2018,2018,china,100.000,';

/** The 1-based column where field `index` (0-based) starts in an unquoted CSV line. */
function columnOf(line: string, index: number): number {
	return line
		.split(',')
		.slice(0, index)
		.reduce((n, f) => n + f.length + 1, 1);
}

/** A case that swaps the China 2018 row for `to` and expects the error at field `field`. */
function china(name: string, to: string, field: number, message: RegExp) {
	return {
		name,
		text: swap(SERIES_TEXT, CHINA_2018, to),
		at: `${FILE}:${lineOf(SERIES_TEXT, CHINA_2018)}:${columnOf(to, field)}`,
		message
	};
}

describe('parseSpending rejects bad rows with file:line:column', () => {
	const cases: { name: string; text: string; at: string; message: RegExp }[] = [
		{
			name: 'an unknown column',
			text: SERIES_TEXT.replace(`${HEADER}\n`, `${HEADER}s\n`),
			at: `${FILE}:1:${columnOf(HEADER, 5)}`,
			message: /unknown column "flags"/
		},
		{
			name: 'a missing column',
			text: SERIES_TEXT.replace(',flag\n', '\n'),
			at: `${FILE}:1:1`,
			message: /missing column\(s\) flag/
		},
		china(
			'another release',
			'2018,current,2018,china,100.000,',
			0,
			/release 2018 differs from the file's release 2019/
		),
		china(
			'a constant basis other than the base year',
			'2019,constant-2023,2018,china,100.000,',
			1,
			/price basis "constant-2023" is not "current" or "constant-2018"/
		),
		china(
			'a year that is not a year',
			'2019,current,18,china,100.000,',
			2,
			/year "18" is not a year/
		),
		china(
			'a year after the release',
			'2019,current,2020,china,100.000,',
			2,
			/year 2020 is after the release's last data year 2019/
		),
		china(
			'an unknown series',
			'2019,current,2018,india,100.000,',
			3,
			/series "india" is not one of/
		),
		{
			name: 'money with a thousands separator',
			text: swap(SERIES_TEXT, CHINA_2018, '2019,current,2018,china,"1,000",'),
			at: `${FILE}:${lineOf(SERIES_TEXT, CHINA_2018)}:${columnOf(CHINA_2018, 4)}`,
			message: /usd_millions "1,000" is not a non-negative number/
		},
		china(
			'negative money',
			'2019,current,2018,china,-5,',
			4,
			/usd_millions "-5" is not a non-negative number/
		),
		china(
			'an unknown flag',
			'2019,current,2018,china,100.000,guess',
			5,
			/flag "guess" is not one of/
		),
		china(
			'an empty value that no flag explains',
			'2019,current,2018,china,,',
			4,
			/usd_millions is empty but flag "" does not say why/
		),
		china(
			'a value flagged as missing',
			'2019,current,2018,china,100.000,unavailable',
			5,
			/flag "unavailable" says there is no value, but usd_millions is 100.000/
		),
		china(
			'"partial" on a series that is not a NATO sum',
			'2019,current,2018,china,100.000,partial',
			5,
			/flag "partial" on series china/
		),
		{
			name: 'a duplicate row',
			text: swap(SERIES_TEXT, CHINA_2018, '2019,current,2019,china,100.000,'),
			at: `${FILE}:${lineOf(SERIES_TEXT, CHINA_2018) + 1}:${columnOf(CHINA_2018, 3)}`,
			message: /row \(current, 2019, china\) appears twice \(first on line \d+\)/
		},
		{
			name: 'a series without rows',
			text: drop(SERIES_TEXT, /,current,\d+,china,/),
			at: `${FILE}:1:1`,
			message: /series china at current US\$ has no rows/
		},
		{
			name: 'a gap in the years',
			text: drop(SERIES_TEXT, new RegExp(`^${WORLD_2018}$`)),
			at: `${FILE}:3:${columnOf(WORLD_2018, 2)}`,
			message: /world at current US\$: year 2019 follows 2017, so 2018 is missing/
		},
		{
			name: 'a series that stops before the last data year',
			text: drop(SERIES_TEXT, /^2019,constant-2018,2019,china,/),
			at: `${FILE}:${lineOf(SERIES_TEXT, CHINA_CONSTANT_2018)}:${columnOf(CHINA_CONSTANT_2018, 2)}`,
			message: /china at constant 2018 US\$ ends in 2018, not in the release's last year 2019/
		}
	];

	test.each(cases)('$name', ({ text, at, message }) => {
		let error: unknown;
		try {
			parseSpending(text, FILE, KEY);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(DataError);
		const said = (error as DataError).message;
		expect(said.slice(0, at.length + 2)).toBe(`${at}: `);
		expect(said).toMatch(message);
		expect(said).toMatch(/; \S/);
		expect(said).not.toContain('\n');
	});
});

const memberRows: MemberSpending[] = [
	{ release: 2019, basis: 'current', year: 2019, iso3: 'ISL', usdMillions: 0, flag: 'no_military' },
	{ release: 2019, basis: 'current', year: 2019, iso3: 'USA', usdMillions: 700, flag: '' }
];
const MEMBER_TEXT = formatMemberSpending(memberRows);
const MEMBER_FILE = 'data/spending/sipri-2019-members.csv';
const USA_LINE = MEMBER_TEXT.split('\n')[2]!;

describe('parseMemberSpending', () => {
	test('gives the rows back', () => {
		expect(parseMemberSpending(MEMBER_TEXT, MEMBER_FILE, KEY, MEMBERS)).toEqual(memberRows);
	});

	test.each([
		{
			name: 'a country that is not a member',
			text: MEMBER_TEXT.replace('USA', 'RUS'),
			message: `${MEMBER_FILE}:3:${columnOf(USA_LINE, 3)}: ISO code RUS is not a member in nato-members.csv`
		},
		{
			name: 'a member without a row',
			text: drop(MEMBER_TEXT, /ISL/),
			message: `${MEMBER_FILE}:1:1: ISL has no row for 2019 at current US$`
		},
		{
			name: 'a duplicate member',
			text: MEMBER_TEXT.replace('ISL,0.000,no_military', 'USA,0.000,'),
			message: `${MEMBER_FILE}:3:${columnOf(USA_LINE, 3)}: row (current, 2019, USA) appears twice`
		},
		{
			name: 'a series-only flag',
			text: MEMBER_TEXT.replace('700.000,', '700.000,partial'),
			message: `${MEMBER_FILE}:3:${columnOf(USA_LINE, 5)}: flag "partial" is not one of`
		}
	])('rejects $name', ({ text, message }) => {
		expect(() => parseMemberSpending(text, MEMBER_FILE, KEY, MEMBERS)).toThrow(message);
	});
});

const GAP_FILE = 'data/spending/sipri-2019-gaps.csv';
const gap: SpendingGap = {
	release: 2019,
	basis: 'current',
	year: 2018,
	series: 'nato_today',
	iso3: 'ISL',
	flag: 'unavailable'
};

const GAP_LINE = formatSpendingGaps([gap]).split('\n')[1]!;

describe('parseSpendingGaps', () => {
	test('gives the rows back', () => {
		expect(parseSpendingGaps(formatSpendingGaps([gap]), GAP_FILE, KEY, MEMBERS)).toEqual([gap]);
	});

	test.each([
		{ change: { series: 'world' }, field: 3, message: 'series "world" is not one of' },
		{ change: { flag: 'estimate' }, field: 5, message: 'flag "estimate" is not one of' },
		{ change: { iso3: 'FRA' }, field: 4, message: 'ISO code FRA is not a member' }
	])('rejects a gap with $change', ({ change, field, message }) => {
		const text = formatSpendingGaps([{ ...gap, ...(change as Partial<SpendingGap>) }]);
		const line = text.split('\n')[1]!;
		expect(() => parseSpendingGaps(text, GAP_FILE, KEY, MEMBERS)).toThrow(
			`${GAP_FILE}:2:${columnOf(line, field)}: ${message}`
		);
	});

	test('rejects a duplicate gap', () => {
		const text = formatSpendingGaps([gap, gap]);
		expect(() => parseSpendingGaps(text, GAP_FILE, KEY, MEMBERS)).toThrow(
			`${GAP_FILE}:3:${columnOf(GAP_LINE, 4)}: row (current, 2018, nato_today, ISL) appears twice`
		);
	});
});

const RELEASE: SipriRelease = {
	release: 2019,
	baseYear: 2018,
	edition: 2020,
	citation: 'SIPRI Military Expenditure Database 2020, https://www.sipri.org/databases/milex',
	workbook: 'SIPRI-Milex-data-1949-2019.xlsx',
	sha256: 'a'.repeat(64)
};
const RELEASES_FILE = 'data/spending/sipri-releases.csv';

describe('parseSipriReleases', () => {
	test('gives the releases back, oldest first, the citation quoted', () => {
		const later = { ...RELEASE, release: 2024, baseYear: 2023, edition: 2025 };
		const text = formatSipriReleases([later, RELEASE]);
		expect(text.split('\n')[1]).toBe(
			`2019,2018,2020,"${RELEASE.citation}",${RELEASE.workbook},${'a'.repeat(64)}`
		);
		expect(parseSipriReleases(text, RELEASES_FILE)).toEqual([RELEASE, later]);
	});

	test.each([
		{ change: { baseYear: 2020 }, message: `${RELEASES_FILE}:2:6: base year 2020 is after` },
		{
			change: { citation: 'Some database' },
			message: `${RELEASES_FILE}:2:16: citation "Some database"`
		},
		{
			change: { workbook: 'raw/x.xlsx' },
			message: `${RELEASES_FILE}:2:${formatSipriReleases([RELEASE]).indexOf('SIPRI-Milex') - formatSipriReleases([RELEASE]).indexOf('\n')}: workbook "raw/x.xlsx" is not an .xlsx file name`
		},
		{
			change: { sha256: 'xyz' },
			message: `${RELEASES_FILE}:2:${2 + formatSipriReleases([RELEASE]).split('\n')[1]!.lastIndexOf(',')}: sha256 "xyz" is not 64 lower-case hex digits`
		}
	])('rejects $change', ({ change, message }) => {
		const text = formatSipriReleases([{ ...RELEASE, ...(change as Partial<SipriRelease>) }]);
		expect(() => parseSipriReleases(text, RELEASES_FILE)).toThrow(message);
	});

	test('rejects a release listed twice', () => {
		const text = formatSipriReleases([RELEASE, RELEASE]);
		expect(() => parseSipriReleases(text, RELEASES_FILE)).toThrow(
			`${RELEASES_FILE}:3:1: release 2019 appears twice (first on line 2); the file has one row per release: remove the duplicate row`
		);
	});

	test.each([
		{
			change: { release: 2027, baseYear: 2026, edition: 2026 },
			at: '2:1',
			says: 'release "2027" is after this year (2026)'
		},
		{
			change: { release: 2026, baseYear: 2025, edition: 2027 },
			at: '2:11',
			says: 'edition "2027" is after this year (2026)'
		}
	])('parseSipriReleases(text, file, today) refuses $says', ({ change, at, says }) => {
		const text = formatSipriReleases([{ ...RELEASE, ...change }]);
		expect(() => parseSipriReleases(text, RELEASES_FILE, '2026-12-07')).toThrow(
			`${RELEASES_FILE}:${at}: ${says}; the data records what has happened: check the year`
		);
		expect(parseSipriReleases(text, RELEASES_FILE, '2027-01-01')).toHaveLength(1);
	});
});

describe('parseSpendingRelease checks the files against each other', () => {
	const partial = swap(
		SERIES_TEXT,
		'2019,current,2018,nato_today,100.000,',
		'2019,current,2018,nato_today,100.000,partial'
	);
	const files = (series: string, gaps: SpendingGap[]) => ({
		series: { text: series, file: FILE },
		members: { text: MEMBER_TEXT, file: MEMBER_FILE },
		gaps: { text: formatSpendingGaps(gaps), file: GAP_FILE }
	});

	test('a partial sum names its missing members; gapsAt finds them', () => {
		const release = parseSpendingRelease(RELEASE, files(partial, [gap]), MEMBERS);
		expect(release.rows).toHaveLength(seriesRows().length);
		expect(gapsAt(release.gaps, 'nato_today', 2018, 'current').map((g) => g.iso3)).toEqual(['ISL']);
		expect(gapsAt(release.gaps, 'nato_today', 2019, 'current')).toEqual([]);
	});

	test('rejects a partial sum whose missing members are not named', () => {
		expect(() => parseSpendingRelease(RELEASE, files(partial, []), MEMBERS)).toThrow(
			`${FILE}:${lineOf(partial, '2019,current,2018,nato_today,100.000,partial')}:38: nato_today 2018 at current US$ is flagged partial but ${GAP_FILE} names no missing member`
		);
	});

	test('rejects a gap for a sum that is not flagged partial', () => {
		expect(() => parseSpendingRelease(RELEASE, files(SERIES_TEXT, [gap]), MEMBERS)).toThrow(
			`${GAP_FILE}:2:${columnOf(GAP_LINE, 3)}: the gap names ISL for nato_today 2018 at current US$, but that row in ${FILE} is not flagged partial or unavailable`
		);
	});
});

describe('findRelease', () => {
	const releases = [{ ...RELEASE, rows: [], members: [], gaps: [] }];

	test('findRelease(releases, 2019) finds the release with data to 2019', () => {
		expect(findRelease(releases, 2019).edition).toBe(2020);
	});

	test('findRelease(releases, 2022) says which releases there are and how to import one', () => {
		expect(() => findRelease(releases, 2022)).toThrow(
			'no SIPRI release with data to 2022 in data/spending/ (have: 2019); run npm run data:import'
		);
	});
});
