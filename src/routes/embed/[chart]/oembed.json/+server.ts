// `/embed/<chart>/oembed.json`: the chart's oEmbed description, prerendered for each chart.
import { error, json } from '@sveltejs/kit';
import { CHARTS, findChart } from '$lib/charts/registry';
import { PROVIDER_NAME, siteUrl } from '$lib/embed/links';
import { oembed } from '$lib/embed/oembed';
import { FALLBACK_SIZE, fallbackPath } from '$lib/export/fallback';

export const prerender = true;
export const trailingSlash = 'never';

export function entries() {
	return CHARTS.map((chart) => ({ chart: chart.id }));
}

export function GET({ params }) {
	const chart = findChart(params.chart);
	if (!chart) error(404, `oembed: no chart "${params.chart}"`);
	const model = chart.model();
	return json(
		oembed({
			site: siteUrl(process.env.SITE_URL),
			chart: chart.id,
			title: model.title,
			provider: PROVIDER_NAME,
			width: 600,
			height: chart.embedHeight,
			thumbnail: {
				path: fallbackPath(chart.id, model.defaultKey),
				width: FALLBACK_SIZE.width * FALLBACK_SIZE.scale,
				height: FALLBACK_SIZE.height * FALLBACK_SIZE.scale
			}
		})
	);
}
