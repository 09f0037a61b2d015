/** Each chart's build-time model by id: what the embed index and the oEmbed JSON describe. */
import { CHART_IDS, type ChartId, type ChartModel } from '$lib/charts/model';
import { defenceSpendingModel } from '$lib/server/defence-spending';
import { mapModel } from '$lib/server/membership-map';

const MODELS: Readonly<Record<ChartId, () => ChartModel>> = {
	'membership-map': mapModel,
	'defence-spending': defenceSpendingModel
};

/** True for the id of one of our charts. */
export function isChartId(id: string): id is ChartId {
	return (CHART_IDS as readonly string[]).includes(id);
}

/** The model of `chart`; throws for an id that is not one of CHART_IDS. */
export function chartModel(chart: ChartId): ChartModel {
	if (!Object.hasOwn(MODELS, chart))
		throw new RangeError(`embed: no chart "${chart}"; the charts are ${CHART_IDS.join(', ')}`);
	return MODELS[chart]();
}

/** Every chart's model, in the order of CHART_IDS. */
export function chartModels(): ChartModel[] {
	return CHART_IDS.map(chartModel);
}
