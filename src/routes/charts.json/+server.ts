// `/charts.json`: the build's manifest of its charts (charts/manifest.ts), prerendered.
import { json } from '@sveltejs/kit';
import { chartManifest } from '$lib/charts/manifest';
import { CHARTS } from '$lib/charts/registry';

export const prerender = true;

export function GET() {
	return json(chartManifest(CHARTS));
}
