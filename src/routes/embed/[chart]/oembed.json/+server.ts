// `/embed/<chart>/oembed.json`: the chart's oEmbed description, prerendered for each chart.
import { error, json } from '@sveltejs/kit';
import { CHART_IDS } from '$lib/charts/model';
import { INITIAL_HEIGHTS, PROVIDER_NAME, siteUrl } from '$lib/embed/links';
import { chartModel, isChartId } from '$lib/embed/models.server';
import { oembed } from '$lib/embed/oembed';
import { FALLBACK_SIZE, fallbackPath } from '$lib/export/fallback';

export const prerender = true;
export const trailingSlash = 'never';

export function entries() {
	return CHART_IDS.map((chart) => ({ chart }));
}

export function GET({ params }) {
	if (!isChartId(params.chart)) error(404, `oembed: no chart "${params.chart}"`);
	const model = chartModel(params.chart);
	return json(
		oembed({
			site: siteUrl(process.env.SITE_URL),
			chart: model.chart,
			title: model.title,
			provider: PROVIDER_NAME,
			width: 600,
			height: INITIAL_HEIGHTS[model.chart],
			thumbnail: {
				path: fallbackPath(model.chart, model.defaultKey),
				width: FALLBACK_SIZE.width * FALLBACK_SIZE.scale,
				height: FALLBACK_SIZE.height * FALLBACK_SIZE.scale
			}
		})
	);
}
