// The probe in real Chromium, on fixture pages served by serveStatic. Nothing here is timed:
// the tests check what the probe records (which frame, which change), never how fast.
import { chromium, type Browser } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchOptions } from '../chromium';
import { loadFigures } from './load';
import { openPage, probeData } from './page';
import type { ScrollRecording } from './probe';
import { DESKTOP } from './profiles';
import { serveStatic, type StaticServer } from '../static-server';
import { stepFigures } from './scroll';

const chart = (
	style = '',
	graphic = '<svg width="300" height="200"><rect width="300" height="200"/></svg>'
) =>
	`<figure class="chart" data-chart="map" data-state="a" style="${style}">` +
	`<div role="img" aria-label="map">${graphic}</div></figure>`;

/**
 * Three steps and a fixed chart that takes each step's state, changed in the scroll event (in a
 * frame's rendering update) or in a task after it. `window.frames_` collects, for each change, when
 * an animation-frame callback ran in the next frame: after the frame the change was made in
 * (scroll), or after the change (task).
 */
const steps = (
	change: 'scroll' | 'task'
) => `<style>body{margin:0} .step{height:900px} figure{position:fixed;top:0}</style>
		${chart()}
		<div aria-hidden="true" style="opacity:0"><figure class="chart" data-chart="hidden" data-state="a"></figure></div>
		<div style="height:600px"></div>
		<div class="step" data-step="one"></div><div class="step" data-step="two"></div><div class="step" data-step="three"></div>
		<div style="height:1200px"></div>
		<script>
			const steps = [...document.querySelectorAll('[data-step]')];
			const figure = document.querySelector('figure');
			const hidden = document.querySelector('[data-chart=hidden]');
			window.frames_ = [];
			let active = -1;
			const show = (index) => {
				steps.forEach((s, i) => s.toggleAttribute('data-active', i === index));
				if (index < 0) return;
				figure.dataset.state = steps[index].dataset.step;
				// A hidden chart made ready for the next step: not shown, so not timed.
				hidden.dataset.state = 'next-' + steps[index].dataset.step;
			};
			addEventListener('scroll', () => {
				const line = innerHeight / 2;
				const index = steps.findLastIndex((s) => s.getBoundingClientRect().top <= line);
				if (index === active) return;
				active = index;
				const next = () => requestAnimationFrame(() => frames_.push(performance.now()));
				if (${JSON.stringify(change)} === 'scroll') {
					show(index);
					requestAnimationFrame(next);
				} else
					setTimeout(() => {
						show(index);
						next();
					});
			});
		</script>`;

const PAGES: Record<string, string> = {
	'top.html': `<h1>Story</h1>${chart()}`,
	'below.html': `<h1>Story</h1>${chart('margin-top: 3000px')}`,
	// Drawn by the page's animation-frame callback in the first frame: painted with it.
	'same-frame.html': `<h1>Story</h1>${chart('', '')}<script>
		requestAnimationFrame(() => { document.querySelector('[role=img]').innerHTML = '<svg width="300" height="200"><rect width="300" height="200"/></svg>'; });
	</script>`,
	// Drawn in the second frame.
	'late.html': `<h1>Story</h1>${chart('', '')}<script>
		requestAnimationFrame(() => requestAnimationFrame(() => { document.querySelector('[role=img]').innerHTML = '<svg width="300" height="200"><rect width="300" height="200"/></svg>'; }));
	</script>`,
	'steps.html': steps('scroll'),
	'steps-task.html': steps('task')
};

