import { DataError } from './errors';
import type { Member } from './members';
import { membersAtYearEnd } from './membership';
import {
	hasNoMilitary,
	tableValue,
	type CountryTable,
	type SipriValue,
	type SipriWorkbook
} from './sipri';
import {
	constantBasis,
	MISSING_FLAGS,
	type Flag,
	type MemberSpending,
	type MissingFlag,
	type NatoSeries,
	type PriceBasis,
	type SipriRelease,
	type SpendingGap,
	type SpendingRow
} from './spending';

/** What the importer writes for one release: only aggregates and the members' values for two years. */
export interface SipriAggregates {
	release: SipriRelease;
	rows: SpendingRow[];
	members: MemberSpending[];
	gaps: SpendingGap[];
}

/** SIPRI gives the USSR up to 1991 (no value for 1991) and Russia from 1992. */
export const RUSSIA_FROM = 1992;
/** The per-member file holds the story's year and the release's last year. */
export const MEMBER_YEARS = [2019] as const;
/** A NATO sum is flagged `estimate` when SIPRI estimates make up more than this share of it (SIPRI's rule for regional totals). */
export const ESTIMATE_SHARE = 0.1;
export const UNITED_STATES = 'USA';

const isMissing = (flag: Flag): flag is MissingFlag =>
	(MISSING_FLAGS as readonly string[]).includes(flag);

/** Sums members' values; flags the sum `unavailable`, `partial` or `estimate` (see data/SOURCES.md). */
export function sumMembers(values: readonly { iso3: string; value: SipriValue }[]): {
	usdMillions: number | null;
	flag: Flag;
	missing: { iso3: string; flag: MissingFlag }[];
} {
	const missing = values.flatMap(({ iso3, value }) =>
		isMissing(value.flag) ? [{ iso3, flag: value.flag }] : []
	);
	const counted = values.filter(({ value }) => value.value !== null);
	if (counted.length === 0) return { usdMillions: null, flag: 'unavailable', missing };
	const total = counted.reduce((s, { value }) => s + value.value!, 0);
	const estimated = counted
		.filter(({ value }) => value.flag === 'estimate' || value.flag === 'highly_uncertain')
		.reduce((s, { value }) => s + value.value!, 0);
	const flag =
		missing.length > 0
			? 'partial'
			: total > 0 && estimated / total > ESTIMATE_SHARE
				? 'estimate'
				: '';
	return { usdMillions: total, flag, missing };
}

function seriesFlag(value: SipriValue): Flag {
	return value.flag === 'no_military' ? '' : value.flag;
}

function worldRows(book: SipriWorkbook, basis: PriceBasis): SpendingRow[] {
	const rows: SpendingRow[] = [];
	for (const [year, world] of book.worldConstant) {
		const row = { release: book.release, basis, year, series: 'world' as const };
		if (basis !== 'current') {
			rows.push({
				...row,
				usdMillions: world.value,
				flag: world.excludesIraq && world.value !== null ? 'excludes_iraq' : world.flag
			});
		} else if (year === book.release) {
			const w = book.worldCurrent;
			rows.push({ ...row, usdMillions: w.value, flag: w.excludesIraq ? 'excludes_iraq' : w.flag });
		} else if (year === book.baseYear && world.value !== null) {
			// At the base year, constant prices are current prices (data/SOURCES.md §4).
			rows.push({ ...row, usdMillions: world.value, flag: 'derived' });
		} else {
			rows.push({ ...row, usdMillions: null, flag: 'unavailable' });
		}
	}
	return rows;
}

