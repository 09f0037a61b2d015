/**
 * Every word of the spending chart built from its figures: labels inside the graphic, each
 * state's heading, description, data table and source line. Pure; all numbers through Intl.
 */
import type { PriceBasis } from '$lib/data/spending';
import type { ChartModel, ChartState } from '../model';
import {
	LOCALE,
	formatOneDecimal,
	formatPercent,
	formatUsdBillions,
	formatYear
} from '../defaults';
import type {
	ComparisonFigures,
	ShareFigures,
	SipriBasis,
	SpendingFigures,
	StateId,
	UsShareFigures,
	WorldFigures,
	YearValue
} from './figures';
import { STATE_IDS } from './figures';

/** A state of the spending chart: the shared fields plus its own sources and releases. */
export interface SpendingState extends ChartState {
	key: StateId;
	/** The source of this state's figures: release or edition, and price basis. */
	source: string;
	release: string;
}

/** The words drawn in the charts' SVGs (plots.ts), each a function of what it names. */
export const DRAWING_WORDS = {
	world: 'World',
	noWorldTotal: (year: number) => `No world total\nfor ${formatYear(year)}`,
	noShare: (year: number) => `No share for\n${formatYear(year)}`,
	/** The claim's label, longest first: the chart takes the first that fits. */
	claimed: (quote: string, claim: number) => [
		`Claimed: ${quote}`,
		`Claimed: more than ${formatPercent(claim, 0)}`,
		`Claimed:\nmore than ${formatPercent(claim, 0)}`
	],
	otherMembers: (compact: boolean) =>
		compact ? 'Other members' : 'Other members (Europe and Canada)',
	unitedStates: 'United States',
	usShareMark: (year: number, share: number) =>
		`${formatYear(year)}\n${formatPercent(share)} of NATO`
} as const;

/** "constant 2023 prices" / "current prices"; with `short`, the same in fewer words for axes. */
export function basisWords(basis: PriceBasis): string {
	return basis === 'current'
		? 'current prices'
		: `constant ${basis.slice('constant-'.length)} prices`;
}

/** The note above a money axis: "US$ bn, constant 2023 prices" (short: "US$ bn, 2023 prices"). */
export function axisNote(basis: PriceBasis, short = false): string {
	return short
		? `US$ bn, ${basisWords(basis).replace('constant ', '')}`
		: `US$ bn, ${basisWords(basis)}`;
}

/** The note above a share axis: "% of SIPRI's world total, constant 2023 prices" (short: "% of world total, 2023 prices"). */
export function shareNote(basis: PriceBasis, short = false): string {
	return short
		? `% of world total, ${basisWords(basis).replace('constant ', '')}`
		: `% of SIPRI's world total, ${basisWords(basis)}`;
}

/** Consecutive years as runs: [1992, 1993, 1995] → 1992–1993, 1995. */
export function rangesOf(
	years: readonly number[]
): { first: number; last: number; text: string }[] {
	const sorted = [...years].sort((a, b) => a - b);
	const runs: { first: number; last: number; text: string }[] = [];
	for (const year of sorted) {
		const run = runs[runs.length - 1];
		if (run && run.last === year - 1) run.last = year;
		else runs.push({ first: year, last: year, text: '' });
	}
	for (const run of runs)
		run.text =
			run.first === run.last
				? formatYear(run.first)
				: `${formatYear(run.first)}–${formatYear(run.last)}`;
	return runs;
}

const list = new Intl.ListFormat(LOCALE, { style: 'long', type: 'conjunction' });
const month = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A NATO edition `2019-06` as "June 2019". */
export function editionName(edition: string): string {
	return month.format(new Date(`${edition}-01T00:00:00Z`));
}

/** "SIPRI Military Expenditure Database 2025, constant 2023 US$". */
export function sipriSource(f: SipriBasis): string {
	const basis = f.basis === 'current' ? 'current US$' : `constant ${f.basis.slice(9)} US$`;
	return `SIPRI Military Expenditure Database ${f.edition}, ${basis}`;
}

