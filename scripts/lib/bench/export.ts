/**
 * PNG export timing: in the browser (the exporter the "Download PNG" control loads, at 2×, one
 * image per chart on its embed page), and in the CLI (per image, once its browser has started).
 */
import type { Browser } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHART_IDS } from '../../../src/lib/charts/model';
import { parseExportArgs } from '../export-args';
import { readBuild } from '../export-build';
import { planExports, type ExportJob } from '../export-plan';
import { openExporter } from '../export-run';
import { openPage, trackNetwork } from './page';
import { builtPages } from './pages';
import { DESKTOP } from './profiles';

/** The exporter script in the build, and the global it defines (src/lib/export/control.ts). */
export const EXPORTER = { script: '/js/export-png.js', global: 'natoChartsExport' } as const;

/** Figures of each export subject: the slowest image, the mean, and how many images. */
export const EXPORT_FIGURES = ['perImage', 'mean', 'images'] as const;
export type ExportFigures = Record<(typeof EXPORT_FIGURES)[number], number | null>;

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
 * The CLI's own exporter (`npm run export` draws with it): every state of every built chart, each
 * image timed once the browser has started; the first image of a chart includes opening its page.
 */
async function inCli(options: { dir: string; runs: number }): Promise<ExportResult> {
	const built = CHART_IDS.filter((chart) =>
		existsSync(join(options.dir, 'embed', chart, 'index.html'))
	);
	if (built.length === 0) return { missing: 'missing: no chart embed page in the build to export' };
	const jobs: ExportJob[] = built.flatMap((chart) => {
		const args = parseExportArgs(['--chart', chart, ...CLI_ARGS]);
		return planExports(args, readBuild(options.dir, args.charts));
	});
	const runs: ExportFigures[] = [];
	for (let i = 0; i < options.runs; i++) {
		const exporter = await openExporter(options.dir);
		const times: number[] = [];
		try {
			for (const job of jobs) {
				const start = performance.now();
				const image = await exporter.render(job);
				if (image.png.length === 0) throw new Error(`bench: the CLI drew an empty ${job.name}`);
				times.push(performance.now() - start);
			}
		} finally {
			await exporter.close();
		}
		runs.push({
			perImage: Math.max(...times),
			mean: times.reduce((a, b) => a + b, 0) / times.length,
			images: times.length
		});
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
		return { missing: `missing: ${EXPORTER.script} is not in the build (PNG export, issue 6)` };
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
