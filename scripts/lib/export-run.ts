/**
 * Draws export jobs in Chromium with the site's own exporter (`/js/export-png.js`, the script the
 * "Download PNG" control loads), on the chart's embed page served from the build on loopback.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { ExportMeta } from '../../src/lib/export/meta';
import { launchOptions } from './chromium';
import { chartPage, EXPORTER_SCRIPT } from './export-build';
import type { ExportJob } from './export-plan';
import { serveStatic, type StaticServer } from './static-server';

/** A drawn image: the PNG, its words, and its size in CSS pixels. */
export interface Rendered {
	png: Buffer;
	meta: ExportMeta;
	width: number;
	height: number;
	scale: number;
}

/** An export failed in the page (e.g. a height too small for the chart); the message says why. */
export class RenderError extends Error {
	override name = 'RenderError';
}

/** A browser with the built site open, ready to draw jobs. */
export interface Exporter {
	render(job: ExportJob): Promise<Rendered>;
	close(): Promise<void>;
}

interface PageResult {
	png: string;
	meta: ExportMeta;
	width: number;
	height: number;
	scale: number;
}

/** Serves `dir` and starts Chromium; call `close()` when done. */
export async function openExporter(dir: string): Promise<Exporter> {
	const server: StaticServer = await serveStatic(dir);
	let browser: Browser | undefined;
	try {
		browser = await chromium.launch(launchOptions());
	} catch (error) {
		await server.close();
		const message = error instanceof Error ? error.message : String(error);
		// No Chromium found says how to install one; any other failure to start says what happened.
		throw new RenderError(
			message.startsWith('chromium:') ? message : `export: Chromium did not start: ${message}`
		);
	}
	const context: BrowserContext = await browser.newContext({
		viewport: { width: 800, height: 900 },
		deviceScaleFactor: 1,
		colorScheme: 'light',
		reducedMotion: 'reduce'
	});
	const pages = new Map<string, Page>();
	const errors: string[] = [];

	async function pageFor(chart: string): Promise<Page> {
		let page = pages.get(chart);
		if (page) return page;
		page = await context.newPage();
		page.on('pageerror', (e) => errors.push(e.message));
		const response = await page.goto(`${server.origin}/${chartPage(chart)}`, { waitUntil: 'load' });
		if (!response?.ok())
			throw new RenderError(`export: ${chartPage(chart)} answered ${response?.status()}`);
		await page.evaluate(
			(src) =>
				(window as unknown as Record<string, unknown>).natoChartsExport ??
				new Promise<void>((resolve, reject) => {
					const script = document.createElement('script');
					script.src = src;
					script.onload = () => resolve();
					script.onerror = () => reject(new Error(`could not load ${src}`));
					document.head.append(script);
				}),
			`${server.origin}/${EXPORTER_SCRIPT}`
		);
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		pages.set(chart, page);
		return page;
	}

	return {
		async render(job) {
			const page = await pageFor(job.chart);
			const viewport = { width: job.width, height: job.height ?? 900 };
			const now = page.viewportSize();
			if (now?.width !== viewport.width || now.height !== viewport.height)
				await page.setViewportSize(viewport);
			let result: PageResult;
			try {
				result = await page.evaluate(
					async ({ chart, options }) => {
						type Api = {
							exportSvg(
								f: HTMLElement,
								o: object
							): Promise<{ svg: string; width: number; height: number; scale: number }>;
							rasterise(svg: string, width: number, height: number): Promise<Blob>;
							exportMeta(f: HTMLElement, s?: string): ExportMeta;
						};
						const api = (window as unknown as { natoChartsExport: Api }).natoChartsExport;
						const figure = document.querySelector<HTMLElement>(
							`figure.chart[data-chart="${chart}"]`
						);
						if (!figure) throw new Error(`export: the page holds no figure for ${chart}`);
						// exportPng(figure, options), in its two steps, to learn the size too.
						const { svg, width, height, scale } = await api.exportSvg(figure, options);
						const blob = await api.rasterise(svg, width * scale, height * scale);
						const bytes = new Uint8Array(await blob.arrayBuffer());
						let binary = '';
						for (let i = 0; i < bytes.length; i += 0x8000)
							binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
						return {
							png: btoa(binary),
							meta: api.exportMeta(figure, options.state),
							width,
							height,
							scale
						};
					},
					{
						chart: job.chart,
						options: {
							state: job.state,
							theme: job.theme,
							width: job.width,
							...(job.height !== undefined ? { height: job.height } : {}),
							scale: job.scale,
							transparent: job.transparent,
							plain: job.plain
						}
					}
				);
			} catch (error) {
				const message = String((error as Error).message ?? error);
				const m = /(export: [^\n]*)/.exec(message);
				throw new RenderError(m ? m[1]! : `export: drawing ${job.name} failed: ${message}`);
			}
			if (errors.length)
				throw new RenderError(`export: the page reported an error: ${errors.join('; ')}`);
			return { ...result, png: Buffer.from(result.png, 'base64') };
		},
		async close() {
			await browser?.close();
			await server.close();
		}
	};
}

/**
 * Draws every job, each chart's on its own page at the same time (one renderer process each), and
 * returns the images in the jobs' order.
 */
export async function renderAll(
	exporter: Exporter,
	jobs: readonly ExportJob[]
): Promise<Rendered[]> {
	const results: Rendered[] = new Array(jobs.length);
	const charts = [...new Set(jobs.map((j) => j.chart))];
	await Promise.all(
		charts.map(async (chart) => {
			for (const [i, job] of jobs.entries())
				if (job.chart === chart) results[i] = await exporter.render(job);
		})
	);
	return results;
}