/** The releases of a state's figures in short: "SIPRI 2025", "SIPRI 2020; NATO June 2019". */
export function releases(f: SipriBasis, natoEdition?: string): string {
	return [`SIPRI ${f.edition}`, ...(natoEdition ? [`NATO ${editionName(natoEdition)}`] : [])].join(
		'; '
	);
}

/** "NATO, Defence Expenditure of NATO Countries, June 2019 (current US$)". */
export function natoSource(edition: string): string {
	return `NATO, Defence Expenditure of NATO Countries, ${editionName(edition)}, current US$`;
}

/** How NATO marks a figure: "an estimate", "possibly an estimate" or "". */
export function estimateWords(estimate: boolean | 'possibly'): string {
	return estimate === 'possibly' ? 'possibly an estimate' : estimate ? 'an estimate' : '';
}

/**
 * The labels of the comparison bars. Where a label may not fit, it comes as candidates, longest
 * first; the layout takes the first that fits its width.
 */
export function comparisonRows(f: ComparisonFigures) {
	const o = f.official;
	const claim = formatPercent(f.claim, 0);
	const year = formatYear(f.year);
	const claimYear = formatYear(f.claimYear);
	const world = formatUsdBillions(f.world);
	const rest = formatUsdBillions(f.world - f.nato);
	const estimate = o?.estimate ? `, ${estimateWords(o.estimate)}` : '';
	const edition = o ? editionName(o.edition) : '';
	return {
		note: [
			`Each bar is the world total in ${year} (SIPRI): ${world}, ${basisWords(f.basis)}`,
			`Each bar: the world total (SIPRI)\nin ${year}, ${world}, ${basisWords(f.basis)}`
		],
		claimLabel: [
			`Claimed in ${claimYear}: more than ${claim} of world spending`,
			`Claimed in ${claimYear}: more than ${claim}`
		],
		claimInside: claim,
		sipriLabel: [
			`SIPRI: NATO's ${f.members} members and the rest of the world`,
			`SIPRI: NATO's ${f.members} members`
		],
		natoInside: `${formatUsdBillions(f.nato)}\n${formatPercent(f.share)}`,
		restInside: [`rest of the world\n${rest}`, `rest\n${rest}`],
		officialLabel: o
			? [
					`NATO's own figure (${edition} tables${estimate}), against SIPRI's world total`,
					`NATO's own figure (${edition} tables${estimate}),\nagainst SIPRI's world total`,
					`NATO's own figure (${edition}),\nagainst SIPRI's world total`
				]
			: [''],
		officialInside: o
			? `${formatUsdBillions(o.usdMillions)}\n${formatPercent(o.shareOfSipriWorld)}`
			: ''
	};
}

const billions = (v: number) => formatUsdBillions(v);
const cell = (v: number | null) => (v === null ? 'no value' : formatOneDecimal(v / 1000));

function extreme(values: YearValue[], pick: (a: number, b: number) => boolean): YearValue {
	return values
		.filter((v) => v.value !== null)
		.reduce((best, v) => (pick(v.value!, best.value!) ? v : best));
}

function at(values: YearValue[], year: number): number {
	const v = values.find((x) => x.year === year)?.value;
	if (v === null || v === undefined)
		throw new RangeError(`defence-spending: no value for ${year}; check data/spending/`);
	return v;
}

/** The `world` state's heading, description, table and source. */
export function worldText(f: WorldFigures): Omit<SpendingState, 'key'> {
	const first = f.world.find((v) => v.value !== null)!;
	const last = f.world[f.world.length - 1]!;
	const low = extreme(f.world, (a, b) => a < b);
	const gaps = f.gaps.map(formatYear);
	return {
		label: `World military spending, ${formatYear(first.year)}–${formatYear(last.year)}`,
		description:
			`World military spending, at ${basisWords(f.basis)}, went from ${billions(first.value!)} in ${formatYear(first.year)} ` +
			`to ${billions(last.value!)} in ${formatYear(last.year)}; its lowest was ${billions(low.value!)} in ${formatYear(low.year)}. ` +
			(gaps.length
				? `SIPRI gives no world total for ${list.format(gaps)}, so the line has a gap there. `
				: '') +
			`NATO's members (at each year's end) spent ${billions(at(f.nato, last.year))} of it in ${formatYear(last.year)}.`,
		table: {
			caption: `World military spending and NATO members' part, US$ bn at ${basisWords(f.basis)}`,
			columns: ['Year', 'World', 'NATO members'],
			rows: f.world.map((w) => [
				formatYear(w.year),
				w.value === null ? 'no world total' : cell(w.value),
				cell(f.nato.find((n) => n.year === w.year)?.value ?? null)
			])
		},
		source: `Source: ${sipriSource(f)}`,
		release: releases(f)
	};
}

