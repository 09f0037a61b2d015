/**
 * The benchmark run: build, serve, measure every figure (each the median of several runs in fresh
 * browser contexts), compare with the budgets, and write the results.
 */
import { chromium, type Browser } from '@playwright/test';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchOptions } from '../chromium';
import {
	compare,
	inSection,
	parseBudgets,
	type Budget,
	type Figures,
	type Verdict
} from './budgets';
import { builtFiles, firstLoad, loadBytes, type BuiltFile, type Received } from './bytes';
import { BYTE_TYPES } from './classify';
import { measureExport, EXPORT_FIGURES } from './export';
import { measureLoad, NOT_QUIET, type LoadFigures } from './load';
import { HOST_LOADER, pagesToMeasure, STORY } from './pages';
import type { ScrollRecording } from './probe';
import { DESKTOP, FAST_4G, PHONE, unthrottled, type Profile } from './profiles';
import { measureScroll, SCROLL_SPEED, type ScrollFigures, type StepFigures } from './scroll';
import { serveStatic } from '../static-server';
import { medianOf } from './stats';

export const BUDGETS_FILE = 'bench/budgets.json';

export interface BenchOptions {
	/** `bytes`: only the byte figures and budgets, no throttling (cheap, for CI). */
	mode: 'full' | 'bytes';
	/** Runs per figure (fresh browser context each). */
	runs: number;
	/** The build directory to serve. */
	dir: string;
	/** Loopback port; 0 for any free one. */
	port: number;
	/** Serve brotli to browsers that accept it (default: gzip only, as the budgets are gzip). */
	brotli: boolean;
}

export interface BenchResult {
	when: string;
	mode: BenchOptions['mode'];
	machine: Record<string, string | number>;
	settings: Record<string, unknown>;
	build: string;
	figures: Figures;
	/** Every run's own figures, by `<section>:<subject>`. */
	runs: Record<string, Record<string, number | null>[]>;
	/** What each page requested on its (first run's) first load. */
	requests: Record<string, Received[]>;
	/** The element of the largest contentful paint in each run, by `<profile>:<page>`. */
	lcpElements: Record<string, string[]>;
	/** The first scroll's raw recording (frame times, crossings, state changes), to look into. */
	scrollRecording: ScrollRecording | null;
	/** The build's files with their sizes, per type (gzip). */
	files: {
		totals: Record<string, { count: number; raw: number; gzip: number; brotli: number }>;
		hostLoader: BuiltFile | null;
	};
	verdicts: Verdict[];
}

const LOAD_NAMES: (keyof LoadFigures)[] = [
	'fcp',
	'lcp',
	'chartOnScreen',
	'chartAtFirstPaint',
	'cls',
	'tti',
	'tbt',
	'longTasks',
	'load'
];
const SCROLL_NAMES: (keyof ScrollFigures)[] = [
	'p50',
	'p95',
	'max',
	'over16',
	'over33',
	'frames',
	'longTasks',
	'mainThread',
	'duration',
	'speed',
	'steps'
];
const STEP_NAMES: (keyof StepFigures)[] = [
	'median',
	'worst',
	'changes',
	'lateFrames',
	'engineWorst',
	'markedWorst'
];

