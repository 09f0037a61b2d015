import { buildDay } from './build-day';
import { parseCsv, type Cell } from './csv';
import { DataError } from './errors';
import {
	iso3,
	isoNumeric,
	money,
	notAfterToday,
	oneOf,
	requiredText,
	unique,
	year,
	type IsoDate
} from './fields';
import type { Member } from './members';
import { membersAtYearEnd } from './membership';

/** NATO's own figures, "Defence Expenditure of NATO Countries", by edition (`data/nato/milex-nato-official.csv`). */
export const NATO_OFFICIAL_COLUMNS = [
	'edition',
	'iso3',
	'iso_numeric',
	'country',
	'entity_type',
	'year',
	'is_estimate',
	'usd_current_millions',
	'usd_constant2015_millions',
	'share_real_gdp_pct',
	'source'
] as const;

/** The totals NATO publishes itself (the 2024 edition; the 2019 edition has none). */
export const NATO_AGGREGATES = ['NATO_TOTAL', 'NATO_EUR_CAN'] as const;

/** One figure of one ally (or a published aggregate) in one year, as one edition gives it. */
export interface NatoFigure {
	/** `YYYY-MM`, e.g. `2019-06`. */
	edition: string;
	/** The ally's ISO alpha-3, or NATO_TOTAL / NATO_EUR_CAN. */
	iso3: string;
	/** The world-atlas id; null for aggregates. */
	id: string | null;
	country: string;
	kind: 'ally' | 'aggregate';
	year: number;
	/** NATO marks it an estimate; `possibly` where the source does not say (2018 in the 2019 edition). */
	estimate: boolean | 'possibly';
	usdCurrentMillions: number;
	usdConstant2015Millions: number;
	/** Defence expenditure as % of real GDP. */
	shareOfGdpPct: number;
	source: string;
}

/** NATO's total for one year, from one edition. */
export interface NatoTotal {
	edition: string;
	year: number;
	/** Current US$ millions. */
	usdMillions: number;
	estimate: boolean | 'possibly';
}

function required(cell: Cell, what: string): number {
	const value = money(cell, what);
	if (value === null) throw new DataError(cell.at, `${what} is empty`, `fill in the ${what}`);
	return value;
}

/**
 * Parses NATO's figures. With `members`, every ally must be a member whose numeric code matches
 * nato-members.csv. Checks editions (none after `today`, the build day), duplicates, and that each
 * ally's years run without a gap.
 */
