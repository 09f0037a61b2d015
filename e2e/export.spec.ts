/**
 * PNG export against the built site: the CLI (`npm run export`, driving BUILD_DIR in Chromium) and
 * the "Download PNG" control give the state asked for, at exactly the size asked for, the same
 * pixels both ways, with sidecars whose alt text is the page's description; bad commands write
 * nothing. Run after `npm run build` (which also makes the fallback PNGs).
 */
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const buildDir = join(root, process.env.BUILD_DIR ?? 'build');
const tsx = join(root, 'node_modules/.bin/tsx');

/** Runs `npm run export -- …args` (as tsx, without npm's banner); returns exit code and output. */
function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
	const run = spawnSync(tsx, ['scripts/export.ts', ...args], {
		cwd: root,
		env: { ...process.env, BUILD_DIR: buildDir, ...env },
		encoding: 'utf8',
		timeout: 240_000
	});
	return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const freshDir = (name: string) => mkdtempSync(join(tmpdir(), `export-${name}-`));

/** Every PNG in `dir` with its sidecar. */
function exported(dir: string) {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.png'))
		.sort()
		.map((file) => ({
			file,
			png: PNG.sync.read(readFileSync(join(dir, file))),
			bytes: readFileSync(join(dir, file)),
			sidecar: JSON.parse(readFileSync(join(dir, file.replace(/\.png$/, '.json')), 'utf8'))
		}));
}

/** Standard deviation of the pixels' luminance: near 0 for a blank image. */
function spread(png: PNG): number {
	let sum = 0;
	let sq = 0;
	const n = png.width * png.height;
	for (let i = 0; i < png.data.length; i += 4) {
		const y = 0.2126 * png.data[i]! + 0.7152 * png.data[i + 1]! + 0.0722 * png.data[i + 2]!;
		sum += y;
		sq += y * y;
	}
	return Math.sqrt(sq / n - (sum / n) ** 2);
}

/** Share of pixels that differ by more than `tolerance` in any channel. */
function differing(a: PNG, b: PNG, tolerance = 16): number {
	expect([b.width, b.height]).toEqual([a.width, a.height]);
	let count = 0;
	for (let i = 0; i < a.data.length; i += 4) {
		for (let c = 0; c < 4; c++)
			if (Math.abs(a.data[i + c]! - b.data[i + c]!) > tolerance) {
				count++;
				break;
			}
	}
	return count / (a.width * a.height);
}

/** The description of the state an embed page shows for `query`, as a reader's screen reader gets it. */
async function pageDescription(page: Page, chart: string, query: string): Promise<string> {
	await page.goto(`/embed/${chart}/?${query}`);
	const text = await page
		.locator(`figure[data-chart="${chart}"] [data-panel]:not([hidden]) [data-description]`)
		.textContent();
	return (text ?? '').replace(/\s+/g, ' ').trim();
}

