import {
	basisLabel,
	type Flag,
	type NatoSeries,
	type PriceBasis,
	type Series,
	type SpendingRow
} from './spending';

/** One series as a share of another, in one year, from one release and price basis. */
export interface Share {
	release: number;
	basis: PriceBasis;
	year: number;
	part: Series;
	whole: Series;
	partUsdMillions: number;
	wholeUsdMillions: number;
	/** A fraction (0.54 = 54%). */
	share: number;
	/** The part's and the whole's flags, when they have one (e.g. `partial`, `derived`). */
	flags: Flag[];
}

function releaseOf(rows: readonly SpendingRow[]): number {
	const releases = [...new Set(rows.map((r) => r.release))];
	if (releases.length !== 1) {
		throw new RangeError(
			releases.length === 0
				? 'spending: no rows given; pass the rows of one release (dataset().spending[i].rows)'
				: `spending: the rows mix releases ${releases.join(', ')}; a share must use one release's rows`
		);
	}
	return releases[0]!;
}

/** The row of `series` in `year` at `basis`; throws when the release has none. */
export function spendingAt(
	rows: readonly SpendingRow[],
	series: Series,
	year: number,
	basis: PriceBasis
): SpendingRow {
	const row = rows.find((r) => r.series === series && r.year === year && r.basis === basis);
	if (!row) {
		throw new RangeError(
			`spending: release ${releaseOf(rows)} has no ${series} row for ${year} at ${basisLabel(basis)}; ` +
				`check the year and price basis against data/spending/`
		);
	}
	return row;
}

/** The years in which `series` has a value at `basis`. */
export function yearsWithValue(
	rows: readonly SpendingRow[],
	series: Series,
	basis: PriceBasis
): number[] {
	return rows
		.filter((r) => r.series === series && r.basis === basis && r.usdMillions !== null)
		.map((r) => r.year)
		.sort((a, b) => a - b);
}

/** `part` ÷ `whole` in one year; throws a clear error when either has no value. */
export function shareOf(
	rows: readonly SpendingRow[],
	part: Series,
	whole: Series,
	year: number,
	basis: PriceBasis
): Share {
	const release = releaseOf(rows);
	const p = spendingAt(rows, part, year, basis);
	const w = spendingAt(rows, whole, year, basis);
	for (const row of [w, p]) {
		if (row.usdMillions === null || (row === w && row.usdMillions === 0)) {
			const years = yearsWithValue(rows, row.series, basis);
			throw new RangeError(
				`spending: SIPRI's release ${release} has no ${row.series === 'world' ? 'world total' : row.series + ' value'} ` +
					`for ${year} at ${basisLabel(basis)} (${row.flag || 'zero'}); ` +
					`pick a year that has one (${row.series} at ${basisLabel(basis)}: ${describeYears(years)})`
			);
		}
	}
	return {
		release,
		basis,
		year,
		part,
		whole,
		partUsdMillions: p.usdMillions!,
		wholeUsdMillions: w.usdMillions!,
		share: p.usdMillions! / w.usdMillions!,
		flags: [p.flag, w.flag].filter((f) => f !== '')
	};
}

/** NATO's spending as a share of SIPRI's world total (same release, same price basis). */
export function natoShare(
	rows: readonly SpendingRow[],
	year: number,
	basis: PriceBasis,
	series: NatoSeries = 'nato_at_year_end'
): Share {
	return shareOf(rows, series, 'world', year, basis);
}

/** NATO's share of the world in every year that has both values. */
export function natoShareSeries(
	rows: readonly SpendingRow[],
	basis: PriceBasis,
	series: NatoSeries = 'nato_at_year_end'
): Share[] {
	const world = new Set(yearsWithValue(rows, 'world', basis));
	return yearsWithValue(rows, series, basis)
		.filter((y) => world.has(y))
		.map((y) => natoShare(rows, y, basis, series));
}

/** The United States' share of the NATO total (members at the end of the year). */
export function unitedStatesShareOfNato(
	rows: readonly SpendingRow[],
	year: number,
	basis: PriceBasis
): Share {
	return shareOf(rows, 'united_states', 'nato_at_year_end', year, basis);
}

/** "1988–1990, 1992–2019": consecutive years as ranges. */
export function describeYears(years: readonly number[]): string {
	if (years.length === 0) return 'none';
	const ranges: string[] = [];
	let start = years[0]!;
	for (let i = 1; i <= years.length; i++) {
		if (years[i] !== years[i - 1]! + 1) {
			const end = years[i - 1]!;
			ranges.push(start === end ? String(start) : `${start}–${end}`);
			start = years[i]!;
		}
	}
	return ranges.join(', ');
}
