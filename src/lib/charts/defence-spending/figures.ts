/**
 * The figures each state of the spending chart shows, computed from the dataset's SIPRI
 * releases, NATO's official totals and the claim being checked. Pure: no files, no DOM.
 */
import type { Claim } from '$lib/data/claims';
import type { Member } from '$lib/data/members';
import type { NatoTotal } from '$lib/data/nato-official';
import { membersAtYearEnd } from '$lib/data/membership';
import { natoShare, spendingAt, unitedStatesShareOfNato, yearsWithValue } from '$lib/data/share';
import {
	constantBasis,
	type PriceBasis,
	type SpendingRelease,
	type SpendingRow
} from '$lib/data/spending';

/** The state ids, in story order; stable, used in URLs (`?step=share`). */
export const STATE_IDS = ['world', 'share', 'claim-2019', 'us-share', 'latest'] as const;
export type StateId = (typeof STATE_IDS)[number];

/** A value in one year; null where the source gives none (drawn as a gap). */
export interface YearValue {
	year: number;
	value: number | null;
}

/** Which SIPRI release and price basis a state's figures come from. */
export interface SipriBasis {
	/** The release's last data year (2024 for the April 2025 release). */
	release: number;
	/** The database edition SIPRI's citation names (2025). */
	edition: number;
	basis: PriceBasis;
}

/** NATO's own total for one year, from one edition of its tables (current US$). */
export type OfficialTotal = NatoTotal;

/** `world`: world spending and NATO's part over time, at constant prices. */
export interface WorldFigures extends SipriBasis {
	world: YearValue[];
	nato: YearValue[];
	/** Years in the range without a world total (1991). */
	gaps: number[];
}

/** `share`: NATO's share of the world over time against the claimed share. */
export interface ShareFigures extends SipriBasis {
	/** Fractions; null where there is no world total. */
	share: YearValue[];
	/** The claimed share as a fraction (0.7). */
	claim: number;
	/** The words of the claim. */
	quote: string;
	/** Years in which the share was above the claim. */
	above: number[];
	/** The year of the claim and its share. */
	claimYear: { year: number; share: number };
	gaps: number[];
}

/** `claim-2019`, `latest`: one year, NATO against the rest of the world at current prices. */
export interface ComparisonFigures extends SipriBasis {
	year: number;
	/** Members at the end of the year. */
	members: number;
	world: number;
	nato: number;
	/** NATO ÷ world, both SIPRI. */
	share: number;
	claim: number;
	/** The year the claim was made. */
	claimYear: number;
	quote: string;
	/** NATO's own total for the year, beside SIPRI's; null when no edition gives one. */
	official: (OfficialTotal & { shareOfSipriWorld: number }) | null;
}

/** `us-share`: the United States and the other members over time, at constant prices. */
export interface UsShareFigures extends SipriBasis {
	us: YearValue[];
	others: YearValue[];
	/** The US share of the NATO total in the claim's year and the last year. */
	marks: { year: number; share: number; us: number; nato: number }[];
}

export interface SpendingFigures {
	world: WorldFigures;
	share: ShareFigures;
	'claim-2019': ComparisonFigures;
	'us-share': UsShareFigures;
	latest: ComparisonFigures;
}

/** What the chart is drawn from (all from `dataset()`). */
export interface SpendingSources {
	/** The SIPRI release with the latest data: the time series and the latest year. */
	latest: SpendingRelease;
	/** The SIPRI release whose last year is the claim's year: the figures as of the claim. */
	atClaim: SpendingRelease;
	/** NATO's own totals, by edition and year (current US$). */
	official: readonly OfficialTotal[];
	members: readonly Member[];
	/** The claim checked (`share` in data/claims.csv, a percentage). */
	claim: Claim;
}

const valueOf = (rows: readonly SpendingRow[], series: SpendingRow['series'], basis: PriceBasis) =>
	rows
		.filter((r) => r.series === series && r.basis === basis)
		.sort((a, b) => a.year - b.year)
		.map((r) => ({ year: r.year, value: r.usdMillions }));

/** The years from the first with a world total to the release's last. */
function span(rows: readonly SpendingRow[], basis: PriceBasis): { first: number; last: number } {
	const years = yearsWithValue(rows, 'world', basis);
	if (years.length === 0)
		throw new RangeError(`defence-spending: no world total at ${basis}; check data/spending/`);
	return { first: years[0]!, last: years[years.length - 1]! };
}

function within<T extends { year: number }>(values: T[], first: number, last: number): T[] {
	return values.filter((v) => v.year >= first && v.year <= last);
}

function sipriBasis(release: SpendingRelease, basis: PriceBasis): SipriBasis {
	return { release: release.release, edition: release.edition, basis };
}