test.describe('npm run export', () => {
	test.describe.configure({ timeout: 180_000 });

	test('writes PNGs of exactly width×scale by height×scale pixels, not blank, with sidecars whose alt text is the page description', async ({
		page
	}) => {
		const out = freshDir('size');
		const a = cli([
			'--chart',
			'defence-spending',
			'--step',
			'share',
			'--width',
			'640',
			'--height',
			'520',
			'--scale',
			'2',
			'--out',
			out
		]);
		expect(a.stderr).toBe('');
		expect(a.code).toBe(0);
		const b = cli([
			'--chart',
			'membership-map',
			'--year',
			'2004',
			'--preset',
			'social',
			'--theme',
			'dark',
			'--out',
			out
		]);
		expect(b.stderr).toBe('');
		expect(b.code).toBe(0);

		const files = exported(out);
		expect(files.map((f) => f.file)).toEqual([
			'defence-spending_share_light_640x520@2x.png',
			expect.stringMatching(/^membership-map_2004-\d\d-\d\d_dark_social@1\.5x\.png$/)
		]);
		const [spending, map] = files;
		expect([spending!.png.width, spending!.png.height]).toEqual([1280, 1040]);
		expect([map!.png.width, map!.png.height]).toEqual([1200, 675]);
		for (const { png } of files) expect(spread(png)).toBeGreaterThan(20);

		expect(spending!.sidecar).toMatchObject({
			chart: 'defence-spending',
			step: 'share',
			theme: 'light',
			size: { width: 640, height: 520, scale: 2, pixels: { width: 1280, height: 1040 } }
		});
		expect(spending!.sidecar.alt).toBe(
			await pageDescription(page, 'defence-spending', 'step=share')
		);
		expect(map!.sidecar.alt).toBe(await pageDescription(page, 'membership-map', 'year=2004'));
		expect(map!.sidecar.source).toContain('Border lengths: CIA, The World Factbook');
		for (const { sidecar } of files) {
			expect(sidecar.title.length).toBeGreaterThan(10);
			expect(sidecar.source).toMatch(/^Sources?:/);
			expect(sidecar.release.length).toBeGreaterThan(3);
		}
		expect(map!.sidecar.date).toMatch(/^2004-\d\d-\d\d$/);
		// The theme's background: light --bg white, dark --bg #121417.
		expect([...spending!.png.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
		expect([...map!.png.data.subarray(0, 4)]).toEqual([18, 20, 23, 255]);
	});

	test('--preset social lays the map out for a wide card: a large map, its legend beside it', () => {
		const out = freshDir('social');
		const run = cli([
			'--chart',
			'membership-map',
			'--step',
			'2004-03-29',
			'--preset',
			'social',
			'--out',
			out
		]);
		expect(run.stderr).toBe('');
		const { png } = exported(out)[0]!;
		// The map's sea (theme.css --sea, #eef3f7): the rows and columns with much of it are the drawing's.
		const cols = new Array<number>(png.width).fill(0);
		const rows = new Array<number>(png.height).fill(0);
		for (let y = 0; y < png.height; y++)
			for (let x = 0; x < png.width; x++) {
				const i = (y * png.width + x) * 4;
				const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
				if (Math.abs(r - 0xee) + Math.abs(g - 0xf3) + Math.abs(b - 0xf7) > 6) continue;
				cols[x]!++;
				rows[y]!++;
			}
		const span = (counts: number[]): [number, number] => {
			const wide = counts.flatMap((n, i) => (n >= 30 ? [i] : []));
			return [wide[0]!, wide.at(-1)!];
		};
		const [[left, right], [top, bottom]] = [span(cols), span(rows)];
		const share = ((right - left) * (bottom - top)) / (png.width * png.height);
		expect(
			share,
			`map ${right - left}×${bottom - top} of ${png.width}×${png.height}`
		).toBeGreaterThan(0.12);
		// The legend is beside it: the map takes the left part of the image, not the middle.
		expect(right).toBeLessThan(png.width * 0.6);
	});

	test('the sidecar names the data releases of the state, not its source line', () => {
		const out = freshDir('release');
		cli(['--chart', 'defence-spending', '--step', 'claim-2019', '--out', out]);
		cli(['--chart', 'defence-spending', '--step', 'share', '--out', out]);
		const sidecars = exported(out).map(
			(e) => e.sidecar as { step: string; release: string; source: string }
		);
		expect(Object.fromEntries(sidecars.map((s) => [s.step, s.release]))).toEqual({
			'claim-2019': 'SIPRI 2020; NATO June 2019',
			share: 'SIPRI 2025'
		});
		for (const s of sidecars) expect(s.source).not.toBe(s.release);
	});

	test('--transparent --plain leaves out the background and the furniture', () => {
		const out = freshDir('plain');
		const args = [
			'--chart',
			'defence-spending',
			'--step',
			'world',
			'--width',
			'480',
			'--scale',
			'1'
		];
		expect(cli([...args, '--out', out]).code).toBe(0);
		expect(cli([...args, '--transparent', '--plain', '--out', out]).code).toBe(0);
		const [framed, bare] = exported(out);
		expect(bare!.file).toBe('defence-spending_world_light_plain_transparent_480xauto@1x.png');
		expect(bare!.sidecar).toMatchObject({ plain: true, transparent: true });
		expect(bare!.png.data[3]).toBe(0);
		expect(framed!.png.data[3]).toBe(255);
		// Without title, subtitle, source and credit the image is shorter, and not empty.
		expect(bare!.png.height).toBeLessThan(framed!.png.height - 60);
		let opaque = 0;
		for (let i = 3; i < bare!.png.data.length; i += 4) if (bare!.png.data[i]! > 0) opaque++;
		expect(opaque / (bare!.png.width * bare!.png.height)).toBeGreaterThan(0.02);
	});

	test('the same command twice gives identical files', () => {
		const [one, two] = [freshDir('one'), freshDir('two')];
		for (const out of [one, two])
			expect(
				cli(['--chart', 'all', '--width', '480', '--scale', '1', '--theme', 'dark', '--out', out])
					.code
			).toBe(0);
		const [a, b] = [exported(one), exported(two)];
		expect(a.length).toBe(2);
		expect(b.map((f) => f.file)).toEqual(a.map((f) => f.file));
		for (const [i, f] of a.entries()) {
			expect(b[i]!.bytes.equals(f.bytes)).toBe(true);
			expect(b[i]!.sidecar).toEqual(f.sidecar);
		}
	});

	test('--chart all --steps all exports every state of the story in both themes', async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const story = await context.newPage();
		await story.goto('/');
		const used = await story
			.locator('[data-step][data-chart][data-state]')
			.evaluateAll((steps) =>
				steps.map((s) => `${(s as HTMLElement).dataset.chart}_${(s as HTMLElement).dataset.state}`)
			);
		await context.close();
		expect(used.length).toBeGreaterThan(0);

		const out = freshDir('all');
		const run = cli([
			'--chart',
			'all',
			'--steps',
			'all',
			'--width',
			'400',
			'--scale',
			'1',
			'--out',
			out
		]);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const files = readdirSync(out);
		for (const state of new Set(used))
			for (const theme of ['light', 'dark']) {
				expect(files).toContain(`${state}_${theme}_400xauto@1x.png`);
				expect(files).toContain(`${state}_${theme}_400xauto@1x.json`);
			}
		expect(files.filter((f) => f.endsWith('.png')).length).toBe(files.length / 2);
	});

	const bad: [string, string[], RegExp, NodeJS.ProcessEnv?][] = [
		['an unknown option', ['--colour', 'red'], /unknown option --colour/],
		['a bad number', ['--width', 'wide'], /--width "wide" is not a whole number/],
		['conflicting options', ['--year', '2004', '--step', 'share'], /--year and --step conflict/],
		['an unknown chart', ['--chart', 'nato'], /unknown chart "nato"/],
		[
			'an unknown step',
			['--chart', 'defence-spending', '--step', 'nope'],
			/defence-spending has no state "nope"; its states are world, share/
		],
		[
			'a date before the first state',
			['--chart', 'membership-map', '--date', '1900-01-01'],
			/before membership-map's first state/
		],
		[
			'a missing build',
			[],
			/no built site in .*run `npm run build` first/,
			{ BUILD_DIR: '/nonexistent-build' }
		],
		[
			'a height too small to draw',
			['--chart', 'defence-spending', '--height', '160'],
			/too little room for the graphic.*use a height of at least \d+ px/
		]
	];
	for (const [what, args, message, env] of bad)
		test(`${what} exits non-zero with a message and writes nothing`, () => {
			const out = join(freshDir('bad'), 'out');
			const run = cli([...args, '--out', out], env);
			expect(run.code).not.toBe(0);
			expect(run.stderr).toMatch(message);
			expect(run.stdout).toBe('');
			expect(existsSync(out)).toBe(false);
		});

	test('--help lists the presets with their pixel sizes', () => {
		const run = cli(['--help']);
		expect(run.code).toBe(0);
		for (const line of [
			'social  1200 × 675 px',
			'square  1080 × 1080 px',
			'story   1080 × 1920 px',
			'print   2160 × 1620 px'
		])
			expect(run.stdout).toContain(line);
	});
});

test.describe('Download PNG', () => {
	test.describe.configure({ timeout: 120_000 });

	/** Tabs to the first Download PNG button of a visible chart; returns its chart and the state it shows. */
	async function tabToDownload(page: Page) {
		for (let i = 0; i < 150; i++) {
			await page.keyboard.press('Tab');
			const found = await page.evaluate(() => {
				const el = document.activeElement;
				const figure = el?.closest<HTMLElement>('figure.chart');
				if (!el?.matches('[data-export-png]') || !figure) return undefined;
				if (getComputedStyle(figure).visibility !== 'visible') return undefined;
				return { chart: figure.dataset.chart!, state: figure.dataset.state! };
			});
			if (found) return found;
		}
		throw new Error('no Download PNG button reached with Tab');
	}

	for (const [path, width] of [
		['/embed/defence-spending/?step=claim-2019', 720],
		['/embed/membership-map/?year=1999', 720],
		['/#step-enlargement-1999', 1280]
	] as const)
		test(`on ${path}, the keyboard saves the state shown at 2×, as the CLI draws it`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(path);
			const { chart, state } = await tabToDownload(page);
			// An embed shows the state its URL asks for; in the story, Tab walks the steps and the
			// graphic follows, so the button is reached in the last step's state.
			if (path.includes('step=claim-2019')) expect(state).toBe('claim-2019');
			if (path.includes('year=1999')) expect(state).toBe('1999-03-12');
			if (path.startsWith('/#')) expect(state).toBe('latest');
			await expectSavedAsDrawn(page, chart, state);
		});

	test('in the story, after a change of step, it saves the state shown, as the CLI draws it', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto('/#step-enlargement-1999');
		const figure = page.locator('.graphic figure.chart[data-chart="membership-map"]');
		await expect(figure).toHaveAttribute('data-state', '1999-03-12');
		await page.goto('/#step-enlargement-2004');
		await expect(figure).toHaveAttribute('data-state', '2004-03-29');
		await expectSavedAsDrawn(page, 'membership-map', '2004-03-29');
	});

	/** Saves `chart` at 2× with its Download PNG control, and compares with the CLI's drawing. */
	async function expectSavedAsDrawn(page: Page, chart: string, state: string) {
		const figure = page.locator(`figure.chart[data-chart="${chart}"]`);
		await figure.getByRole('combobox', { name: 'PNG resolution' }).selectOption('2');
		await figure.getByRole('button', { name: 'Download PNG' }).focus();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.keyboard.press('Enter')
		]);
		expect(download.suggestedFilename()).toBe(`${chart}-${state}@2x.png`);
		await expect(figure).toHaveAttribute('data-state', state);
		const saved = PNG.sync.read(readFileSync((await download.path())!));

		const out = freshDir('download');
		const run = cli([
			'--chart',
			chart,
			'--step',
			state,
			'--width',
			String(saved.width / 2),
			'--scale',
			'2',
			'--out',
			out
		]);
		expect(run.stderr).toBe('');
		const [drawn] = exported(out);
		expect([drawn!.png.width, drawn!.png.height]).toEqual([saved.width, saved.height]);
		expect(differing(saved, drawn!.png)).toBeLessThan(0.01);
	}
});

