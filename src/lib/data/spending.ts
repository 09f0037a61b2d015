import { buildDay } from './build-day';
import { parseCsv, type Cell } from './csv';
import { formatCsv } from './csv-format';
import { DataError, type Position } from './errors';
import { money, oneOf, requiredText, unique, year, type IsoDate } from './fields';
import type { Member } from './members';

/**
 * The SIPRI aggregates the importer writes to `data/spending/` (see data/SOURCES.md):
 * `sipri-<release>.csv` (series), `sipri-<release>-members.csv` (members in 2019 and the last year),
 * `sipri-<release>-gaps.csv` (which members a `partial` sum leaves out) and `sipri-releases.csv`.
 */
export const SPENDING_COLUMNS = [
	'release',
	'price_basis',
	'year',
	'series',
	'usd_millions',
	'flag'
] as const;
export const MEMBER_SPENDING_COLUMNS = [
	'release',
	'price_basis',
	'year',
	'iso3',
	'usd_millions',
	'flag'
] as const;
export const SPENDING_GAP_COLUMNS = [
	'release',
	'price_basis',
	'year',
	'series',
	'iso3',
	'flag'
] as const;
export const SIPRI_RELEASE_COLUMNS = [
	'release',
	'base_year',
	'edition',
	'citation',
	'workbook',
	'sha256'
] as const;

/** The series of a release; `russia` is the USSR before 1992, as SIPRI gives it. */
export const SERIES = [
	'world',
	'nato_at_year_end',
	'nato_today',
	'united_states',
	'nato_europe_canada',
	'russia',
	'china'
] as const;
export type Series = (typeof SERIES)[number];

/** The series that are sums of NATO members (the gaps file lists who is missing from them). */
export const NATO_SERIES = ['nato_at_year_end', 'nato_today', 'nato_europe_canada'] as const;
export type NatoSeries = (typeof NATO_SERIES)[number];

/** Flags of a row without a value: why there is none. */
export const MISSING_FLAGS = [
	'unavailable',
	'not_independent',
	'zero_in_source_treated_as_unavailable'
] as const;
export type MissingFlag = (typeof MISSING_FLAGS)[number];

/** Flags of a row with a value: what a reader should know about it ('' = nothing). */
export const VALUE_FLAGS = [
	'',
	'estimate',
	'highly_uncertain',
	'no_military',
	'derived',
	'excludes_iraq',
	'partial'
] as const;
export type ValueFlag = (typeof VALUE_FLAGS)[number];
export type Flag = MissingFlag | ValueFlag;

const SERIES_FLAGS: readonly Flag[] = [
	...MISSING_FLAGS,
	...VALUE_FLAGS.filter((f) => f !== 'no_military')
];
const MEMBER_FLAGS: readonly Flag[] = [
	...MISSING_FLAGS,
	'',
	'estimate',
	'highly_uncertain',
	'no_military'
];

/** `current` US$, or `constant-<base year>` US$. */
export type PriceBasis = 'current' | `constant-${number}`;

export function constantBasis(baseYear: number): PriceBasis {
	return `constant-${baseYear}`;
}

/** `current US$` or `constant 2023 US$`. */
export function basisLabel(basis: PriceBasis): string {
	return basis === 'current' ? 'current US$' : `${basis.replace('-', ' ')} US$`;
}

/** One value of one series in one year. `usdMillions` is null exactly when `flag` is a missing flag. */
export interface SpendingRow {
	release: number;
	basis: PriceBasis;
	year: number;
	series: Series;
	usdMillions: number | null;
	flag: Flag;
}

/** One NATO member's value (2019 and the release's last year only). */
export interface MemberSpending {
	release: number;
	basis: PriceBasis;
	year: number;
	iso3: string;
	usdMillions: number | null;
	flag: Flag;
}

/** A member a NATO sum counts but SIPRI gives no value for. */
export interface SpendingGap {
	release: number;
	basis: PriceBasis;
	year: number;
	series: NatoSeries;
	iso3: string;
	flag: MissingFlag;
}

