/**
 * PNG export timing: in the browser (the exporter the "Download PNG" control loads, at 2×, one
 * image per chart on its embed page), and in the CLI (per image, once its browser has started).
 */
import type { Browser } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseExportArgs } from '../export-args';
import { readBuild, readManifest } from '../export-build';
import { planExports, type ExportJob } from '../export-plan';
import { openExporter, renderAll } from '../export-run';
import { openPage, trackNetwork } from './page';
import { builtPages } from './pages';
import { DESKTOP } from './profiles';

/** The exporter script in the build, and the global it defines (src/lib/export/control.ts). */
export const EXPORTER = { script: '/js/export-png.js', global: 'natoChartsExport' } as const;

/**
 * Figures of each export subject. In the browser: `perImage` is the slowest chart's image, `mean`
 * their mean. In the CLI: `perImage` is what `npm run export` prints, the time after the browser
 * has started divided by the images (all states of all charts); `single` is a one-image export
 * after start (opening the chart's page included).
 */
export const EXPORT_FIGURES = {
	browser: ['perImage', 'mean', 'images'],
	cli: ['perImage', 'single', 'images']
} as const;
export type ExportFigures = Record<string, number | null>;

export type ExportResult = { runs: ExportFigures[] } | { missing: string };

/** Times every export subject (`browser`, `cli`). */
export async function measureExport(
	browser: Browser,
	origin: string,
	options: { dir: string; runs: number }
): Promise<Record<'browser' | 'cli', ExportResult>> {
	return {
		browser: await inBrowser(browser, origin, options),
		cli: await inCli(options)
	};
}

/** The CLI's arguments for the benchmark: every state of a chart, at the CLI's defaults (800 px, 2×). */
export const CLI_ARGS = ['--steps', 'all'] as const;

/**
 * The CLI's own exporter, as `npm run export -- --steps all` uses it: every state of every built
 * chart drawn with `renderAll` once the browser has started; and, with a browser of its own, one
 * image alone (what `npm run export -- --chart <one>` waits for after the start).
 */
async function inCli(options: { dir: string; runs: number }): Promise<ExportResult> {
	let built: string[];
	try {
		built = readManifest(options.dir).charts.map((c) => c.id);
	} catch {
		return { missing: 'missing: no charts.json in the build to export from' };
	}
	const jobs: ExportJob[] = built.flatMap((chart) => {
		const args = parseExportArgs(['--chart', chart, ...CLI_ARGS], built);
		return planExports(args, readBuild(options.dir, args.charts));
	});
	const runs: ExportFigures[] = [];
	for (let i = 0; i < options.runs; i++) {
		const timed = async (
			draw: (exporter: Awaited<ReturnType<typeof openExporter>>) => Promise<unknown>
		) => {
			const exporter = await openExporter(options.dir);
			try {
				const start = performance.now();
				await draw(exporter);
				return performance.now() - start;
			} finally {
				await exporter.close();
			}
		};
		const single = await timed((exporter) => exporter.render(jobs[0]!));
		const all = await timed(async (exporter) => {
			const images = await renderAll(exporter, jobs);
			const empty = images.findIndex((image) => !image || image.png.length === 0);
			if (empty >= 0) throw new Error(`bench: the CLI drew an empty ${jobs[empty]!.name}`);
		});
		runs.push({ perImage: all / jobs.length, single, images: jobs.length });
	}
	return { runs };
}

/** The page's script: times `exportPng(figure, { scale: 2 })` for each figure, one after another. */
const TIME_EXPORTS = `(async () => {
	const api = window.${EXPORTER.global};
	const times = [];
	for (const figure of document.querySelectorAll('figure.chart[data-chart]')) {
		const start = performance.now();
		const blob = await api.exportPng(figure, { scale: 2 });
		if (!blob || blob.size === 0) throw new Error('exportPng gave an empty image');
		times.push(performance.now() - start);
	}
	return times;
})()`;

async function inBrowser(
	browser: Browser,
	origin: string,
	options: { dir: string; runs: number }
): Promise<ExportResult> {
	if (!existsSync(join(options.dir, EXPORTER.script)))
		return { missing: `missing: ${EXPORTER.script} is not in the build; run npm run build` };
	const embeds = builtPages(options.dir).filter((p) => p.startsWith('/embed/'));
	if (embeds.length === 0) return { missing: 'missing: no embed page to export from' };
	const runs: ExportFigures[] = [];
	for (let i = 0; i < options.runs; i++) {
		const times: number[] = [];
		for (const path of embeds) {
			const { context, page } = await openPage(browser, DESKTOP, false);
			try {
				const network = trackNetwork(page);
				await page.goto(origin + path, { waitUntil: 'load' });
				await network.quiet(300);
				// Loading the exporter is not timed: the control loads it on hover or focus.
				await page.addScriptTag({ url: origin + EXPORTER.script });
				await page.evaluate('document.fonts.ready.then(() => true)');
				times.push(...((await page.evaluate(TIME_EXPORTS)) as number[]));
			} finally {
				await context.close();
			}
		}
		if (times.length === 0)
			return { missing: 'missing: no figure.chart on the embed pages to export' };
		runs.push({
			perImage: Math.max(...times),
			mean: times.reduce((a, b) => a + b, 0) / times.length,
			images: times.length
		});
	}
	return { runs };
}
