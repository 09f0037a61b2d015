import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BuildError, buildSite, type BuildStep } from './site-build';

let root: string;
beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'site-build-'));
});
afterAll(async () => {
	await rm(root, { recursive: true, force: true });
});

/** A new folder holding `entries` (path → text). */
async function folder(entries: Record<string, string> = {}): Promise<string> {
	const dir = await mkdtemp(join(root, 'case-'));
	for (const [name, text] of Object.entries(entries)) {
		await mkdir(join(dir, name, '..'), { recursive: true });
		await writeFile(join(dir, name), text);
	}
	return dir;
}

/** Every file under `dir` with its text. */
async function tree(dir: string): Promise<Record<string, string>> {
	const found: Record<string, string> = {};
	for (const name of (await readdir(dir, { recursive: true })).sort()) {
		const path = join(dir, name);
		if (!(await stat(path)).isDirectory()) found[name] = await readFile(path, 'utf8');
	}
	return found;
}

/** A step that writes `files` into the folder being built, then fails if `error` is given. */
function step(name: string, files: Record<string, string>, error?: string): BuildStep {
	return {
		name,
		async run(dir) {
			for (const [file, text] of Object.entries(files)) {
				await mkdir(join(dir, file, '..'), { recursive: true });
				await writeFile(join(dir, file), text);
			}
			if (error) throw new Error(error);
		}
	};
}

const site = step('vite build', { 'index.html': 'new page', 'embed/a/index.html': 'new embed' });
const images = step('the fallback PNGs', { 'fallback/a/x.png': 'new png' });

describe('buildSite', () => {
	test('buildSite(target, steps) replaces the target whole: stale files go, no temporary folder is left', async () => {
		const parent = await folder({
			'build/index.html': 'old page',
			'build/stale.html': 'old',
			'build/fallback/gone/y.png': 'old png'
		});
		const target = join(parent, 'build');
		await buildSite(target, [site, images]);
		expect(await tree(target)).toEqual({
			'embed/a/index.html': 'new embed',
			'fallback/a/x.png': 'new png',
			'index.html': 'new page'
		});
		expect(await readdir(parent)).toEqual(['build']);
	});

	test('buildSite(target, steps) with a step that fails after writing files leaves the target as it was and removes its folder', async () => {
		const parent = await folder({
			'build/index.html': 'old page',
			'build/fallback/a/x.png': 'old'
		});
		const target = join(parent, 'build');
		const before = await tree(target);
		const failing = step('the fallback PNGs', { 'fallback/a/x.png': 'half' }, 'chromium: none');
		const error = await buildSite(target, [site, failing]).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(BuildError);
		expect((error as Error).message).toBe(
			`build: the fallback PNGs failed, so the new build was removed and ${target}/ is as it was.\nchromium: none`
		);
		expect(await tree(target)).toEqual(before);
		expect(await readdir(parent)).toEqual(['build']);
	});

	test('buildSite(target, steps) runs the steps in a folder other than the target', async () => {
		const parent = await folder();
		const target = join(parent, 'build');
		const seen: string[] = [];
		const look: BuildStep = { name: 'look', run: async (dir) => void seen.push(dir) };
		await buildSite(target, [look, site]);
		expect(seen).toHaveLength(1);
		expect(seen[0]).not.toBe(target);
		expect(join(seen[0]!, '..')).toBe(parent);
		expect(existsSync(seen[0]!)).toBe(false);
	});

	test('buildSite(target, steps) without a previous build makes none when a step fails, and removes the folders it made', async () => {
		const parent = await folder();
		const target = join(parent, 'new', 'build');
		await expect(buildSite(target, [site, step('the fallback PNGs', {}, 'no')])).rejects.toThrow(
			'the fallback PNGs failed'
		);
		expect(await readdir(parent)).toEqual([]);
		await buildSite(target, [site]);
		expect(Object.keys(await tree(target))).toEqual(['embed/a/index.html', 'index.html']);
	});

	test('buildSite(a file, steps) refuses before any step runs', async () => {
		const parent = await folder({ build: 'not a folder' });
		let ran = false;
		const spy: BuildStep = { name: 'spy', run: async () => void (ran = true) };
		await expect(buildSite(join(parent, 'build'), [spy])).rejects.toThrow(
			/^build: BUILD_DIR .*build is a file, not a folder; remove it or set BUILD_DIR to a folder$/
		);
		expect(ran).toBe(false);
	});

	test('buildSite(target under /proc, steps) refuses before any step runs', async () => {
		let ran = false;
		const spy: BuildStep = { name: 'spy', run: async () => void (ran = true) };
		await expect(buildSite('/proc/x/build', [spy])).rejects.toThrow(
			/^build: cannot create the folder of BUILD_DIR \/proc\/x \(ENOENT/
		);
		expect(ran).toBe(false);
	});
});