/** Runs the benchmark; `log` gets progress lines. */
export async function runBench(
	options: BenchOptions,
	build: string,
	log: (line: string) => void
): Promise<BenchResult> {
	const loadBefore = load();
	const budgets: Budget[] = parseBudgets(readFileSync(BUDGETS_FILE, 'utf8'), BUDGETS_FILE);
	const figures: Figures = { values: {}, missing: {} };
	const runs: BenchResult['runs'] = {};
	const requests: BenchResult['requests'] = {};
	let scrollRecording: ScrollRecording | null = null;
	const lcpElements: Record<string, string[]> = {};
	const set = (prefix: string, values: Record<string, number | null>) => {
		for (const [name, value] of Object.entries(values)) figures.values[`${prefix}:${name}`] = value;
	};
	const miss = (prefix: string, names: readonly string[], reason: string) => {
		for (const name of names) {
			figures.values[`${prefix}:${name}`] = null;
			figures.missing[`${prefix}:${name}`] = reason;
		}
	};
	/** Runs `measure` `options.runs` times and keeps the medians. */
	const repeat = async <T extends Record<string, number | null>>(
		key: string,
		measure: () => Promise<T>
	): Promise<Record<string, number | null>> => {
		const all: T[] = [];
		for (let i = 0; i < options.runs; i++) all.push(await measure());
		runs[key] = all;
		return medianOf(all);
	};

	const server = await serveStatic(options.dir, { port: options.port, brotli: options.brotli });
	const browser: Browser = await chromium.launch(launchOptions());
	const pages = pagesToMeasure(options.dir);
	const byteNames = [...BYTE_TYPES, 'total', 'requests'];
	try {
		log(`bench: serving ${options.dir}/ at ${server.origin}; Chromium ${browser.version()}`);

		// Bytes of each page's first load (no throttling: it does not change what is sent).
		for (const page of pages) {
			const prefix = `bytes:${page.path}`;
			if (!page.built) {
				miss(prefix, byteNames, `missing: ${page.path} is not in the build; ${page.note}`);
				continue;
			}
			log(`bench: bytes of ${page.path}`);
			set(
				prefix,
				await repeat(prefix, async () => {
					const received = await firstLoad(browser, server.origin + page.path, unthrottled(PHONE));
					requests[page.path] ??= received;
					return { ...loadBytes(received), requests: received.length };
				})
			);
		}
		const loaderPrefix = `bytes:${HOST_LOADER}`;
		if (
			existsSync(join(options.dir, HOST_LOADER)) &&
			readFileSync(join(options.dir, HOST_LOADER)).length > 0
		) {
			log(`bench: bytes of ${HOST_LOADER}`);
			const received = await firstLoad(browser, server.origin + HOST_LOADER, unthrottled(DESKTOP));
			requests[HOST_LOADER] = received;
			set(loaderPrefix, { ...loadBytes(received), requests: received.length });
		} else
			miss(
				loaderPrefix,
				byteNames,
				`missing: ${HOST_LOADER} is empty or not built; embeds, issue 5`
			);

		const files = builtFiles(options.dir);
		const fileTotals = totals(files);
		for (const type of [...BYTE_TYPES, 'total'])
			figures.values[`static:all:${type}`] = fileTotals[type]?.gzip ?? 0;
		const hostLoader = files.find((f) => f.path === HOST_LOADER) ?? null;

		if (options.mode === 'full') {
			for (const profile of [PHONE, DESKTOP]) {
				for (const page of pages) {
					const prefix = `${profile.name}:${page.path}`;
					if (!page.built) {
						miss(prefix, LOAD_NAMES, `missing: ${page.path} is not in the build; ${page.note}`);
						continue;
					}
					log(`bench: ${profile.name} load of ${page.path} ×${options.runs}`);
					set(
						prefix,
						await repeat(prefix, () =>
							measureLoad(browser, server.origin + page.path, profile, (element) => {
								(lcpElements[prefix] ??= []).push(element);
							})
						)
					);
					for (const name of ['tti', 'tbt'])
						if (figures.values[`${prefix}:${name}`] === null)
							figures.missing[`${prefix}:${name}`] = NOT_QUIET;
				}
			}
			await scrollFigures(
				browser,
				server.origin,
				pages.find((p) => p.path === STORY)?.built ?? false
			);
			log('bench: export');
			const exported = await measureExport(browser, server.origin, options);
			for (const [subject, result] of Object.entries(exported)) {
				const prefix = `export:${subject}`;
				if ('missing' in result)
					miss(prefix, EXPORT_FIGURES[subject as keyof typeof EXPORT_FIGURES], result.missing);
				else {
					runs[prefix] = result.runs;
					set(prefix, medianOf(result.runs));
				}
			}
		}

		const checked = options.mode === 'bytes' ? inSection(budgets, ['bytes']) : budgets;
		return {
			when: new Date().toISOString(),
			mode: options.mode,
			machine: await machine(browser, loadBefore),
			settings: {
				runs: options.runs,
				encoding: options.brotli ? 'brotli (quality 11) where accepted, else gzip -9' : 'gzip -9',
				kilobyte: 1000,
				phone: describe(PHONE),
				desktop: describe(DESKTOP),
				fast4g: FAST_4G,
				scrollSpeed: SCROLL_SPEED
			},
			build,
			figures,
			runs,
			requests,
			lcpElements,
			scrollRecording,
			files: { totals: fileTotals, hostLoader },
			verdicts: compare(checked, figures)
		};
	} finally {
		await browser.close();
		await server.close();
	}

	async function scrollFigures(browser: Browser, origin: string, built: boolean): Promise<void> {
		if (!built) {
			const reason = `missing: ${STORY} is not in the build; the story, issue 4`;
			miss(`scroll:${STORY}`, SCROLL_NAMES, reason);
			miss(`step:${STORY}`, STEP_NAMES, reason);
			return;
		}
		log(`bench: phone scroll through ${STORY} ×${options.runs}`);
		const scrolls: ScrollFigures[] = [];
		const steps: StepFigures[] = [];
		let missing = '';
		for (let i = 0; i < options.runs; i++) {
			const result = await measureScroll(browser, origin + STORY, PHONE);
			if ('missing' in result) {
				missing = result.missing;
				break;
			}
			scrollRecording ??= result.recording;
			scrolls.push(result.scroll);
			steps.push(result.step);
		}
		if (missing) {
			miss(`scroll:${STORY}`, SCROLL_NAMES, missing);
			miss(`step:${STORY}`, STEP_NAMES, missing);
			return;
		}
		runs[`scroll:${STORY}`] = scrolls;
		runs[`step:${STORY}`] = steps;
		set(`scroll:${STORY}`, medianOf(scrolls));
		const step = medianOf(steps);
		if (!scrolls.some((s) => (s.steps ?? 0) > 0))
			miss(
				`step:${STORY}`,
				STEP_NAMES,
				`missing: no story steps (${'[data-step]'}) on ${STORY}; the story, issue 4`
			);
		else if (step.worst === null)
			miss(
				`step:${STORY}`,
				STEP_NAMES,
				`missing: no figure changed its data-state while scrolling ${STORY}; the story, issue 4`
			);
		else set(`step:${STORY}`, step);
	}
}

