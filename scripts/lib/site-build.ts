/**
 * `npm run build`: every step writes into a new folder beside the target, which replaces the
 * target only when all of them (the fallback PNGs included) succeeded. A failed build leaves the
 * previous one whole and removes its own folder.
 */
import { spawn } from 'node:child_process';
import { lstat, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFallbacks } from './fallbacks';
import { checkOutDir, makeFolders, OutDirError, removeFolders } from './out-dir';

/** One step of a build; `run` writes into `dir`, the folder being built. */
export interface BuildStep {
	/** What the step makes, for messages (`the fallback PNGs`). */
	name: string;
	run(dir: string): Promise<void>;
}

/** A build that did not replace the target; the message says which step failed and what to do. */
export class BuildError extends Error {
	override name = 'BuildError';
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Runs `steps` in order into `<target>-tmp-<pid>` beside `target`, then puts that folder in
 * the target's place (the previous target is removed only once the new one is in place).
 */
export async function buildSite(target: string, steps: readonly BuildStep[]): Promise<void> {
	const kept = `${target}/ is as it was`;
	const existing = await lstat(target).catch(() => undefined);
	if (existing && !existing.isDirectory())
		throw new BuildError(
			`build: BUILD_DIR ${target} is a file, not a folder; remove it or set BUILD_DIR to a folder`
		);
	const parent = dirname(resolve(target));
	let made: string[];
	try {
		made = await makeFolders(await checkOutDir(parent, 'the folder of BUILD_DIR'));
	} catch (error) {
		const why =
			error instanceof OutDirError ? error.message : `cannot create ${parent} (${message(error)})`;
		throw new BuildError(`build: ${why}`);
	}
	const temp = join(parent, `${basename(target)}-tmp-${process.pid}`);
	const old = join(parent, `${basename(target)}-old-${process.pid}`);
	const discard = async () => {
		await rm(temp, { recursive: true, force: true });
		await removeFolders(made);
	};

	await rm(temp, { recursive: true, force: true });
	for (const step of steps) {
		try {
			await step.run(temp);
		} catch (error) {
			await discard();
			throw new BuildError(
				`build: ${step.name} failed, so the new build was removed and ${kept}.\n${message(error)}`
			);
		}
	}
	let moved = false;
	try {
		if (existing) {
			await rename(target, old);
			moved = true;
		}
		await rename(temp, target);
	} catch (error) {
		if (moved) await rename(old, target);
		await discard();
		throw new BuildError(
			`build: cannot put the new build in place of ${target} (${message(error)}), so it was removed and ${kept}; check that ${target} and its folder can be renamed, then build again`
		);
	}
	if (existing) await rm(old, { recursive: true, force: true });
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/** `vite build` with the adapter writing to `dir` (svelte.config.js reads BUILD_DIR). */
export const viteBuild: BuildStep = {
	name: 'vite build',
	run: (dir) =>
		new Promise((done, fail) => {
			const child = spawn(
				process.execPath,
				[join(root, 'node_modules/vite/bin/vite.js'), 'build'],
				{
					cwd: root,
					env: { ...process.env, BUILD_DIR: dir },
					stdio: 'inherit'
				}
			);
			child.on('error', fail);
			child.on('close', (code, signal) =>
				code === 0
					? done()
					: fail(
							new Error(`vite build exited with ${signal ?? code}; fix the error it printed above`)
						)
			);
		})
};

/** The fallback PNGs, drawn from the pages `vite build` wrote (needs Chromium). */
export function fallbackImages(log: (line: string) => void): BuildStep {
	return {
		name: 'the fallback PNGs',
		async run(dir) {
			const { count, ms } = await buildFallbacks(dir);
			log(`build: ${count} fallback images in ${(ms / 1000).toFixed(1)} s`);
		}
	};
}
