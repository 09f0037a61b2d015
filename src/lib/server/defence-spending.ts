/**
 * Build-time glue of the spending chart: its figures and model from the dataset, and its static
 * islands, one Observable Plot SVG per state and size, rendered with linkedom's DOM.
 */
import { readFileSync } from 'node:fs';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { parseClaims, type Claim } from '$lib/data/claims';
import { natoOfficialTotals } from '$lib/data/nato-official';
import { CHART_FONT_SIZE } from '$lib/charts/defaults';
import type { ChartModel } from '$lib/charts/model';
import {
	spendingFigures,
	STATE_IDS,
	type SpendingFigures,
	type SpendingSources,
	type StateId
} from '$lib/charts/defence-spending/figures';
import { statePlot } from '$lib/charts/defence-spending/plots';
import { sizeNamed, SIZES } from '$lib/charts/defence-spending/sizes';
import { compactSvg } from '$lib/charts/defence-spending/svg';
import { spendingFacts } from '$lib/charts/defence-spending/facts';
import { spendingModel, type SpendingState } from '$lib/charts/defence-spending/text';
import { dataset, type Dataset } from './dataset';

/** The id of the claim this chart checks, in data/claims.csv. */
export const SHARE_CLAIM = 'share';

function claims(): Claim[] {
	const file = 'data/claims.csv';
	return parseClaims(readFileSync(file, 'utf8'), file);
}

/** What the chart is drawn from: the latest SIPRI release, the one at the claim, NATO's totals. */
export function spendingSources(data: Dataset = dataset(), claimList = claims()): SpendingSources {
	const claim = claimList.find((c) => c.id === SHARE_CLAIM);
	if (!claim)
		throw new RangeError(
			`defence-spending: data/claims.csv has no claim "${SHARE_CLAIM}"; add the share of world spending the report gave`
		);
	const latest = data.spending[data.spending.length - 1];
	const atClaim = data.spending.find((r) => r.release === claim.year);
	if (!latest || !atClaim)
		throw new RangeError(
			`defence-spending: data/spending/ needs SIPRI's release with data to ${claim.year} and the latest; ` +
				`run npm run data:import -- --sipri <workbook>`
		);
	return {
		latest,
		atClaim,
		official: natoOfficialTotals(data.natoOfficial, data.members),
		members: data.members,
		claim
	};
}

let figures: SpendingFigures | undefined;

/** Every state's figures, computed once per build. */
export function defenceSpendingFigures(): SpendingFigures {
	return (figures ??= spendingFigures(spendingSources()));
}

/** The chart's model (titles, descriptions, tables, sources) for the pages. */
export function defenceSpendingModel(): ChartModel<SpendingState> {
	return spendingModel(defenceSpendingFigures());
}

/** The facts the story's copy takes from this chart (`{share.2019.current}`, `{us.share.2019}`, …). */
export function defenceSpendingFacts() {
	return spendingFacts(spendingSources());
}

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/**
 * Renders Plot options to an SVG string with linkedom, trimmed for inlining. The type size is an
 * attribute, not Plot's style attribute, which a Content-Security-Policy would refuse.
 */
export function renderPlot(options: Plot.PlotOptions): string {
	const svg = Plot.plot({ ...options, document: document as unknown as Document });
	svg.removeAttribute('style');
	svg.setAttribute('font-size', String(CHART_FONT_SIZE));
	return compactSvg(svg.outerHTML);
}

/** The island `name` = `<state>-<size>`, e.g. `share-compact`. */
export function spendingIsland(
	name: string,
	f: SpendingFigures = defenceSpendingFigures()
): string {
	const size = SIZES.find((s) => name.endsWith(`-${s.name}`));
	const state = size && name.slice(0, -size.name.length - 1);
	if (!size || !(STATE_IDS as readonly string[]).includes(state!))
		throw new RangeError(
			`defence-spending: no island "${name}"; islands are <state>-<size>, states ${STATE_IDS.join(', ')}, sizes ${SIZES.map((s) => s.name).join(', ')}`
		);
	return renderPlot(statePlot(f, state as StateId, sizeNamed(size.name)));
}