/** Count and sizes of the build's files per type, and in `total`. */
function totals(files: readonly BuiltFile[]) {
	const out: BenchResult['files']['totals'] = {};
	for (const file of files) {
		for (const key of [file.type, 'total']) {
			const t = (out[key] ??= { count: 0, raw: 0, gzip: 0, brotli: 0 });
			t.count++;
			t.raw += file.raw;
			t.gzip += file.gzip;
			t.brotli += file.brotli;
		}
	}
	return out;
}

function describe(profile: Profile) {
	return {
		viewport: profile.context.viewport,
		deviceScaleFactor: profile.context.deviceScaleFactor ?? 1,
		cpuSlowdown: profile.cpu,
		network: profile.network ? 'Fast 4G' : 'none'
	};
}

/** The 1-minute load average, to two decimals. */
const load = () => Math.round(loadavg()[0]! * 100) / 100;

async function machine(browser: Browser, loadBefore: number): Promise<BenchResult['machine']> {
	return {
		cpus: cpus().length,
		cpu: cpus()[0]?.model ?? '',
		memoryGB: Math.round(totalmem() / 1e9),
		/** Other work on the machine skews the timings: the 1-minute load average before the run… */
		loadBefore,
		/** …and after it (the run itself adds about one). */
		loadAfter: load(),
		os: `${osType()} ${release()}`,
		node: process.version,
		chromium: browser.version()
	};
}
