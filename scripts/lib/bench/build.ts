/**
 * The build the benchmark measures: `BUILD_DIR` (default `build/`), built with `npm run build`
 * unless it is newer than every input (so `npm test` reuses the build `test:e2e` just made).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { STANDALONE_SCRIPTS } from '../standalone';

/** The files and folders a build is made from. */
export const BUILD_INPUTS = [
	'src',
	'static',
	'data',
	'package.json',
	'package-lock.json',
	'svelte.config.js',
	'vite.config.ts',
	'scripts/lib/standalone.ts'
];

/** Files that the build writes into its own inputs (the standalone scripts in static/). */
const GENERATED = new Set(STANDALONE_SCRIPTS.map((s) => join('static', s.out)));

export function buildDir(env: NodeJS.ProcessEnv = process.env): string {
	return env.BUILD_DIR || 'build';
}

/** The newest modification time (ms) among `paths`, walking folders; 0 if none exist. */
export function newestMtime(
	paths: readonly string[],
	skip: ReadonlySet<string> = GENERATED
): number {
	let newest = 0;
	const visit = (path: string) => {
		if (skip.has(path) || !existsSync(path)) return;
		const info = statSync(path);
		if (info.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
		else newest = Math.max(newest, info.mtimeMs);
	};
	paths.forEach(visit);
	return newest;
}

/** Whether `dir` holds a build newer than every input; if not, why. */
export function freshness(dir: string): { fresh: boolean; why: string } {
	const marker = join(dir, 'index.html');
	if (!existsSync(marker)) return { fresh: false, why: `${dir}/ has no build` };
	const built = statSync(marker).mtimeMs;
	const input = newestMtime(BUILD_INPUTS);
	return input < built
		? { fresh: true, why: `${dir}/ is newer than its inputs` }
		: { fresh: false, why: `an input changed after ${dir}/ was built` };
}

/**
 * Makes sure `dir` holds a fresh build: `always` builds, `never` only checks that one exists,
 * `auto` builds when the inputs are newer. Returns what it did.
 */
export function ensureBuild(dir: string, mode: 'auto' | 'always' | 'never'): string {
	const state = freshness(dir);
	if (mode === 'never') {
		if (!existsSync(join(dir, 'index.html')))
			throw new Error(`bench: ${dir}/ has no build; run without --no-build, or npm run build`);
		return `using ${dir}/ as it is (--no-build${state.fresh ? '' : `; stale: ${state.why}`})`;
	}
	if (mode === 'auto' && state.fresh) return `using ${dir}/ (${state.why})`;
	const run = spawnSync('npm', ['run', 'build'], {
		stdio: ['ignore', process.stderr, 'inherit'],
		env: { ...process.env, BUILD_DIR: dir }
	});
	if (run.status !== 0)
		throw new Error(`bench: npm run build failed (exit ${run.status}); fix the build first`);
	return `built ${dir}/ (${mode === 'always' ? '--build' : state.why})`;
}