/** A SIPRI release: its last data year, constant-price base year and how SIPRI asks to be cited. */
export interface SipriRelease {
	release: number;
	baseYear: number;
	/** The database edition in SIPRI's citation, e.g. 2020 for the release with data to 2019. */
	edition: number;
	/** SIPRI's citation as the workbook words it. */
	citation: string;
	/** The workbook's file name (the workbook itself is never committed). */
	workbook: string;
	sha256: string;
}

/** A release with its three files. */
export interface SpendingRelease extends SipriRelease {
	rows: SpendingRow[];
	members: MemberSpending[];
	gaps: SpendingGap[];
}

/** What a file of one release must agree with. */
export interface ReleaseKey {
	release: number;
	baseYear: number;
}

/** The credit line under a chart drawn from `release`. */
export function sipriCredit(release: SipriRelease): string {
	return `Source: SIPRI Military Expenditure Database ${release.edition}`;
}

/** The release with last data year `release`; throws when it was not imported. */
export function findRelease(
	releases: readonly SpendingRelease[],
	release: number
): SpendingRelease {
	const found = releases.find((r) => r.release === release);
	if (!found) {
		throw new RangeError(
			`spending: no SIPRI release with data to ${release} in data/spending/ (have: ${releases.map((r) => r.release).join(', ') || 'none'}); ` +
				`run npm run data:import -- --sipri SIPRI-Milex-data-1949-${release}.xlsx`
		);
	}
	return found;
}

/** The members missing from a NATO sum in one year (empty when the sum is complete). */
export function gapsAt(
	gaps: readonly SpendingGap[],
	series: NatoSeries,
	year: number,
	basis: PriceBasis
): SpendingGap[] {
	return gaps.filter((g) => g.series === series && g.year === year && g.basis === basis);
}

// ---- parsing ------------------------------------------------------------------------------

interface Located<T> {
	record: T;
	cells: Record<string, Cell>;
}

function releaseOf(cell: Cell, key: ReleaseKey): number {
	const value = year(cell, 'release');
	if (value !== key.release) {
		throw new DataError(
			cell.at,
			`release ${value} differs from the file's release ${key.release}`,
			`every row of this file belongs to release ${key.release}`
		);
	}
	return value;
}

function basisOf(cell: Cell, key: ReleaseKey): PriceBasis {
	const value = cell.value.trim();
	const allowed: PriceBasis[] = ['current', constantBasis(key.baseYear)];
	if (!(allowed as string[]).includes(value)) {
		throw new DataError(
			cell.at,
			`price basis "${value}" is not ${allowed.map((a) => `"${a}"`).join(' or ')}`,
			`release ${key.release} has current US$ and constant ${key.baseYear} US$ only`
		);
	}
	return value as PriceBasis;
}

function yearOf(cell: Cell, key: ReleaseKey): number {
	const value = year(cell, 'year');
	if (value > key.release) {
		throw new DataError(
			cell.at,
			`year ${value} is after the release's last data year ${key.release}`,
			'remove the row or check the release'
		);
	}
	return value;
}

function valueAndFlag(
	valueCell: Cell,
	flagCell: Cell,
	allowed: readonly Flag[]
): { usdMillions: number | null; flag: Flag } {
	const usdMillions = money(valueCell, 'usd_millions');
	const flag = oneOf(flagCell, 'flag', allowed);
	const missing = (MISSING_FLAGS as readonly string[]).includes(flag);
	if (usdMillions === null && !missing) {
		throw new DataError(
			valueCell.at,
			`usd_millions is empty but flag "${flag}" does not say why`,
			`write the value, or flag the row ${MISSING_FLAGS.join(', ')}`
		);
	}
	if (usdMillions !== null && missing) {
		throw new DataError(
			flagCell.at,
			`flag "${flag}" says there is no value, but usd_millions is ${valueCell.value.trim()}`,
			'empty usd_millions or change the flag'
		);
	}
	return { usdMillions, flag };
}