describe('the probe in Chromium', () => {
	let root: string;
	let server: StaticServer;
	let browser: Browser;

	beforeAll(async () => {
		root = mkdtempSync(join(tmpdir(), 'bench-probe-'));
		for (const [name, body] of Object.entries(PAGES))
			writeFileSync(join(root, name), `<!doctype html><meta charset="utf-8"><body>${body}</body>`);
		server = await serveStatic(root);
		browser = await chromium.launch(launchOptions());
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
		rmSync(root, { recursive: true });
	});

	const load = async (name: string) => {
		const { context, page } = await openPage(browser, DESKTOP);
		await page.goto(`${server.origin}/${name}`, { waitUntil: 'load' });
		await page.waitForTimeout(600);
		const data = await probeData(page);
		await context.close();
		return { data, figures: loadFigures(data, { domContentLoaded: 0, requests: [], end: 0 }) };
	};

	it('loadFigures(probe) finds a prerendered chart in the viewport at first paint', async () => {
		const { data, figures } = await load('top.html');
		expect(figures.chartAtFirstPaint).toBe(1);
		expect(figures.chartOnScreen).toBe(data.frames[0]!.time);
		expect(figures.fcp).not.toBeNull();
		expect(figures.lcp).not.toBeNull();
	});

	it('loadFigures(probe) says no for a chart below the fold', async () => {
		const { figures } = await load('below.html');
		expect(figures.chartAtFirstPaint).toBe(0);
		expect(figures.chartOnScreen).toBeNull();
	});

	it('loadFigures(probe) counts a chart drawn in the first frame’s own callbacks', async () => {
		const { figures } = await load('same-frame.html');
		expect(figures.chartAtFirstPaint).toBe(1);
	});

	it('loadFigures(probe) says no for a chart drawn by a script after first paint', async () => {
		const { data, figures } = await load('late.html');
		expect(figures.chartAtFirstPaint).toBe(0);
		expect(figures.chartOnScreen).toBeGreaterThan(data.frames[0]!.time);
	});

	it('the scroll recording has every crossing, activation and state change, each painted after it was made', async () => {
		const { context, page } = await openPage(browser, DESKTOP);
		await page.goto(`${server.origin}/steps.html`, { waitUntil: 'load' });
		expect(await page.evaluate('window.__bench.startScroll()')).toBe(3);
		for (let y = 0; y <= 2600; y += 100) {
			await page.evaluate(`scrollTo(0, ${y})`);
			await page.evaluate(
				'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))'
			);
		}
		const rec = (await page.evaluate('window.__bench.stopScroll()')) as ScrollRecording;
		await context.close();
		expect(rec.crossings.map((c) => c.index)).toEqual([0, 1, 2]);
		expect(rec.activations.map((a) => a.step)).toEqual(['one', 'two', 'three']);
		expect(rec.states.map((s) => s.state)).toEqual(['one', 'two', 'three']);
		for (const s of rec.states) expect(s.shown).toBeGreaterThanOrEqual(s.time);
		expect(rec.frames.length).toBeGreaterThan(20);
		expect(stepFigures(rec).changes).toBe(3);
	});

	it.each([
		['in the scroll event is painted in its own frame', 'steps.html', 'before'],
		['in a task between frames is painted in the next frame', 'steps-task.html', 'after']
	] as const)('a state change made %s', async (_, name, shown) => {
		const { context, page } = await openPage(browser, DESKTOP);
		await page.goto(`${server.origin}/${name}`, { waitUntil: 'load' });
		await page.evaluate('window.__bench.startScroll()');
		for (let y = 0; y <= 2600; y += 100) {
			await page.evaluate(`scrollTo(0, ${y})`);
			await page.evaluate(
				'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))'
			);
		}
		const rec = (await page.evaluate('window.__bench.stopScroll()')) as ScrollRecording;
		const next = (await page.evaluate('window.frames_')) as number[];
		await context.close();
		expect(rec.states.map((s) => s.state)).toEqual(['one', 'two', 'three']);
		expect(next).toHaveLength(3);
		rec.states.forEach((s, i) => {
			if (shown === 'before') expect(s.shown).toBeLessThan(next[i]!);
			else expect(s.shown).toBeGreaterThan(next[i]!);
		});
	});

	it('a crossing is where the step is now, after the page above it has changed', async () => {
		const { context, page } = await openPage(browser, DESKTOP);
		await page.goto(`${server.origin}/steps.html`, { waitUntil: 'load' });
		await page.evaluate('window.__bench.startScroll()');
		const nextFrame = 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))';
		await page.evaluate(nextFrame);
		// The spacer above the steps grows from 600 to 1500 px once recording has begun.
		await page.evaluate(`document.querySelector('[style="height:600px"]').style.height = '1500px'`);
		for (let y = 0; y <= 1500; y += 100) {
			await page.evaluate(`scrollTo(0, ${y})`);
			await page.evaluate(nextFrame);
		}
		const rec = (await page.evaluate('window.__bench.stopScroll()')) as ScrollRecording;
		const line = (await page.evaluate('innerHeight / 2')) as number;
		await context.close();
		const first = rec.crossings[0]!;
		// The first step's top (1500 px down, below the fixed chart) meets the line at 1500 - line.
		expect(first.index).toBe(0);
		expect(rec.scrollY[rec.frames.indexOf(first.time)]).toBe(1500 - line);
	});
});
