// The embed index: for every chart and every story step, the code a journalist copies.
import {
	embedCode,
	embedPath,
	INITIAL_HEIGHTS,
	oembedPath,
	siteUrl,
	storyCode
} from '$lib/embed/links';
import { chartModels } from '$lib/embed/models.server';
import { loadStory } from '$lib/server/story';

export function load() {
	const site = siteUrl(process.env.SITE_URL);
	const models = chartModels();
	const charts = models.map((model) => ({
		chart: model.chart,
		title: model.title,
		path: embedPath(model.chart),
		oembed: oembedPath(model.chart),
		height: INITIAL_HEIGHTS[model.chart],
		code: embedCode({ site, chart: model.chart, title: model.title })
	}));
	const loaded = loadStory(models);
	const story = { title: loaded.headline, code: storyCode(site, loaded.headline) };
	const steps = loaded.steps.map((step) => {
		const model = models.find((m) => m.chart === step.chart)!;
		const query = `step=${encodeURIComponent(step.state)}`;
		const title = `${model.title}: ${step.label}`;
		return {
			id: step.id,
			label: step.label,
			chartTitle: model.title,
			path: embedPath(step.chart, query),
			code: embedCode({ site, chart: step.chart, title, query })
		};
	});
	return { charts, story, steps };
}