export function parseNatoOfficial(
	text: string,
	file: string,
	members?: readonly Member[],
	today: IsoDate = buildDay()
): NatoFigure[] {
	const seen = new Map<string, number>();
	const byIso = members && new Map(members.map((m) => [m.iso3, m]));
	const rows = parseCsv(text, file, NATO_OFFICIAL_COLUMNS).map(({ cells }) => {
		const edition = cells.edition!.value.trim();
		if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(edition)) {
			throw new DataError(
				cells.edition!.at,
				`edition "${edition}" is not a month`,
				'write it as YYYY-MM, e.g. 2019-06'
			);
		}
		notAfterToday(cells.edition!, 'edition', edition, today);
		const kind = oneOf(cells.entity_type!, 'entity type', ['ally', 'aggregate'] as const);
		let code: string;
		let id: string | null = null;
		if (kind === 'aggregate') {
			code = oneOf(cells.iso3!, 'aggregate code', NATO_AGGREGATES);
			if (cells.iso_numeric!.value.trim() !== '') {
				throw new DataError(
					cells.iso_numeric!.at,
					`aggregate ${code} has a numeric code`,
					'leave iso_numeric empty for aggregates'
				);
			}
		} else {
			code = iso3(cells.iso3!);
			id = isoNumeric(cells.iso_numeric!);
			const member = byIso?.get(code);
			if (byIso && !member) {
				throw new DataError(
					cells.iso3!.at,
					`${code} is not a member in nato-members.csv`,
					'use the iso3 of a NATO member'
				);
			}
			if (member && member.id !== id) {
				throw new DataError(
					cells.iso_numeric!.at,
					`numeric code ${id} differs from ${member.id} for ${code} in nato-members.csv`,
					'use the same ISO 3166-1 numeric code in both files'
				);
			}
		}
		const figureYear = year(cells.year!, 'year', today);
		if (figureYear > Number(edition.slice(0, 4))) {
			throw new DataError(
				cells.year!.at,
				`year ${figureYear} is after the ${edition} edition`,
				'check the year or the edition'
			);
		}
		const estimate = oneOf(cells.is_estimate!, 'is_estimate', [
			'true',
			'false',
			'possibly'
		] as const);
		const figure: NatoFigure = {
			edition,
			iso3: code,
			id,
			country: requiredText(cells.country!, 'country'),
			kind,
			year: figureYear,
			estimate: estimate === 'possibly' ? 'possibly' : estimate === 'true',
			usdCurrentMillions: required(cells.usd_current_millions!, 'usd_current_millions'),
			usdConstant2015Millions: required(
				cells.usd_constant2015_millions!,
				'usd_constant2015_millions'
			),
			shareOfGdpPct: required(cells.share_real_gdp_pct!, 'share_real_gdp_pct'),
			source: requiredText(cells.source!, 'source')
		};
		unique(
			seen,
			`(${edition}, ${code}, ${figureYear})`,
			cells.year!,
			'row',
			'edition, country and year'
		);
		return { figure, cells };
	});
	const years = new Map<string, { year: number; cell: Cell }[]>();
	for (const { figure, cells } of rows) {
		const key = `${figure.edition} ${figure.iso3}`;
		years.set(key, [...(years.get(key) ?? []), { year: figure.year, cell: cells.year! }]);
	}
	for (const [key, list] of years) {
		const sorted = list.sort((a, b) => a.year - b.year);
		for (let i = 1; i < sorted.length; i++) {
			if (sorted[i]!.year !== sorted[i - 1]!.year + 1) {
				throw new DataError(
					sorted[i]!.cell.at,
					`${key}: year ${sorted[i]!.year} follows ${sorted[i - 1]!.year}`,
					`add the missing year ${sorted[i - 1]!.year + 1}`
				);
			}
		}
	}
	return rows.map((r) => r.figure);
}

/** The editions in the figures, oldest first. */
export function natoEditions(figures: readonly NatoFigure[]): string[] {
	return [...new Set(figures.map((f) => f.edition))].sort();
}

/**
 * NATO's total per edition and year at current prices: the published NATO_TOTAL where the edition
 * has one, otherwise the sum of the allies that were members at the end of the year.
 */
export function natoOfficialTotals(
	figures: readonly NatoFigure[],
	members: readonly Member[]
): NatoTotal[] {
	const totals: NatoTotal[] = [];
	for (const edition of natoEditions(figures)) {
		const ofEdition = figures.filter((f) => f.edition === edition);
		for (const y of [...new Set(ofEdition.map((f) => f.year))].sort((a, b) => a - b)) {
			const published = ofEdition.find((f) => f.iso3 === 'NATO_TOTAL' && f.year === y);
			const inNato = new Set(membersAtYearEnd(members, y).map((m) => m.iso3));
			const counted = published
				? [published]
				: ofEdition.filter((f) => f.kind === 'ally' && f.year === y && inNato.has(f.iso3));
			const flags = counted.map((f) => f.estimate);
			totals.push({
				edition,
				year: y,
				usdMillions: counted.reduce((s, f) => s + f.usdCurrentMillions, 0),
				estimate: flags.includes(true) ? true : flags.includes('possibly') ? 'possibly' : false
			});
		}
	}
	return totals;
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** The credit line for figures from one edition, e.g. "Source: NATO, Defence Expenditure of NATO Countries, June 2019". */
export function natoOfficialCredit(edition: string): string {
	const [y, m] = edition.split('-');
	return `Source: NATO, Defence Expenditure of NATO Countries, ${MONTHS[Number(m) - 1]} ${y}`;
}
