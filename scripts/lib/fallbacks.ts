/**
 * Build-time fallback images (after `vite build`): every `fallback/<chart>/<state>.png` the built
 * pages refer to, plus each chart's default state, drawn with the same exporter as the CLI.
 */
import { join } from 'node:path';
import { FALLBACK_SIZE, fallbackPath } from '../../src/lib/export/fallback';
import { UsageError } from './export-args';
import { fallbackReferences, readBuild, type BuiltChart } from './export-build';
import type { ExportJob } from './export-plan';
import { openExporter, renderAll } from './export-run';
import { writeAtomically } from './write-atomically';

/** The fallback images a build needs; a reference to an unknown chart or state is a UsageError. */
export function fallbackJobs(
	charts: readonly BuiltChart[],
	refs: { chart: string; state: string; file: string }[]
): ExportJob[] {
	const wanted = new Map<string, { chart: string; state: string; from?: string }>();
	const add = (chart: BuiltChart, key: string) => {
		const state = chart.states.find((s) => s.key === key)!;
		wanted.set(fallbackPath(chart.chart, key), {
			chart: chart.chart,
			state: key,
			...(state.from ? { from: state.from } : {})
		});
	};
	for (const chart of charts) add(chart, chart.defaultKey);
	for (const ref of refs) {
		const chart = charts.find((c) => c.chart === ref.chart);
		if (!chart)
			throw new UsageError(
				`fallbacks: ${ref.file} refers to ${fallbackPath(ref.chart, ref.state)}, but no chart "${ref.chart}" is built; the built charts are ${charts.map((c) => c.chart).join(', ') || 'none'}`
			);
		if (!chart.states.some((s) => s.key === ref.state))
			throw new UsageError(
				`fallbacks: ${ref.file} refers to ${fallbackPath(ref.chart, ref.state)}, but ${ref.chart} has no state "${ref.state}"; its states are ${chart.states.map((s) => s.key).join(', ')}`
			);
		add(chart, ref.state);
	}
	const { width, height, scale, theme } = FALLBACK_SIZE;
	return [...wanted.entries()].map(([path, w]) => ({
		...w,
		theme,
		width,
		height,
		scale,
		transparent: false,
		plain: false,
		name: path.replace(/\.png$/, '')
	}));
}

/** Writes the fallback images into `dir`; returns how many and how long it took. */
export async function buildFallbacks(dir: string): Promise<{ count: number; ms: number }> {
	const started = performance.now();
	const charts = readBuild(dir);
	const jobs = fallbackJobs(charts, fallbackReferences(dir));
	const exporter = await openExporter(dir);
	let drawn;
	try {
		drawn = await renderAll(exporter, jobs);
	} finally {
		await exporter.close();
	}
	await writeAtomically(
		drawn.map((rendered, i) => ({ path: join(dir, `${jobs[i]!.name}.png`), data: rendered.png }))
	);
	return { count: jobs.length, ms: performance.now() - started };
}