/** World spending and NATO members' part, at the latest release's constant prices. */
export function worldFigures(release: SpendingRelease): WorldFigures {
	const basis = constantBasis(release.baseYear);
	const { first, last } = span(release.rows, basis);
	const world = within(valueOf(release.rows, 'world', basis), first, last);
	return {
		...sipriBasis(release, basis),
		world,
		nato: within(valueOf(release.rows, 'nato_at_year_end', basis), first, last),
		gaps: world.filter((v) => v.value === null).map((v) => v.year)
	};
}

/** NATO's share of the world at constant prices, and where it was above the claim. */
export function shareFigures(release: SpendingRelease, claim: Claim): ShareFigures {
	const basis = constantBasis(release.baseYear);
	const { first, last } = span(release.rows, basis);
	const worldYears = new Set(yearsWithValue(release.rows, 'world', basis));
	const share: YearValue[] = [];
	for (let year = first; year <= last; year++)
		share.push({
			year,
			value: worldYears.has(year) ? natoShare(release.rows, year, basis).share : null
		});
	const threshold = claimedShare(claim);
	return {
		...sipriBasis(release, basis),
		share,
		claim: threshold,
		quote: claim.quote,
		above: share.filter((s) => s.value !== null && s.value > threshold).map((s) => s.year),
		claimYear: { year: claim.year, share: natoShare(release.rows, claim.year, basis).share },
		gaps: share.filter((s) => s.value === null).map((s) => s.year)
	};
}

/** The claimed share as a fraction; throws unless the claim is a percentage. */
export function claimedShare(claim: Claim): number {
	if (claim.unit !== 'percent')
		throw new RangeError(
			`defence-spending: claim "${claim.id}" is in ${claim.unit}, not percent; use the share claim of data/claims.csv`
		);
	return claim.value / 100;
}

/** One year at current prices: NATO members against the world, and NATO's own total beside. */
export function comparisonFigures(
	release: SpendingRelease,
	year: number,
	sources: Pick<SpendingSources, 'official' | 'members' | 'claim'>
): ComparisonFigures {
	const basis: PriceBasis = 'current';
	const share = natoShare(release.rows, year, basis);
	const official = officialTotalAt(sources.official, year);
	return {
		...sipriBasis(release, basis),
		year,
		members: membersAtYearEnd(sources.members, year).length,
		world: share.wholeUsdMillions,
		nato: share.partUsdMillions,
		share: share.share,
		claim: claimedShare(sources.claim),
		claimYear: sources.claim.year,
		quote: sources.claim.quote,
		official: official && {
			...official,
			shareOfSipriWorld: official.usdMillions / share.wholeUsdMillions
		}
	};
}

/**
 * NATO's figure for `year` from the earliest edition that gives it: the one closest to the
 * time, before NATO revised it (the June 2019 edition for 2019).
 */
export function officialTotalAt(
	official: readonly OfficialTotal[],
	year: number
): OfficialTotal | null {
	const editions = official
		.filter((o) => o.year === year)
		.sort((a, b) => (a.edition < b.edition ? -1 : 1));
	return editions[0] ?? null;
}

/** The United States and the other members (Europe and Canada) at constant prices. */
export function usShareFigures(release: SpendingRelease, claimYear: number): UsShareFigures {
	const basis = constantBasis(release.baseYear);
	const { first, last } = span(release.rows, basis);
	const mark = (year: number) => {
		const s = unitedStatesShareOfNato(release.rows, year, basis);
		return { year, share: s.share, us: s.partUsdMillions, nato: s.wholeUsdMillions };
	};
	return {
		...sipriBasis(release, basis),
		us: within(valueOf(release.rows, 'united_states', basis), first, last),
		others: within(valueOf(release.rows, 'nato_europe_canada', basis), first, last),
		marks: [...new Set([claimYear, last])].map(mark)
	};
}

/** Every state's figures. */
export function spendingFigures(sources: SpendingSources): SpendingFigures {
	const { latest, atClaim, claim } = sources;
	if (atClaim.release !== claim.year)
		throw new RangeError(
			`defence-spending: the release at the claim has data to ${atClaim.release}, not to the claim's year ${claim.year}; import SIPRI's release with data to ${claim.year}`
		);
	// Check the rows exist before anything is drawn (throws a clear error otherwise).
	spendingAt(latest.rows, 'world', latest.release, 'current');
	return {
		world: worldFigures(latest),
		share: shareFigures(latest, claim),
		'claim-2019': comparisonFigures(atClaim, claim.year, sources),
		'us-share': usShareFigures(latest, claim.year),
		latest: comparisonFigures(latest, latest.release, sources)
	};
}
