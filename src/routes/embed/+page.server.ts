// The embed index: for every chart and every story step, the code a journalist copies.
import { CHARTS, chartDefinition } from '$lib/charts/registry';
import { embedCode, embedPath, oembedPath, siteUrl, storyCode } from '$lib/embed/links';
import { loadStory } from '$lib/server/story';

export function load() {
	const site = siteUrl(process.env.SITE_URL);
	const models = CHARTS.map((chart) => chart.model());
	const charts = CHARTS.map((chart, i) => ({
		chart: chart.id,
		title: models[i]!.title,
		path: embedPath(chart.id),
		oembed: oembedPath(chart.id),
		height: chart.embedHeight,
		code: embedCode({
			site,
			chart: chart.id,
			title: models[i]!.title,
			height: chart.embedHeight
		})
	}));
	const loaded = loadStory(CHARTS);
	const story = { title: loaded.headline, code: storyCode(site, loaded.headline) };
	const steps = loaded.steps.map((step) => {
		const model = models.find((m) => m.chart === step.chart)!;
		const query = `step=${encodeURIComponent(step.state)}`;
		const title = `${model.title}: ${step.label}`;
		const height = chartDefinition(step.chart).embedHeight;
		return {
			id: step.id,
			label: step.label,
			chartTitle: model.title,
			path: embedPath(step.chart, query),
			code: embedCode({ site, chart: step.chart, title, query, height })
		};
	});
	return { charts, story, steps };
}
