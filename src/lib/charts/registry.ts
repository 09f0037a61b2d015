/**
 * Every chart of the project. A chart is a folder under src/lib/charts/ that exports a
 * `ChartDefinition` (chart.ts), and a line here; everything that lists charts reads this list:
 * the embed pages, the story, the islands, oEmbed and the build's manifest (charts.json, which
 * the command-line export, the fallbacks, the benchmark and the browser tests read).
 */
import type { Chart } from './chart';
import { defenceSpending } from './defence-spending/definition';
import { membershipMap } from './membership-map/definition';

export const CHARTS: readonly Chart[] = [membershipMap, defenceSpending];

/** The definition of chart `id` in `charts` (default every chart); undefined for another word. */
export function findChart(id: string, charts: readonly Chart[] = CHARTS): Chart | undefined {
	return charts.find((c) => c.id === id);
}

/** The definition of chart `id`; throws, naming the charts, for another word. */
export function chartDefinition(id: string, charts: readonly Chart[] = CHARTS): Chart {
	const found = findChart(id, charts);
	if (!found)
		throw new RangeError(
			`charts: no chart "${id}"; the charts are ${charts.map((c) => c.id).join(', ')}`
		);
	return found;
}