/** The `share` state's heading, description, table and source. */
export function shareText(f: ShareFigures): Omit<SpendingState, 'key'> {
	const first = f.share[0]!.year;
	const last = f.share[f.share.length - 1]!.year;
	const high = extreme(f.share, (a, b) => a > b);
	const low = extreme(f.share, (a, b) => a < b);
	const runs = rangesOf(f.above).map((r) => r.text);
	const claim = formatPercent(f.claim, 0);
	return {
		label: `NATO's share of world spending, ${formatYear(first)}–${formatYear(last)}`,
		description:
			`At ${basisWords(f.basis)}, NATO's members (at each year's end) spent between ${formatPercent(low.value!)} (${formatYear(low.year)}) ` +
			`and ${formatPercent(high.value!)} (${formatYear(high.year)}) of world military spending. ` +
			(runs.length
				? `The share was above the claimed ${claim} only in ${list.format(runs)}. `
				: `The share was never above the claimed ${claim}. `) +
			`In ${formatYear(f.claimYear.year)}, the year of the claim, it was ${formatPercent(f.claimYear.share)}.` +
			(f.gaps.length
				? ` There is no share for ${list.format(f.gaps.map(formatYear))}: SIPRI gives no world total.`
				: ''),
		table: {
			caption: `NATO members' share of world military spending, at ${basisWords(f.basis)}`,
			columns: ['Year', 'NATO share', `Above ${claim}`],
			rows: f.share.map((s) => [
				formatYear(s.year),
				s.value === null ? 'no world total' : formatPercent(s.value),
				s.value === null ? '' : s.value > f.claim ? 'yes' : 'no'
			])
		},
		source: `Source: ${sipriSource(f)}; NATO members at each year's end`,
		release: releases(f)
	};
}

/** The heading, description, table and source of a one-year comparison (`claim-2019`, `latest`). */
export function comparisonText(
	f: ComparisonFigures,
	role: 'claim' | 'latest'
): Omit<SpendingState, 'key'> {
	const year = formatYear(f.year);
	const rest = f.world - f.nato;
	const o = f.official;
	const claim = formatPercent(f.claim, 0);
	let official = '';
	if (o) {
		const diff = (o.usdMillions - f.nato) / f.nato;
		official =
			` NATO's own figure for ${year}${o.estimate ? `, ${estimateWords(o.estimate)},` : ''} in its ${editionName(o.edition)} tables, is ${billions(o.usdMillions)}, ` +
			`${formatPercent(Math.abs(diff))} ${diff >= 0 ? 'more' : 'less'} than SIPRI's sum; ` +
			`set against SIPRI's world total (two sources combined) it gives ${formatPercent(o.shareOfSipriWorld)}.`;
	}
	return {
		label:
			role === 'claim'
				? `${year}, the year of the claim: NATO and the rest of the world`
				: `${year}, the latest year: ${f.members} members`,
		description:
			`In ${year} NATO's ${f.members} members spent ${billions(f.nato)} of the world's ${billions(f.world)}, ` +
			`${formatPercent(f.share)}, at ${basisWords(f.basis)}; the rest of the world spent ${billions(rest)}. ` +
			`The claim was more than ${claim}.` +
			official,
		table: {
			caption: `Military spending in ${year}, US$ bn at ${basisWords(f.basis)}`,
			columns: ['', 'US$ bn', 'Share of the world'],
			rows: [
				['World (SIPRI)', cell(f.world), formatPercent(1)],
				[`NATO, ${f.members} members (SIPRI)`, cell(f.nato), formatPercent(f.share)],
				['Rest of the world (SIPRI)', cell(rest), formatPercent(rest / f.world)],
				...(o
					? [
							[
								`NATO, own figure (${editionName(o.edition)}${o.estimate ? `, ${estimateWords(o.estimate)}` : ''})`,
								cell(o.usdMillions),
								`${formatPercent(o.shareOfSipriWorld)} of SIPRI's world total`
							]
						]
					: []),
				[`Claimed: more than ${claim}`, cell(f.claim * f.world), `more than ${claim}`]
			]
		},
		source:
			`Sources: ${sipriSource(f)}` +
			(o ? `; ${natoSource(o.edition)} (set against SIPRI's world total)` : ''),
		release: releases(f, o?.edition)
	};
}

