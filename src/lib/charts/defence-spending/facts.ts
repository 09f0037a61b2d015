/**
 * The spending chart's facts for the story's copy (`StoryFacts.share`, `StoryFacts.us`), from the
 * same figures the chart draws, so the text and the chart cannot disagree.
 */
import { names, percent, type Fact, type StoryFacts } from '$lib/data/facts';
import { natoShareSeries, unitedStatesShareOfNato, yearsWithValue } from '$lib/data/share';
import { constantBasis, type PriceBasis } from '$lib/data/spending';
import type { SpendingSources } from './figures';
import { spendingFigures } from './figures';
import { rangesOf } from './text';

const pct = (fraction: number): Fact => percent(fraction * 100, 1);

/**
 * `{share.<year>.constant}`: NATO members' share of the world at the latest release's constant
 * prices, every year with a world total. `{share.<year>.current}`: at current prices, where a
 * release gives the world total (the release at the claim for its years, else the latest).
 * `{share.<year>.official}`: NATO's own total set against SIPRI's world total (claim year, latest year).
 * `{share.above.years}`: the years above the claimed share, as runs ("1992–1995 and 2003–2005").
 * `{us.share.<year>.constant}`, `.current`: the United States' part of the NATO total at the
 * latest release's constant prices, or at current prices (from the same releases as the shares).
 */
export function spendingFacts(
	sources: SpendingSources
): Required<Pick<StoryFacts, 'share' | 'us'>> {
	const figures = spendingFigures(sources);
	const { latest, atClaim } = sources;
	const constant = constantBasis(latest.baseYear);
	const share: Record<string, Record<string, Fact>> = {};
	const at = (year: number) => (share[String(year)] ??= {});
	for (const s of natoShareSeries(latest.rows, constant)) at(s.year).constant = pct(s.share);
	for (const release of [latest, atClaim])
		for (const s of natoShareSeries(release.rows, 'current')) at(s.year).current = pct(s.share);
	for (const f of [figures['claim-2019'], figures.latest])
		if (f.official) at(f.year).official = pct(f.official.shareOfSipriWorld);
	share.above = { years: names(rangesOf(figures.share.above).map((r) => r.text)) };
	const us: Record<string, Record<string, Fact>> = {};
	const usAt = (year: number) => (us[String(year)] ??= {});
	const addUs = (rows: typeof latest.rows, basis: PriceBasis, name: 'constant' | 'current') => {
		const natoYears = new Set(yearsWithValue(rows, 'nato_at_year_end', basis));
		for (const year of yearsWithValue(rows, 'united_states', basis))
			if (natoYears.has(year))
				usAt(year)[name] = pct(unitedStatesShareOfNato(rows, year, basis).share);
	};
	addUs(latest.rows, constant, 'constant');
	for (const release of [latest, atClaim]) addUs(release.rows, 'current', 'current');
	return { share, us: { share: us } };
}