function endOf(file: string): Position {
	return { file, line: 1, column: 1 };
}

/** Checks that each group's years run without a gap up to the release's last year. */
function checkYears<T extends { year: number }>(
	rows: readonly Located<T>[],
	groupOf: (r: T) => string,
	key: ReleaseKey
): void {
	const groups = new Map<string, Located<T>[]>();
	for (const row of rows) {
		const g = groupOf(row.record);
		groups.set(g, [...(groups.get(g) ?? []), row]);
	}
	for (const [group, list] of groups) {
		const sorted = [...list].sort((a, b) => a.record.year - b.record.year);
		for (let i = 1; i < sorted.length; i++) {
			const prev = sorted[i - 1]!.record.year;
			const here = sorted[i]!;
			if (here.record.year !== prev + 1) {
				throw new DataError(
					here.cells.year!.at,
					`${group}: year ${here.record.year} follows ${prev}, so ${prev + 1} is missing`,
					`add a row for ${prev + 1} (empty usd_millions and flag unavailable when SIPRI gives no value)`
				);
			}
		}
		const last = sorted[sorted.length - 1]!;
		if (last.record.year !== key.release) {
			throw new DataError(
				last.cells.year!.at,
				`${group} ends in ${last.record.year}, not in the release's last year ${key.release}`,
				`add rows up to ${key.release}`
			);
		}
	}
}

function parseSeriesRows(text: string, file: string, key: ReleaseKey): Located<SpendingRow>[] {
	const seen = new Map<string, number>();
	const rows = parseCsv(text, file, SPENDING_COLUMNS).map(({ cells }) => {
		const record: SpendingRow = {
			release: releaseOf(cells.release!, key),
			basis: basisOf(cells.price_basis!, key),
			year: yearOf(cells.year!, key),
			series: oneOf(cells.series!, 'series', SERIES),
			...valueAndFlag(cells.usd_millions!, cells.flag!, SERIES_FLAGS)
		};
		const id = `(${record.basis}, ${record.year}, ${record.series})`;
		unique(seen, id, cells.series!, 'row', 'price basis, year and series');
		if (record.flag === 'partial' && !(NATO_SERIES as readonly string[]).includes(record.series)) {
			throw new DataError(
				cells.flag!.at,
				`flag "partial" on series ${record.series}, which is not a sum of NATO members`,
				`use "partial" only on ${NATO_SERIES.join(', ')}`
			);
		}
		return { record, cells };
	});
	for (const basis of ['current', constantBasis(key.baseYear)] as const) {
		for (const series of SERIES) {
			if (!rows.some((r) => r.record.basis === basis && r.record.series === series)) {
				throw new DataError(
					endOf(file),
					`series ${series} at ${basisLabel(basis)} has no rows`,
					're-run npm run data:import on the SIPRI workbook'
				);
			}
		}
	}
	checkYears(rows, (r) => `${r.series} at ${basisLabel(r.basis)}`, key);
	return rows;
}

/** Parses `sipri-<release>.csv`; see SPENDING_COLUMNS and the flags above. */
export function parseSpending(text: string, file: string, key: ReleaseKey): SpendingRow[] {
	return parseSeriesRows(text, file, key).map((r) => r.record);
}

/** Parses `sipri-<release>-members.csv`; with `members`, every NATO member must have a row in each year given. */
export function parseMemberSpending(
	text: string,
	file: string,
	key: ReleaseKey,
	members?: readonly Member[]
): MemberSpending[] {
	const seen = new Map<string, number>();
	const codes = members && new Set(members.map((m) => m.iso3));
	const rows = parseCsv(text, file, MEMBER_SPENDING_COLUMNS).map(({ cells }) => {
		const record: MemberSpending = {
			release: releaseOf(cells.release!, key),
			basis: basisOf(cells.price_basis!, key),
			year: yearOf(cells.year!, key),
			iso3: memberCode(cells.iso3!, codes),
			...valueAndFlag(cells.usd_millions!, cells.flag!, MEMBER_FLAGS)
		};
		unique(
			seen,
			`(${record.basis}, ${record.year}, ${record.iso3})`,
			cells.iso3!,
			'row',
			'price basis, year and member'
		);
		return record;
	});
	if (members) {
		const years = new Set(rows.map((r) => `${r.basis}|${r.year}`));
		for (const basisYear of years) {
			const [basis, y] = basisYear.split('|') as [PriceBasis, string];
			for (const m of members) {
				if (!rows.some((r) => r.basis === basis && r.year === Number(y) && r.iso3 === m.iso3)) {
					throw new DataError(
						endOf(file),
						`${m.iso3} has no row for ${y} at ${basisLabel(basis)}`,
						're-run npm run data:import so that every member has a row'
					);
				}
			}
		}
	}
	return rows;
}