function basisRows(
	book: SipriWorkbook,
	members: readonly Member[],
	basis: PriceBasis,
	table: CountryTable
) {
	const rows: SpendingRow[] = [];
	const gaps: SpendingGap[] = [];
	const us = members.find((m) => m.iso3 === UNITED_STATES);
	if (!us) {
		throw new DataError(
			{ file: 'nato-members.csv', line: 1, column: 1 },
			`no member with iso3 ${UNITED_STATES}`,
			'the United States series needs it'
		);
	}
	for (const year of table.years) {
		const value = (m: Member) => {
			const v = tableValue(table, m.nameSipri, year);
			// A member without a military adds nothing to a sum, even where SIPRI prints ". ." for it.
			const none = v.value === null && hasNoMilitary(m.nameSipri, year);
			return { iso3: m.iso3, value: none ? { ...v, value: 0, flag: 'no_military' as const } : v };
		};
		const atYearEnd = membersAtYearEnd(members, year);
		const sums: Record<NatoSeries, Member[]> = {
			nato_at_year_end: atYearEnd,
			nato_today: [...members],
			nato_europe_canada: atYearEnd.filter((m) => m.iso3 !== UNITED_STATES)
		};
		const row = { release: book.release, basis, year };
		for (const [series, counted] of Object.entries(sums) as [NatoSeries, Member[]][]) {
			if (counted.length === 0) continue;
			const sum = sumMembers(counted.map(value));
			rows.push({ ...row, series, usdMillions: sum.usdMillions, flag: sum.flag });
			gaps.push(...sum.missing.map((m) => ({ ...row, series, ...m })));
		}
		const country = (series: 'united_states' | 'russia' | 'china', name: string) => {
			const v = tableValue(table, name, year);
			rows.push({ ...row, series, usdMillions: v.value, flag: seriesFlag(v) });
		};
		country('united_states', us.nameSipri);
		country('russia', year < RUSSIA_FROM ? 'USSR' : 'Russia');
		country('china', 'China');
	}
	return { rows, gaps };
}

/**
 * The release's aggregates: for current US$ and constant US$, every year of the sheets, the series
 * world (from 1988, as SIPRI gives it), nato_at_year_end, nato_today, nato_europe_canada,
 * united_states, russia and china; the members' values for 2019 and the last year; and which
 * members each NATO sum is missing.
 */
export function aggregateSipri(book: SipriWorkbook, members: readonly Member[]): SipriAggregates {
	const bases: [PriceBasis, CountryTable][] = [
		['current', book.current],
		[constantBasis(book.baseYear), book.constant]
	];
	const rows: SpendingRow[] = [];
	const gaps: SpendingGap[] = [];
	const memberRows: MemberSpending[] = [];
	const memberYears = [...new Set([...MEMBER_YEARS, book.release])].filter(
		(y) => y <= book.release
	);
	for (const [basis, table] of bases) {
		rows.push(...worldRows(book, basis));
		const sums = basisRows(book, members, basis, table);
		rows.push(...sums.rows);
		gaps.push(...sums.gaps);
		for (const year of memberYears) {
			if (!table.yearColumn.has(year)) continue;
			for (const m of [...members].sort((a, b) => a.iso3.localeCompare(b.iso3))) {
				const v = tableValue(table, m.nameSipri, year);
				memberRows.push({
					release: book.release,
					basis,
					year,
					iso3: m.iso3,
					usdMillions: v.value,
					flag: v.flag
				});
			}
		}
	}
	const order = (basis: PriceBasis) => (basis === 'current' ? 0 : 1);
	const seriesOrder = [
		'world',
		'nato_at_year_end',
		'nato_today',
		'nato_europe_canada',
		'united_states',
		'russia',
		'china'
	];
	rows.sort(
		(a, b) =>
			order(a.basis) - order(b.basis) ||
			seriesOrder.indexOf(a.series) - seriesOrder.indexOf(b.series) ||
			a.year - b.year
	);
	gaps.sort(
		(a, b) =>
			order(a.basis) - order(b.basis) ||
			seriesOrder.indexOf(a.series) - seriesOrder.indexOf(b.series) ||
			a.year - b.year ||
			a.iso3.localeCompare(b.iso3)
	);
	return {
		release: {
			release: book.release,
			baseYear: book.baseYear,
			edition: book.edition,
			citation: book.citation,
			workbook: book.workbook,
			sha256: book.sha256
		},
		rows,
		members: memberRows,
		gaps
	};
}