/** The `us-share` state's heading, description, table and source. */
export function usShareText(f: UsShareFigures): Omit<SpendingState, 'key'> {
	const first = f.us[0]!.year;
	const last = f.us[f.us.length - 1]!.year;
	const sentences = f.marks.map(
		(m) =>
			`in ${formatYear(m.year)} ${billions(m.us)} of NATO's ${billions(m.nato)}, ${formatPercent(m.share)}`
	);
	const share = (year: number) => {
		const us = f.us.find((u) => u.year === year)?.value ?? null;
		const others = f.others.find((o) => o.year === year)?.value ?? null;
		return us === null || others === null ? 'no value' : formatPercent(us / (us + others));
	};
	return {
		label: `Inside NATO: the United States and the other members, ${formatYear(first)}–${formatYear(last)}`,
		description:
			`At ${basisWords(f.basis)}, the United States spent ${list.format(sentences)}. ` +
			`The other members, in Europe and Canada, spent the rest: ` +
			`${list.format(f.marks.map((m) => `${billions(m.nato - m.us)} in ${formatYear(m.year)}`))}.`,
		table: {
			caption: `NATO members' military spending, US$ bn at ${basisWords(f.basis)}`,
			columns: ['Year', 'United States', 'Other members', 'US share of NATO'],
			rows: f.us.map((u, i) => [
				formatYear(u.year),
				cell(u.value),
				cell(f.others[i]?.value ?? null),
				share(u.year)
			])
		},
		source: `Source: ${sipriSource(f)}; NATO members at each year's end`,
		release: releases(f)
	};
}

/** Every state, in story order. */
export function spendingStates(figures: SpendingFigures): SpendingState[] {
	const text: Record<StateId, Omit<SpendingState, 'key'>> = {
		world: worldText(figures.world),
		share: shareText(figures.share),
		'claim-2019': comparisonText(figures['claim-2019'], 'claim'),
		'us-share': usShareText(figures['us-share']),
		latest: comparisonText(figures.latest, 'latest')
	};
	return STATE_IDS.map((key) => ({ key, ...text[key] }));
}

/** The chart's model: title, subtitle, the states and the sources of all of them. */
export function spendingModel(figures: SpendingFigures): ChartModel<SpendingState> {
	const claim = figures.share;
	const claimed = figures['claim-2019'];
	const editions = [
		...new Set([figures.world.edition, claimed.edition, figures.latest.edition])
	].sort();
	const nato = [figures['claim-2019'].official, figures.latest.official]
		.filter((o) => o !== null)
		.map((o) => editionName(o!.edition));
	return {
		chart: 'defence-spending',
		title: 'NATO and the world’s military spending',
		subtitle: `In ${formatYear(claimed.claimYear)} Russia’s president put NATO’s spending at “${claim.quote}”: the claim against SIPRI’s figures`,
		source:
			`Sources: SIPRI Military Expenditure Database ${list.format(editions.map(String))}` +
			(nato.length
				? `; NATO, Defence Expenditure of NATO Countries, ${list.format([...new Set(nato)])}`
				: ''),
		release:
			list.format(editions.map((e) => `SIPRI ${e}`)) +
			(nato.length ? `; NATO ${list.format([...new Set(nato)])}` : ''),
		credit: 'Shares calculated from these sources',
		states: spendingStates(figures),
		defaultKey: 'share'
	};
}