function memberCode(cell: Cell, codes: ReadonlySet<string> | undefined): string {
	const value = requiredText(cell, 'ISO code');
	if (codes && !codes.has(value)) {
		throw new DataError(
			cell.at,
			`ISO code ${value} is not a member in nato-members.csv`,
			'use the iso3 of a NATO member'
		);
	}
	return value;
}

function parseGapRows(
	text: string,
	file: string,
	key: ReleaseKey,
	members?: readonly Member[]
): Located<SpendingGap>[] {
	const seen = new Map<string, number>();
	const codes = members && new Set(members.map((m) => m.iso3));
	return parseCsv(text, file, SPENDING_GAP_COLUMNS).map(({ cells }) => {
		const record: SpendingGap = {
			release: releaseOf(cells.release!, key),
			basis: basisOf(cells.price_basis!, key),
			year: yearOf(cells.year!, key),
			series: oneOf(cells.series!, 'series', NATO_SERIES),
			iso3: memberCode(cells.iso3!, codes),
			flag: oneOf(cells.flag!, 'flag', MISSING_FLAGS)
		};
		const id = `(${record.basis}, ${record.year}, ${record.series}, ${record.iso3})`;
		unique(seen, id, cells.iso3!, 'row', 'price basis, year, series and member');
		return { record, cells };
	});
}

/** Parses `sipri-<release>-gaps.csv`. */
export function parseSpendingGaps(
	text: string,
	file: string,
	key: ReleaseKey,
	members?: readonly Member[]
): SpendingGap[] {
	return parseGapRows(text, file, key, members).map((r) => r.record);
}

/** Parses `sipri-releases.csv`, one row per imported release, none after `today` (the build day). */
export function parseSipriReleases(
	text: string,
	file: string,
	today: IsoDate = buildDay()
): SipriRelease[] {
	const seen = new Map<string, number>();
	return parseCsv(text, file, SIPRI_RELEASE_COLUMNS).map(({ cells }) => {
		const release = year(cells.release!, 'release', today);
		const baseYear = year(cells.base_year!, 'base year', today);
		if (baseYear > release) {
			throw new DataError(
				cells.base_year!.at,
				`base year ${baseYear} is after the release's last data year ${release}`,
				'check the constant-price sheet name in the workbook'
			);
		}
		const citation = requiredText(cells.citation!, 'citation');
		if (!citation.startsWith('SIPRI Military Expenditure Database')) {
			throw new DataError(
				cells.citation!.at,
				`citation "${citation}" does not name the SIPRI Military Expenditure Database`,
				"copy the citation from the workbook's front page"
			);
		}
		const workbook = requiredText(cells.workbook!, 'workbook');
		if (!/^[^/\\]+\.xlsx$/.test(workbook)) {
			throw new DataError(
				cells.workbook!.at,
				`workbook "${workbook}" is not an .xlsx file name`,
				'write the file name only, without folders'
			);
		}
		const sha256 = cells.sha256!.value.trim();
		if (!/^[0-9a-f]{64}$/.test(sha256)) {
			throw new DataError(
				cells.sha256!.at,
				`sha256 "${sha256}" is not 64 lower-case hex digits`,
				"write the workbook's SHA-256 (sha256sum FILE)"
			);
		}
		unique(seen, String(release), cells.release!, 'release');
		return {
			release,
			baseYear,
			edition: year(cells.edition!, 'edition', today),
			citation,
			workbook,
			sha256
		};
	});
}

