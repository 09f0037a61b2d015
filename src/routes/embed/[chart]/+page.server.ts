// `/embed/<chart>/`: one page per chart of the registry, prerendered; the chart itself is an
// island (page-islands.ts), so its model stays out of the page's data.
import { error } from '@sveltejs/kit';
import { CHARTS, findChart } from '$lib/charts/registry';
import type { EmbedPage } from '$lib/embed/page';

export function entries() {
	return CHARTS.map((chart) => ({ chart: chart.id }));
}

export function load({ params }): { embed: EmbedPage } {
	const chart = findChart(params.chart);
	if (!chart)
		error(
			404,
			`embed: no chart "${params.chart}"; the charts are ${CHARTS.map((c) => c.id).join(', ')}`
		);
	const model = chart.model();
	const state = model.states.find((s) => s.key === model.defaultKey)!;
	return {
		embed: {
			chart: chart.id,
			title: model.title,
			state: model.defaultKey,
			description: state.description
		}
	};
}
