/**
 * The benchmark run: serve each build, measure every figure (each the median of several runs in
 * fresh browser contexts; with two builds their runs take turns, run by run), compare with the
 * budgets, and give each build's results.
 */
import { chromium, type Browser } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchOptions } from '../chromium';
import { load, machine, settings, totals, type FileTotals } from './about';
import { compare, inSection, parseBudgets, type Verdict } from './budgets';
import { builtFiles, firstLoad, loadBytes, type BuiltFile } from './bytes';
import { BYTE_TYPES } from './classify';
import { alternation } from './compare';
import { measureExport, EXPORT_FIGURES } from './export';
import { measureLoad, NOT_QUIET, type LoadFigures } from './load';
import { HOST_LOADER, pagesToMeasure, STORY } from './pages';
import { DESKTOP, PHONE, unthrottled } from './profiles';
import { measureScroll, type ScrollFigures, type StepFigures } from './scroll';
import { serveStatic, type StaticServer } from '../static-server';
import { medianOf } from './stats';
import { keepRuns, missFigures, newTally, setFigures, type Tally, type Target } from './tally';

export const BUDGETS_FILE = 'bench/budgets.json';

export interface BenchOptions {
	/** `bytes`: only the byte figures and budgets, no throttling (cheap, for CI). */
	mode: 'full' | 'bytes';
	/** Runs per timed figure (fresh browser context each). */
	runs: number;
	/** Runs per byte figure, which are exact. */
	byteRuns: number;
	/** Loopback port of the last build's server; 0 for any free one (the others always are). */
	port: number;
	/** Serve brotli to browsers that accept it (default: gzip only, as the budgets are gzip). */
	brotli: boolean;
	/** Time the PNG export too (full mode). */
	exports: boolean;
}