/** The text and file name of one data file. */
export interface SourceText {
	text: string;
	file: string;
}

/**
 * Parses one release's three files and checks them against each other: the gaps file names the
 * missing members of exactly the NATO sums flagged `partial` or `unavailable`.
 */
export function parseSpendingRelease(
	release: SipriRelease,
	files: { series: SourceText; members: SourceText; gaps: SourceText },
	members?: readonly Member[]
): SpendingRelease {
	const key = { release: release.release, baseYear: release.baseYear };
	const rows = parseSeriesRows(files.series.text, files.series.file, key);
	const gaps = parseGapRows(files.gaps.text, files.gaps.file, key, members);
	const id = (r: { basis: PriceBasis; year: number; series: string }) =>
		`${r.series} ${r.year} at ${basisLabel(r.basis)}`;
	const incomplete = new Map(
		rows
			.filter((r) => r.record.flag === 'partial' || r.record.flag === 'unavailable')
			.filter((r) => (NATO_SERIES as readonly string[]).includes(r.record.series))
			.map((r) => [id(r.record), r])
	);
	const named = new Set<string>();
	for (const gap of gaps) {
		if (!incomplete.has(id(gap.record))) {
			throw new DataError(
				gap.cells.series!.at,
				`the gap names ${gap.record.iso3} for ${id(gap.record)}, but that row in ${files.series.file} is not flagged partial or unavailable`,
				're-run npm run data:import so that the files agree'
			);
		}
		named.add(id(gap.record));
	}
	for (const [name, row] of incomplete) {
		if (!named.has(name)) {
			throw new DataError(
				row.cells.flag!.at,
				`${name} is flagged ${row.record.flag} but ${files.gaps.file} names no missing member`,
				're-run npm run data:import so that the files agree'
			);
		}
	}
	return {
		...release,
		rows: rows.map((r) => r.record),
		members: parseMemberSpending(files.members.text, files.members.file, key, members),
		gaps: gaps.map((g) => g.record)
	};
}

// ---- formatting ---------------------------------------------------------------------------

function usd(value: number | null): string {
	return value === null ? '' : value.toFixed(3);
}

export function formatSpending(rows: readonly SpendingRow[]): string {
	return formatCsv(
		SPENDING_COLUMNS,
		rows.map((r) => [
			String(r.release),
			r.basis,
			String(r.year),
			r.series,
			usd(r.usdMillions),
			r.flag
		])
	);
}

export function formatMemberSpending(rows: readonly MemberSpending[]): string {
	return formatCsv(
		MEMBER_SPENDING_COLUMNS,
		rows.map((r) => [
			String(r.release),
			r.basis,
			String(r.year),
			r.iso3,
			usd(r.usdMillions),
			r.flag
		])
	);
}

export function formatSpendingGaps(gaps: readonly SpendingGap[]): string {
	return formatCsv(
		SPENDING_GAP_COLUMNS,
		gaps.map((g) => [String(g.release), g.basis, String(g.year), g.series, g.iso3, g.flag])
	);
}

export function formatSipriReleases(releases: readonly SipriRelease[]): string {
	return formatCsv(
		SIPRI_RELEASE_COLUMNS,
		[...releases]
			.sort((a, b) => a.release - b.release)
			.map((r) => [
				String(r.release),
				String(r.baseYear),
				String(r.edition),
				r.citation,
				r.workbook,
				r.sha256
			])
	);
}

/** The file names of one release in `data/spending/`. */
export function spendingFiles(release: number): { series: string; members: string; gaps: string } {
	return {
		series: `sipri-${release}.csv`,
		members: `sipri-${release}-members.csv`,
		gaps: `sipri-${release}-gaps.csv`
	};
}

export const SIPRI_RELEASES_FILE = 'sipri-releases.csv';
