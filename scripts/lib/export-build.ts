/**
 * What the built site offers the exporter, read from its files without a browser: each chart's
 * states (from the prerendered embed page) and the fallback images the pages refer to.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ChartId } from '../../src/lib/charts/model';
import { FALLBACK_DIR } from '../../src/lib/export/fallback';
import { UsageError } from './export-args';

/** A state of a chart as its prerendered panel shows it. */
export interface BuiltState {
	key: string;
	from?: string;
}

export interface BuiltChart {
	chart: ChartId;
	/** The state the prerendered page shows. */
	defaultKey: string;
	states: BuiltState[];
	/** The page the exporter opens, relative to the site root (`embed/membership-map/`). */
	page: string;
}

/** The built site directory: `BUILD_DIR`, or `build`. */
export function buildDir(env: NodeJS.ProcessEnv = process.env): string {
	return env.BUILD_DIR || 'build';
}

/** Where the exporter script lives in the build. */
export const EXPORTER_SCRIPT = 'js/export-png.js';

/** The embed page of a chart, where the CLI draws it. */
export const chartPage = (chart: string): string => `embed/${chart}/`;

function attr(tag: string, name: string): string | undefined {
	const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
	return m?.[1];
}

/** The states of the first `figure.chart[data-chart=chart]` in `html`, in document order. */
export function statesInHtml(
	html: string,
	chart: string
): { defaultKey: string; states: BuiltState[] } | undefined {
	const figure = [...html.matchAll(/<figure\b[^>]*>/g)]
		.map((m) => ({ tag: m[0], index: m.index }))
		.find((f) => attr(f.tag, 'data-chart') === chart);
	if (!figure) return undefined;
	const end = html.indexOf('</figure>', figure.index);
	const inside = html.slice(figure.index, end < 0 ? undefined : end);
	const states: BuiltState[] = [];
	for (const m of inside.matchAll(/<[a-z]+\b[^>]*\sdata-panel="[^"]*"[^>]*>/g)) {
		const key = attr(m[0], 'data-panel')!;
		const from = attr(m[0], 'data-from');
		if (!states.some((s) => s.key === key)) states.push(from ? { key, from } : { key });
	}
	return { defaultKey: attr(figure.tag, 'data-state') ?? states[0]?.key ?? '', states };
}

/** Reads the charts of the built site; a missing build or page is a UsageError saying how to build. */
export function readBuild(dir: string, charts: readonly ChartId[]): BuiltChart[] {
	const build = 'run `npm run build` first (or point BUILD_DIR at the built site)';
	if (!existsSync(join(dir, 'index.html')))
		throw new UsageError(`export: no built site in ${dir}/ (index.html is missing); ${build}`);
	if (!existsSync(join(dir, EXPORTER_SCRIPT)))
		throw new UsageError(`export: ${dir}/${EXPORTER_SCRIPT} is missing; ${build}`);
	return charts.map((chart) => {
		const page = chartPage(chart);
		const file = join(dir, page, 'index.html');
		if (!existsSync(file))
			throw new UsageError(
				`export: ${relative('.', file)} is missing, so ${chart} cannot be drawn; ${build}`
			);
		const found = statesInHtml(readFileSync(file, 'utf8'), chart);
		if (!found || !found.states.length)
			throw new UsageError(
				`export: ${relative('.', file)} holds no figure.chart[data-chart="${chart}"] with states; rebuild the site`
			);
		return { chart, page, ...found };
	});
}

/** `fallback/<chart>/<state>.png` references in the built pages and JSON files, each with the first file naming it. */
export function fallbackReferences(dir: string): { chart: string; state: string; file: string }[] {
	const seen = new Map<string, string>();
	const pattern = new RegExp(`${FALLBACK_DIR}/([a-z0-9-]+)/([A-Za-z0-9_-]+)\\.png`, 'g');
	const walk = (d: string) => {
		for (const name of readdirSync(d).sort()) {
			const path = join(d, name);
			if (name === FALLBACK_DIR && d === dir) continue;
			if (statSync(path).isDirectory()) walk(path);
			else if (/\.(html|json)$/.test(name))
				for (const m of readFileSync(path, 'utf8').matchAll(pattern))
					if (!seen.has(`${m[1]}/${m[2]}`)) seen.set(`${m[1]}/${m[2]}`, relative('.', path));
		}
	};
	walk(dir);
	return [...seen.entries()].sort().map(([key, file]) => {
		const [chart = '', state = ''] = key.split('/');
		return { chart, state, file };
	});
}