export interface BenchResult extends Tally {
	/** The build's name (`working tree`, a git ref). */
	name: string;
	when: string;
	mode: BenchOptions['mode'];
	machine: Record<string, string | number>;
	settings: Record<string, unknown>;
	build: string;
	/** The build's files with their sizes, per type. */
	files: { totals: FileTotals; hostLoader: BuiltFile | null };
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
const BYTE_NAMES = [...BYTE_TYPES, 'total', 'requests'];

/** One build being measured: where it is served, its pages and files, and its tally. */
interface Side extends Tally {
	target: Target;
	server: StaticServer;
	pages: Map<string, { built: boolean; note: string }>;
	files: BuiltFile[];
}

/**
 * Runs `measure` `runs` times on each of `sides`, the sides taking turns run by run; gives each
 * side's runs in order.
 */
async function alternate<T>(
	sides: readonly Side[],
	runs: number,
	measure: (side: Side) => Promise<T>
): Promise<T[][]> {
	const all = sides.map((): T[] => []);
	for (const { build } of alternation(runs, sides.length))
		all[build]!.push(await measure(sides[build]!));
	return all;
}

/**
 * The pages any build has, each with the builds that have it; a build without it has the
 * figures `names` under `<section>:<page>` marked not measured.
 */
function pagesOf(sides: readonly Side[], section: string, names: readonly string[]) {
	const paths = [...new Set(sides.flatMap((side) => [...side.pages.keys()]))].sort();
	return paths.map((path) => {
		const built = sides.filter((side) => side.pages.get(path)?.built);
		for (const side of sides)
			if (!built.includes(side))
				missFigures(
					side,
					`${section}:${path}`,
					names,
					`missing: ${path} is not in the build; ${side.pages.get(path)?.note ?? 'a page of another build'}`
				);
		return { path, built };
	});
}

/** Runs the benchmark on each target; `log` gets progress lines. One result per target. */
export async function runBench(
	options: BenchOptions,
	targets: readonly Target[],
	log: (line: string) => void
): Promise<BenchResult[]> {
	const loadBefore = load();
	const budgets = parseBudgets(readFileSync(BUDGETS_FILE, 'utf8'), BUDGETS_FILE);
	const browser: Browser = await chromium.launch(launchOptions());
	const sides: Side[] = [];
	try {
		for (const [i, target] of targets.entries()) {
			const port = i === targets.length - 1 ? options.port : 0;
			const server = await serveStatic(target.dir, { port, brotli: options.brotli });
			const pages = new Map(pagesToMeasure(target.dir).map(({ path, ...page }) => [path, page]));
			sides.push({ ...newTally(), target, server, pages, files: builtFiles(target.dir) });
			log(`bench: serving ${target.name} (${target.dir}/) at ${server.origin}`);
		}
		log(
			`bench: Chromium ${browser.version()}` +
				(sides.length > 1 ? `; the builds take turns run by run, ${options.runs} runs each` : '')
		);
		await byteFigures(browser, sides, options.byteRuns, log);
		if (options.mode === 'full') {
			await loadFigures(browser, sides, options.runs, log);
			await scrollFigures(browser, sides, options.runs, log);
			if (options.exports)
				for (const side of sides) {
					log(`bench: export (${side.target.name})`);
					const exported = await measureExport(browser, side.server.origin, {
						dir: side.target.dir,
						runs: options.runs
					});
					for (const [subject, result] of Object.entries(exported)) {
						const names = EXPORT_FIGURES[subject as keyof typeof EXPORT_FIGURES];
						if ('missing' in result) missFigures(side, `export:${subject}`, names, result.missing);
						else keepRuns(side, `export:${subject}`, result.runs);
					}
				}
		}
		const checked = options.mode === 'bytes' ? inSection(budgets, ['bytes']) : budgets;
		const when = new Date().toISOString();
		const about = machine(browser, loadBefore);
		return sides.map((side) => ({
			name: side.target.name,
			when,
			mode: options.mode,
			machine: about,
			settings: settings(options),
			build: side.target.build,
			figures: side.figures,
			runs: side.runs,
			requests: side.requests,
			lcpElements: side.lcpElements,
			scrollRecording: side.scrollRecording,
			files: {
				totals: totals(side.files),
				hostLoader: side.files.find((f) => f.path === HOST_LOADER) ?? null
			},
			verdicts: compare(checked, side.figures)
		}));
	} finally {
		await browser.close();
		for (const side of sides) await side.server.close();
	}
}

/** Bytes of each page's first load (no throttling: it does not change what is sent). */
async function byteFigures(
	browser: Browser,
	sides: Side[],
	runs: number,
	log: (line: string) => void
): Promise<void> {
	for (const { path, built } of pagesOf(sides, 'bytes', BYTE_NAMES)) {
		log(`bench: bytes of ${path}`);
		const all = await alternate(built, runs, async (side) => {
			const received = await firstLoad(browser, side.server.origin + path, unthrottled(PHONE));
			side.requests[path] ??= received;
			return { ...loadBytes(received), requests: received.length };
		});
		built.forEach((side, i) => keepRuns(side, `bytes:${path}`, all[i]!));
	}
	const hasLoader = (side: Side) => {
		const file = join(side.target.dir, HOST_LOADER);
		return existsSync(file) && readFileSync(file).length > 0;
	};
	const withLoader = sides.filter(hasLoader);
	for (const side of sides.filter((s) => !hasLoader(s)))
		missFigures(
			side,
			`bytes:${HOST_LOADER}`,
			BYTE_NAMES,
			`missing: ${HOST_LOADER} is empty or not built; the embeds' host loader`
		);
	if (withLoader.length) log(`bench: bytes of ${HOST_LOADER}`);
	const loads = await alternate(withLoader, 1, async (side) => {
		const received = await firstLoad(
			browser,
			side.server.origin + HOST_LOADER,
			unthrottled(DESKTOP)
		);
		side.requests[HOST_LOADER] = received;
		return { ...loadBytes(received), requests: received.length };
	});
	withLoader.forEach((side, i) => setFigures(side, `bytes:${HOST_LOADER}`, loads[i]![0]!));
	for (const side of sides) {
		const fileTotals = totals(side.files);
		for (const type of [...BYTE_TYPES, 'total'])
			side.figures.values[`static:all:${type}`] = fileTotals[type]?.gzip ?? 0;
	}
}

/** First-load figures of every page on the phone and the desktop. */
async function loadFigures(
	browser: Browser,
	sides: Side[],
	runs: number,
	log: (line: string) => void
): Promise<void> {
	for (const profile of [PHONE, DESKTOP]) {
		for (const { path, built } of pagesOf(sides, profile.name, LOAD_NAMES)) {
			const prefix = `${profile.name}:${path}`;
			log(`bench: ${profile.name} load of ${path} ×${runs}`);
			const all = await alternate(built, runs, (side) =>
				measureLoad(browser, side.server.origin + path, profile, (element) => {
					(side.lcpElements[prefix] ??= []).push(element);
				})
			);
			built.forEach((side, i) => {
				keepRuns(side, prefix, all[i]!);
				for (const name of ['tti', 'tbt'])
					if (side.figures.values[`${prefix}:${name}`] === null)
						side.figures.missing[`${prefix}:${name}`] = NOT_QUIET;
			});
		}
	}
}

/** Scroll and step-change figures of the story, from the same scrolls. */
async function scrollFigures(
	browser: Browser,
	sides: Side[],
	runs: number,
	log: (line: string) => void
): Promise<void> {
	const miss = (side: Side, reason: string) => {
		missFigures(side, `scroll:${STORY}`, SCROLL_NAMES, reason);
		missFigures(side, `step:${STORY}`, STEP_NAMES, reason);
	};
	const built = sides.filter((side) => side.pages.get(STORY)?.built);
	for (const side of sides)
		if (!built.includes(side)) miss(side, `missing: ${STORY} is not in the build; the story`);
	log(`bench: phone scroll through ${STORY} ×${runs}`);
	const all = await alternate(built, runs, (side) =>
		measureScroll(browser, side.server.origin + STORY, PHONE)
	);
	built.forEach((side, i) => {
		const results = all[i]!;
		const missing = results.find((r) => 'missing' in r);
		if (missing && 'missing' in missing) return miss(side, missing.missing);
		const done = results.filter(
			(r): r is Exclude<typeof r, { missing: string }> => !('missing' in r)
		);
		side.scrollRecording = done[0]?.recording ?? null;
		keepRuns(
			side,
			`scroll:${STORY}`,
			done.map((r) => r.scroll)
		);
		const steps = done.map((r) => r.step);
		side.runs[`step:${STORY}`] = steps;
		const step = medianOf(steps);
		if (!done.some((r) => (r.scroll.steps ?? 0) > 0))
			missFigures(
				side,
				`step:${STORY}`,
				STEP_NAMES,
				`missing: no story steps ([data-step]) on ${STORY}; the story`
			);
		else if (step.worst === null)
			missFigures(
				side,
				`step:${STORY}`,
				STEP_NAMES,
				`missing: no figure changed its data-state while scrolling ${STORY}; the story`
			);
		else setFigures(side, `step:${STORY}`, step);
	});
}
