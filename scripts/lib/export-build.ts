/**
 * What the built site offers the exporter, read from its files without a browser: its charts
 * and their states (the build's manifest, charts.json) and the fallback images the pages refer to.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MANIFEST_FILE, parseManifest, type Manifest } from '../../src/lib/charts/manifest';
import { FALLBACK_DIR } from '../../src/lib/export/fallback';
import { UsageError } from './export-args';

/** A state of a chart as its prerendered panel shows it. */
export interface BuiltState {
	key: string;
	from?: string;
}

export interface BuiltChart {
	chart: string;
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

const BUILD_HINT = 'run `npm run build` first (or point BUILD_DIR at the built site)';

/** The manifest of the built site in `dir`; a missing or broken build is a UsageError saying how to build. */
export function readManifest(dir: string): Manifest {
	const file = join(dir, MANIFEST_FILE);
	if (!existsSync(file))
		throw new UsageError(
			`export: no built site in ${dir}/ (${MANIFEST_FILE} is missing); ${BUILD_HINT}`
		);
	try {
		return parseManifest(readFileSync(file, 'utf8'), relative('.', file) || file);
	} catch (error) {
		throw new UsageError(`export: ${(error as Error).message}`);
	}
}

/** The charts `charts` of the built site (default all of them), each with its page and states. */
export function readBuild(dir: string, charts?: readonly string[]): BuiltChart[] {
	const manifest = readManifest(dir);
	if (!existsSync(join(dir, EXPORTER_SCRIPT)))
		throw new UsageError(`export: ${dir}/${EXPORTER_SCRIPT} is missing; ${BUILD_HINT}`);
	const wanted = charts ?? manifest.charts.map((c) => c.id);
	return wanted.map((id) => {
		const chart = manifest.charts.find((c) => c.id === id);
		if (!chart)
			throw new UsageError(
				`export: the built site has no chart "${id}"; its charts are ${manifest.charts.map((c) => c.id).join(', ')}`
			);
		const file = join(dir, chart.page, 'index.html');
		if (!existsSync(file))
			throw new UsageError(
				`export: ${relative('.', file)} is missing, so ${id} cannot be drawn; ${BUILD_HINT}`
			);
		return {
			chart: id,
			page: chart.page,
			defaultKey: chart.defaultKey,
			states: chart.states.map(({ key, from }) => (from ? { key, from } : { key }))
		};
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
