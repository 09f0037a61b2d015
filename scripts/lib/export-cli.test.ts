import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { exportCli, type Io } from './export-cli';
import type { ExportJob } from './export-plan';
import { RenderError, type Exporter } from './export-run';

const figure = `<figure class="chart" data-chart="defence-spending" data-state="share">
<div data-panel="world" hidden></div><div data-panel="share"></div></figure>`;

let root: string;
let site: string;
beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'export-cli-'));
	site = join(root, 'site');
	await mkdir(join(site, 'js'), { recursive: true });
	await mkdir(join(site, 'embed', 'defence-spending'), { recursive: true });
	await writeFile(join(site, 'index.html'), '');
	await writeFile(join(site, 'js', 'export-png.js'), '');
	await writeFile(join(site, 'embed', 'defence-spending', 'index.html'), figure);
	await writeFile(
		join(site, 'charts.json'),
		JSON.stringify({
			charts: [
				{
					id: 'defence-spending',
					title: 'T',
					stateParam: 'step',
					embedHeight: 700,
					page: 'embed/defence-spending/',
					defaultKey: 'share',
					states: [
						{ key: 'world', label: 'W' },
						{ key: 'share', label: 'S' }
					]
				}
			]
		})
	);
});
afterAll(async () => {
	vi.unstubAllEnvs();
	await rm(root, { recursive: true, force: true });
});

/**
 * Runs the command on the small site above; a stand-in exporter draws (or fails, with `fail`)
 * unless `chromium` asks for the real one.
 */
async function run(args: string[], { chromium = false, fail = false } = {}) {
	const lines = { log: [] as string[], error: [] as string[] };
	const drawn: string[] = [];
	const exporter: Exporter = {
		async render(job: ExportJob) {
			if (fail) throw new RenderError('export: too little room for the graphic');
			drawn.push(job.name);
			const meta = { chart: job.chart, state: job.state, title: 'T', subtitle: '', alt: 'A' };
			return {
				png: Buffer.from(`png of ${job.name}`),
				meta: { ...meta, source: 'S', credit: 'C', release: 'R' },
				width: job.width,
				height: 500,
				scale: job.scale
			};
		},
		async close() {}
	};
	const io: Io = {
		log: (line) => lines.log.push(line),
		error: (line) => lines.error.push(line),
		env: { BUILD_DIR: site },
		...(chromium ? {} : { openExporter: async () => exporter })
	};
	const started = performance.now();
	const code = await exportCli(['--chart', 'defence-spending', ...args], io);
	return { code, ...lines, drawn, ms: performance.now() - started };
}

const fresh = () => mkdtemp(join(root, 'case-'));

describe('exportCli', () => {
	test('exportCli([--steps all, --out a/b/c]) makes the nested folder and writes each PNG with its sidecar', async () => {
		const out = join(await fresh(), 'a', 'b', 'c');
		const result = await run(['--steps', 'all', '--out', out]);
		expect(result.error).toEqual([]);
		expect(result.code).toBe(0);
		expect((await readdir(out)).sort()).toEqual(
			['share_dark', 'share_light', 'world_dark', 'world_light'].flatMap((s) => [
				`defence-spending_${s}_800xauto@2x.json`,
				`defence-spending_${s}_800xauto@2x.png`
			])
		);
	});

	test('exportCli with a folder in the way of one image writes none of them and names that path', async () => {
		const out = await fresh();
		const blocked = join(out, 'defence-spending_world_dark_800xauto@2x.png');
		await mkdir(blocked);
		const result = await run(['--steps', 'all', '--out', out]);
		expect(result.code).toBe(1);
		expect(result.error).toEqual([
			`export: cannot write ${blocked}: a folder is in the way; remove it or choose another --out`
		]);
		expect(await readdir(out)).toEqual(['defence-spending_world_dark_800xauto@2x.png']);
	});

	test('exportCli([--out /proc/x]) refuses at once, before the browser starts', async () => {
		vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium');
		const result = await Promise.race([
			run(['--out', '/proc/x'], { chromium: true }),
			new Promise<never>((_, reject) => setTimeout(() => reject(new Error('hangs')), 5000))
		]);
		vi.unstubAllEnvs();
		expect(result.error).toEqual([
			'export: cannot create --out /proc/x (ENOENT: cannot create a file in /proc); choose a folder you can write to'
		]);
		expect(result.code).toBe(2);
		expect(result.ms).toBeLessThan(5000);
		expect(existsSync('/proc/x')).toBe(false);
	});

	test('exportCli without a Chromium says how to install one, in one message and no stack trace', async () => {
		vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium');
		const result = await run(['--out', join(await fresh(), 'out')], { chromium: true });
		vi.unstubAllEnvs();
		expect(result.code).toBe(1);
		expect(result.error).toHaveLength(1);
		expect(result.error[0]).toMatch(/^chromium: no Chromium found\. Install one with\n/);
		expect(result.error[0]).not.toMatch(/\n\s+at /);
	});

	test('exportCli([--out a-file/x]) says the file is not a folder, before the browser starts', async () => {
		vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium');
		const file = join(await fresh(), 'a-file');
		await writeFile(file, '');
		const direct = await run(['--out', file], { chromium: true });
		const below = await run(['--out', join(file, 'x')], { chromium: true });
		vi.unstubAllEnvs();
		expect(direct.error).toEqual([
			`export: --out ${file} is a file, not a folder; choose a folder you can write to`
		]);
		expect(below.error).toEqual([
			`export: cannot create --out ${join(file, 'x')}: ${file} is a file, not a folder; choose a folder you can write to`
		]);
		expect([direct.code, below.code]).toEqual([2, 2]);
	});

	test.skipIf(process.getuid?.() === 0)(
		'exportCli([--out read-only/x]) refuses before the browser starts',
		async () => {
			vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium');
			const locked = await fresh();
			await chmod(locked, 0o555);
			const result = await run(['--out', join(locked, 'x')], { chromium: true });
			vi.unstubAllEnvs();
			await chmod(locked, 0o755);
			expect(result.error[0]).toMatch(/^export: cannot create --out .*x \(EACCES/);
			expect(result.code).toBe(2);
		}
	);

	test('exportCli when a drawing fails creates no --out folder', async () => {
		const out = join(await fresh(), 'new', 'folder');
		const result = await run(['--out', out], { fail: true });
		expect(result.error).toEqual(['export: too little room for the graphic']);
		expect(result.code).toBe(1);
		expect(existsSync(join(out, '..'))).toBe(false);
	});
});
