/**
 * The npm scripts in a checkout without `.svelte-kit` (after `rm -rf .svelte-kit`, or a clone whose
 * `prepare` did not run): tsconfig.json extends `.svelte-kit/tsconfig.json`, so each script that
 * runs Vite must make it first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = process.cwd();
const COPIED = [
	'src',
	'scripts',
	'static',
	'data',
	'package.json',
	'tsconfig.json',
	'svelte.config.js',
	'vite.config.ts'
];

let dir: string;
beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'clean-checkout-'));
	for (const name of COPIED) await cp(join(root, name), join(dir, name), { recursive: true });
	await symlink(join(root, 'node_modules'), join(dir, 'node_modules'));
});
afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

/** Runs `npm run <script> -- …args` in the copy, from a state without any kit output. */
async function npmRun(script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
	await rm(join(dir, '.svelte-kit'), { recursive: true, force: true });
	await rm(join(dir, '.svelte-kit-other'), { recursive: true, force: true });
	// Without this run's Vitest variables, so a Vitest started in the copy is a run of its own.
	const outer = Object.entries(process.env).filter(([name]) => !/^VITEST|^KIT_OUT$/.test(name));
	const run = spawnSync('npm', ['run', script, ...(args.length ? ['--', ...args] : [])], {
		cwd: dir,
		env: { ...Object.fromEntries(outer), NO_COLOR: '1', ...env },
		encoding: 'utf8',
		timeout: 120_000
	});
	return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('npm scripts in a checkout without .svelte-kit', () => {
	test('npm run prebuild exits 0 and leaves .svelte-kit/tsconfig.json', async () => {
		const run = await npmRun('prebuild');
		expect(run.output).not.toContain('Tsconfig not found');
		expect(run.status).toBe(0);
		expect(existsSync(join(dir, '.svelte-kit', 'tsconfig.json'))).toBe(true);
		expect(existsSync(join(dir, 'static', 'js', 'export-png.js'))).toBe(true);
	}, 120_000);

	test('npm run prebuild with KIT_OUT elsewhere still makes the .svelte-kit/tsconfig.json that tsconfig.json extends', async () => {
		const run = await npmRun('prebuild', [], { KIT_OUT: '.svelte-kit-other' });
		expect(run.status).toBe(0);
		expect(existsSync(join(dir, '.svelte-kit', 'tsconfig.json'))).toBe(true);
	}, 120_000);

	test('npm run test:unit with KIT_OUT elsewhere runs the tests', async () => {
		const run = await npmRun('test:unit', ['scripts/lib/export-plan.test.ts'], {
			KIT_OUT: '.svelte-kit-other'
		});
		expect(run.output).not.toContain('Tsconfig not found');
		expect(run.output).toMatch(/Tests\s+\S*\d+ passed/);
		expect(run.status).toBe(0);
	}, 120_000);
});