test('the exported image carries its own fonts and nothing from outside (no foreignObject, no URLs)', async ({
	page
}) => {
	await page.goto('/embed/defence-spending/?step=claim-2019');
	await page.addScriptTag({ url: '/js/export-png.js' });
	const result = await page.evaluate(async () => {
		type Api = {
			exportSvg(f: HTMLElement, o: object): Promise<{ svg: string; width: number; height: number }>;
			rasterise(svg: string, w: number, h: number): Promise<Blob>;
		};
		const api = (window as unknown as { natoChartsExport: Api }).natoChartsExport;
		const figure = document.querySelector<HTMLElement>('figure.chart')!;
		// While it draws, the off-screen copy adds nothing to the page's size (embeds report it).
		const before = [document.documentElement.scrollWidth, document.documentElement.scrollHeight];
		const drawing = api.exportSvg(figure, { scale: 1, width: 1600 });
		const during = [document.documentElement.scrollWidth, document.documentElement.scrollHeight];
		const staged = document.querySelectorAll('[data-export-stage]').length;
		await drawing;
		const { svg, width, height } = await api.exportSvg(figure, { scale: 1 });
		// The same SVG with the family renamed to one no system has, falling back to a serif:
		// with the embedded files it draws as before, without them it does not.
		const renamed = svg
			.replaceAll('Noto Sans', 'Export Probe')
			.replaceAll('system-ui, sans-serif', 'serif');
		const unembedded = renamed.replace(/<style>@font-face[^<]*<\/style>/, '');
		const pixels = async (s: string) => {
			const blob = await api.rasterise(s, width, height);
			const bitmap = await createImageBitmap(blob);
			const ctx = new OffscreenCanvas(width, height).getContext('2d')!;
			ctx.drawImage(bitmap, 0, 0);
			return ctx.getImageData(0, 0, width, height).data;
		};
		const diff = (a: Uint8ClampedArray, b: Uint8ClampedArray) => {
			let n = 0;
			for (let i = 0; i < a.length; i += 4) if (Math.abs(a[i]! - b[i]!) > 16) n++;
			return n / (a.length / 4);
		};
		const [original, probe, bare] = await Promise.all([svg, renamed, unembedded].map(pixels));
		return {
			faces: [
				...svg.matchAll(
					/@font-face\{font-family:"Noto Sans";font-style:normal;font-weight:(\d+);src:url\(data:font\/woff2;base64,/g
				)
			].map((m) => m[1]),
			sizeKept: staged === 1 && before.join() === during.join(),
			stageRemoved: document.querySelectorAll('[data-export-stage]').length === 0,
			foreign: svg.includes('foreignObject'),
			outside: /(?:href|src)="(?!#|data:)|url\((?!#|data:)/.test(svg),
			sameWithEmbedded: diff(original!, probe!),
			differentWithout: diff(original!, bare!)
		};
	});
	expect(result.faces).toEqual(expect.arrayContaining(['400', '700']));
	expect(result.sizeKept).toBe(true);
	expect(result.stageRemoved).toBe(true);
	expect(result.foreign).toBe(false);
	expect(result.outside).toBe(false);
	expect(result.sameWithEmbedded).toBeLessThan(0.001);
	expect(result.differentWithout).toBeGreaterThan(0.005);
});

test('the build made a fallback PNG, 1280 × 1440, for every one the pages refer to', async () => {
	const files = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
			e.isDirectory()
				? files(join(dir, e.name))
				: /\.(html|json)$/.test(e.name)
					? [join(dir, e.name)]
					: []
		);
	const text = files(buildDir)
		.filter((f) => !f.startsWith(join(buildDir, 'fallback')))
		.map((f) => readFileSync(f, 'utf8'))
		.join('\n');
	const refs = new Set(
		[...text.matchAll(/fallback\/([a-z-]+)\/([\w-]+)\.png/g)].map((m) => `${m[1]}/${m[2]}`)
	);
	// At least each embed page's own (its noscript image and oEmbed thumbnail).
	for (const chart of ['membership-map', 'defence-spending'])
		expect([...refs].some((r) => r.startsWith(`${chart}/`))).toBe(true);
	for (const ref of refs) {
		const png = PNG.sync.read(readFileSync(join(buildDir, 'fallback', `${ref}.png`)));
		expect([png.width, png.height]).toEqual([1280, 1440]);
		expect(spread(png)).toBeGreaterThan(20);
	}
});
