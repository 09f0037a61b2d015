import { expect, test, type Locator, type Page } from '@playwright/test';
import { FALLBACK_SIZE } from '../src/lib/export/fallback';
import { scrollToStep, stepInView, steps, type StepInfo } from './story-steps';

/**
 * The story page against the built site: the scroll engine, the sticky graphic and its fallbacks.
 * The graphic's state is read through the chart itself: the visible panel's description and table.
 */

const WIDTHS = [
	{ width: 375, height: 740 },
	{ width: 1280, height: 800 }
];

interface Shown {
	chart: string;
	state: string;
	/** The visible panel's key, its description and its table's first row. */
	panel: string;
	/** Whether the panel's screen-reader text (description and table) is shown. */
	text: boolean;
	description: string;
	rows: number;
	describedBy: string;
}

/** What the graphic shows: the visible chart and its visible panel. */
async function shown(page: Page): Promise<Shown | null> {
	return page.evaluate(() => {
		const slots = [...document.querySelectorAll<HTMLElement>('[data-slot][data-shown]')];
		if (slots.length !== 1) return null;
		const figure = slots[0]!.querySelector<HTMLElement>('figure.chart[data-chart]');
		const panels = figure
			? [...figure.querySelectorAll<HTMLElement>('[data-panel]:not([hidden])')]
			: [];
		if (!figure || panels.length !== 1) return null;
		const panel = panels[0]!;
		const description = panel.querySelector('[data-description]');
		return {
			chart: figure.dataset.chart!,
			state: figure.dataset.state!,
			panel: panel.dataset.panel!,
			text: panel.querySelector<HTMLElement>('[data-text]')?.hidden === false,
			description: description?.textContent?.trim() ?? '',
			rows: panel.querySelectorAll('table[data-table] tbody tr').length,
			describedBy: figure.querySelector('[data-described]')?.getAttribute('aria-describedby') ?? ''
		};
	});
}

/** The description the page's build gave a state (from the step's static figure). */
async function expectedDescription(page: Page, step: StepInfo): Promise<string> {
	return page
		.locator(`[data-step="${step.id}"] figure[data-print] img`)
		.getAttribute('alt')
		.then((alt) => alt ?? '');
}

/** Checks, through the chart's own description and table, that the graphic shows `step`. */
async function expectShows(page: Page, step: StepInfo): Promise<void> {
	await expect
		.poll(async () => {
			const s = await shown(page);
			return s && `${s.chart}/${s.state}/${s.panel}/${s.text}`;
		})
		.toBe(`${step.chart}/${step.state}/${step.state}/true`);
	const s = (await shown(page))!;
	expect(s.description).toBe(await expectedDescription(page, step));
	expect(s.description.length).toBeGreaterThan(10);
	expect(s.rows).toBeGreaterThan(0);
	const describedId = await page
		.locator(`figure[data-chart="${step.chart}"] [data-panel="${step.state}"] [data-description]`)
		.getAttribute('id');
	expect(s.describedBy).toBe(describedId);
}

/**
 * At viewport `size`, scrolls to each chart's second step (the graphic sticks by then) and, once
 * the graphic shows it, runs `check`.
 */
async function atEachChart(
	page: Page,
	size: { width: number; height: number },
	check: (step: StepInfo) => Promise<void>
): Promise<void> {
	await page.setViewportSize(size);
	await page.goto('/');
	const list = await steps(page);
	for (const chart of ['membership-map', 'defence-spending']) {
		const step = list.filter((s) => s.chart === chart)[1]!;
		await scrollToStep(page, step.id);
		await expectShows(page, step);
		await check(step);
	}
}

/** What the pointer hits at the middle of `target`: 'itself' (or its content), or what is there. */
async function hitAtMiddle(target: Locator): Promise<string> {
	return target.evaluate((el) => {
		const box = el.getBoundingClientRect();
		const at = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
		return el.contains(at) ? 'itself' : (at?.outerHTML.slice(0, 120) ?? `nothing at ${box.y}`);
	});
}

/**
 * Records every change of a shown chart's `data-state` and of the shown chart from now on (the
 * hidden chart, readied for its next step, is aria-hidden: no one sees its changes).
 */
async function recordChanges(page: Page): Promise<void> {
	await page.evaluate(() => {
		const w = window as unknown as { changes: string[] };
		w.changes = [];
		new MutationObserver((records) => {
			for (const r of records) {
				const el = r.target as HTMLElement;
				if (r.attributeName === 'data-state' && !el.closest('[aria-hidden="true"]'))
					w.changes.push(`${el.dataset.chart}:${el.dataset.state}`);
				if (r.attributeName === 'data-shown' && el.hasAttribute('data-shown'))
					w.changes.push(`show:${el.dataset.slot}`);
			}
		}).observe(document.body, {
			subtree: true,
			attributes: true,
			attributeFilter: ['data-state', 'data-shown']
		});
	});
}

const changes = (page: Page) =>
	page.evaluate(() => (window as unknown as { changes: string[] }).changes);

/** Fails the test on any console error or uncaught exception. */
function watchConsole(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

for (const size of WIDTHS) {
	test.describe(`story at ${size.width} px`, () => {
		test.use({ viewport: size });

		test('scrolling to each step shows that step’s chart state', async ({ page }) => {
			test.setTimeout(120_000);
			const errors = watchConsole(page);
			await page.goto('/');
			const list = await steps(page);
			expect(list.length).toBeGreaterThanOrEqual(9);
			await expectShows(page, list[0]!);
			for (const step of list) {
				await scrollToStep(page, step.id);
				await expectShows(page, step);
				await expect(page.locator(`[data-step="${step.id}"]`)).toHaveAttribute('data-active', '');
			}
			// And back up again.
			for (const step of [...list].reverse().slice(1, 4)) {
				await scrollToStep(page, step.id);
				await expectShows(page, step);
			}
			expect(errors).toEqual([]);
		});

		test('nothing shifts while the graphic sticks and changes (layout shift score 0)', async ({
			page
		}) => {
			test.setTimeout(120_000);
			await page.goto('/');
			await page.evaluate(() => {
				const w = window as unknown as { shift: number };
				w.shift = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries() as (PerformanceEntry & {
						value: number;
						hadRecentInput: boolean;
					})[])
						if (!e.hadRecentInput) w.shift += e.value;
				}).observe({ type: 'layout-shift' });
			});
			for (const step of await steps(page)) {
				await scrollToStep(page, step.id);
				await expectShows(page, step);
			}
			expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
		});

		test('a reload at each step restores that step’s state', async ({ page }) => {
			test.setTimeout(120_000);
			await page.goto('/');
			for (const step of await steps(page)) {
				await scrollToStep(page, step.id);
				await page.reload();
				await expect.poll(() => stepInView(page)).toBe(step.id);
				await expectShows(page, step);
			}
		});

		test('#step-<id> opens straight into that step', async ({ page }) => {
			test.setTimeout(120_000);
			await page.goto('/');
			const list = await steps(page);
			for (const step of list) {
				await page.goto('about:blank');
				await page.goto(`/#step-${step.id}`);
				await expectShows(page, step);
				expect(await stepInView(page)).toBe(step.id);
			}
		});

		test('back and forward return to each place and its state', async ({ page }) => {
			await page.goto('/');
			const list = await steps(page);
			const [a, b, away1, away2] = [list[1]!, list[5]!, list[8]!, list[3]!];
			// Read at a, follow a link away; read at b, follow another: each place goes into history.
			const follow = (id: string) =>
				page.evaluate((id) => {
					document.querySelector<HTMLAnchorElement>(`[data-step="${id}"] a.permalink`)!.click();
				}, id);
			await scrollToStep(page, a.id);
			await expectShows(page, a);
			await follow(away1.id);
			await expectShows(page, away1);
			await scrollToStep(page, b.id);
			await follow(away2.id);
			await expectShows(page, away2);
			await page.goBack();
			await expect.poll(() => stepInView(page)).toBe(b.id);
			await expectShows(page, b);
			await page.goBack();
			await expect.poll(() => stepInView(page)).toBe(a.id);
			await expectShows(page, a);
			await page.goForward();
			await expect.poll(() => stepInView(page)).toBe(b.id);
			await expectShows(page, b);
		});

		test('the hidden chart waits in its next step’s state, so reaching that step only swaps the charts', async ({
			page
		}) => {
			await page.goto('/');
			const list = await steps(page);
			// A step that brings back a chart shown before, in another state (the map in 2024).
			const swap = list.findIndex((s, i) => {
				const last = list.slice(0, i).findLast((e) => e.chart === s.chart);
				return s.chart !== list[i - 1]?.chart && last && last.state !== s.state;
			});
			expect(swap).toBeGreaterThan(0);
			const [before, next] = [list[swap - 1]!, list[swap]!];
			await scrollToStep(page, before.id);
			await expectShows(page, before);
			const hidden = page.locator(`figure.chart[data-chart="${next.chart}"]`);
			await expect(hidden).toHaveAttribute('data-state', next.state);
			await expect(page.locator(`[data-slot="${next.chart}"]`)).toHaveAttribute(
				'aria-hidden',
				'true'
			);
			await recordChanges(page);
			await scrollToStep(page, next.id);
			await expectShows(page, next);
			expect(await changes(page)).toEqual([`show:${next.chart}`]);
		});

		test('a fling to the end changes the graphic once', async ({ page }) => {
			await page.goto('/');
			const list = await steps(page);
			const last = list[list.length - 1]!;
			await expectShows(page, list[0]!);
			await recordChanges(page);
			await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
			await expectShows(page, last);
			await page.waitForTimeout(500);
			const seen = await changes(page);
			expect(seen.filter((c) => !c.startsWith('show:'))).toEqual([`${last.chart}:${last.state}`]);
			expect(seen.filter((c) => c.startsWith('show:')).length).toBeLessThanOrEqual(1);
		});

		test('a smooth fling (End key) changes the graphic once', async ({ page }) => {
			await page.goto('/');
			const list = await steps(page);
			const last = list[list.length - 1]!;
			await expectShows(page, list[0]!);
			await recordChanges(page);
			await page.locator('body').press('End');
			await expectShows(page, last);
			await page.waitForTimeout(500);
			const seen = await changes(page);
			expect(seen.filter((c) => !c.startsWith('show:'))).toEqual([`${last.chart}:${last.state}`]);
		});

		test('the graphic follows keyboard focus through the steps, in order', async ({ page }) => {
			await page.goto('/');
			const list = await steps(page);
			await page.locator(`[data-step="${list[0]!.id}"]`).focus();
			for (const step of list.slice(0, 5)) {
				// Tab until focus is on the step itself (its link and button come after it).
				for (let i = 0; i < 4; i++) {
					const on = await page.evaluate(
						() => (document.activeElement as HTMLElement).dataset.step
					);
					if (on === step.id) break;
					await page.keyboard.press('Tab');
				}
				await expect(page.locator(`[data-step="${step.id}"]`)).toBeFocused();
				await expectShows(page, step);
			}
		});

		test('a change of state is announced politely with the chart’s description', async ({
			page
		}) => {
			await page.goto('/');
			const list = await steps(page);
			const announcer = page.locator('[data-announcer]');
			await expect(announcer).toHaveAttribute('aria-live', 'polite');
			const step = list[4]!;
			await scrollToStep(page, step.id);
			await expect(announcer).toHaveText(await expectedDescription(page, step));
		});

		test('each step has a link and a button that copies it', async ({ page, context, baseURL }) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await page.goto('/');
			const step = (await steps(page))[3]!;
			const card = page.locator(`[data-step="${step.id}"]`);
			await expect(card).toHaveAttribute('id', `step-${step.id}`);
			await expect(card.locator('a.permalink')).toHaveAttribute('href', `#step-${step.id}`);
			await card.locator('button.copy').click();
			await expect(card.locator('button.copy')).toHaveText('Link copied');
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
				`${baseURL}/#step-${step.id}`
			);
		});

		test('resizes and zoom keep the graphic on the step in view', async ({ page }) => {
			test.setTimeout(120_000);
			await page.goto('/');
			const list = await steps(page);
			await scrollToStep(page, list[4]!.id);
			const cdp = await page.context().newCDPSession(page);
			// Browser zoom z shows the page at (width / z) CSS pixels with z device pixels each.
			for (const zoom of [0.5, 0.8, 1.25, 1.5, 2]) {
				await cdp.send('Emulation.setDeviceMetricsOverride', {
					width: Math.round(size.width / zoom),
					height: Math.round(size.height / zoom),
					deviceScaleFactor: zoom,
					mobile: false
				});
				const id = await stepInView(page);
				await expectShows(
					page,
					list.find((s) => s.id === id)!
				);
			}
			await cdp.send('Emulation.clearDeviceMetricsOverride');
			for (const width of [360, 600, 1024, 1600, size.width]) {
				await page.setViewportSize({ width, height: size.height });
				const id = await stepInView(page);
				await expectShows(
					page,
					list.find((s) => s.id === id)!
				);
			}
		});

		test('without JavaScript every step shows its chart state as a static figure', async ({
			browser
		}) => {
			const context = await browser.newContext({ javaScriptEnabled: false, viewport: size });
			const page = await context.newPage();
			await page.goto('/');
			await expect(page.locator('.graphic')).toBeHidden();
			const list = await steps(page);
			expect(list.length).toBeGreaterThanOrEqual(9);
			for (const step of list) {
				const figure = page.locator(`[data-step="${step.id}"] figure[data-static]`);
				await expect(figure).toBeVisible();
				const img = figure.locator('img');
				// Relative to the page, so the site works from any folder.
				await expect(img).toHaveAttribute('src', `./fallback/${step.chart}/${step.state}.png`);
				// The picture's alt text is the state's own description, as the chart gives it.
				const description = await page
					.locator(
						`figure[data-chart="${step.chart}"] [data-panel="${step.state}"] [data-description]`
					)
					.textContent();
				await expect(img).toHaveAttribute('alt', description!.trim());
			}
			await context.close();
		});

		test('printed, every step shows its chart state as a static figure', async ({ page }) => {
			await page.goto('/');
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('.graphic')).toBeHidden();
			for (const step of await steps(page)) {
				const figure = page.locator(`[data-step="${step.id}"] figure[data-print]`);
				await expect(figure).toBeVisible();
				await expect(figure.locator('img')).toHaveAttribute(
					'src',
					`./fallback/${step.chart}/${step.state}.png`
				);
			}
		});
	});
}

test('while the reader scrolls, a step becomes active in the very frame the trigger line enters it', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const context = await browser.newContext({ viewport: WIDTHS[0] });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('[data-step][data-active]')).toHaveCount(1);
	// Each frame: which step holds the trigger line (SCROLLER_DEFAULTS.offset, half way down), and,
	// once the frame is drawn (the next task), which step the page marked active.
	await page.evaluate(() => {
		const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
		const frames: { line: number; active: number }[] = [];
		const after = new MessageChannel();
		let line = -1;
		after.port1.onmessage = () =>
			frames.push({ line, active: steps.findIndex((s) => s.hasAttribute('data-active')) });
		const frame = () => {
			const trigger = innerHeight * 0.5;
			line = Math.max(
				0,
				steps.findLastIndex((s) => s.getBoundingClientRect().top <= trigger)
			);
			after.port2.postMessage(0);
			requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
		Object.assign(window, { __frames: frames });
	});
	// A steady read through the first steps: 20 px per wheel tick, a frame apart at most, about
	// 1.6 screens a second (a bigger jump within one frame counts as a fling, which waits).
	const end = await page
		.locator('[data-step]')
		.nth(5)
		.evaluate((el) => (el as HTMLElement).offsetTop);
	while ((await page.evaluate(() => scrollY)) < end) {
		await page.mouse.wheel(0, 20);
		await page.waitForTimeout(20);
	}
	await page.waitForTimeout(300);
	const frames = (await page.evaluate('window.__frames')) as { line: number; active: number }[];
	const crossings = frames.filter((f, i) => i > 0 && f.line !== frames[i - 1]!.line);
	expect(crossings.length).toBeGreaterThanOrEqual(4);
	expect(frames.filter((f) => f.active !== f.line)).toEqual([]);
	await context.close();
});

test('while the reader scrolls, the screen-reader text and the announcement follow a state in the frame it is shown', async ({
	browser
}) => {
	const context = await browser.newContext({ viewport: WIDTHS[0] });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('[data-step][data-active]')).toHaveCount(1);
	const list = await steps(page);
	const target = list.find((s) => s.chart !== list[0]!.chart || s.state !== list[0]!.state)!;
	const description = await expectedDescription(page, target);
	// A slow scroll, a few pixels every frame, from before the state changes to 10 frames after.
	const seen = await page.evaluate(
		async ({ chart, state }) => {
			const frame = () => new Promise((done) => requestAnimationFrame(done));
			const seen: { text: boolean; announced: string }[] = [];
			for (let i = 0; i < 2000 && seen.length < 11; i++) {
				scrollBy(0, 6);
				await frame();
				const figure = document.querySelector<HTMLElement>('[data-slot][data-shown] figure');
				if (
					seen.length === 0 &&
					(figure?.dataset.chart !== chart || figure.dataset.state !== state)
				)
					continue;
				const text = figure!.querySelector<HTMLElement>(`[data-panel="${state}"] [data-text]`)!;
				const announcer = document.querySelector('[data-announcer]')!;
				seen.push({ text: !text.hidden, announced: announcer.textContent!.trim() });
			}
			return seen;
		},
		{ chart: target.chart, state: target.state }
	);
	expect(seen).toEqual(Array.from({ length: 11 }, () => ({ text: true, announced: description })));
	await context.close();
});

test('at each map step the map is drawn once, its root in the state’s classes; the shown chart opaque, the other transparent', async ({
	page
}) => {
	test.setTimeout(60_000);
	await page.goto('/');
	const figure = page.locator('.graphic figure.chart[data-chart="membership-map"]');
	await expect(figure.locator('svg')).toHaveCount(1);
	for (const step of (await steps(page)).filter((s) => s.chart === 'membership-map')) {
		await scrollToStep(page, step.id);
		await expectShows(page, step);
		const classes = await figure
			.locator(`[data-panel="${step.state}"]`)
			.getAttribute('data-classes');
		const stateClasses = new Set(
			(
				await figure
					.locator('[data-panel]')
					.evaluateAll((panels) => panels.map((p) => (p as HTMLElement).dataset.classes))
			).flatMap((c) => (c ?? '').split(/\s+/).filter(Boolean))
		);
		const root = await figure
			.locator('[data-described]')
			.evaluate((el) => [...el.classList].sort());
		expect(root.filter((c) => stateClasses.has(c))).toEqual(
			classes!.split(/\s+/).filter(Boolean).sort()
		);
		await expect
			.poll(() =>
				page
					.locator('[data-slot]')
					.evaluateAll((els) =>
						els.map((el) => `${el.hasAttribute('data-shown')} ${getComputedStyle(el).opacity}`)
					)
			)
			.toEqual(['true 1', 'false 0']);
	}
});

test('the hidden chart takes no focus: Tab never lands in it', async ({ browser }) => {
	const context = await browser.newContext({ viewport: WIDTHS[0] });
	const page = await context.newPage();
	await page.goto('/');
	const hidden = page.locator('[data-slot]:not([data-shown])');
	await expect(hidden).toHaveCount(1);
	await expect(hidden.locator('button, a[href]').first()).toBeAttached();
	const inHidden: string[] = [];
	for (let i = 0; i < 80; i++) {
		await page.keyboard.press('Tab');
		const where = await page.evaluate(() => {
			const el = document.activeElement;
			return el?.closest('[data-slot]:not([data-shown])') ? el.outerHTML.slice(0, 80) : '';
		});
		if (where) inHidden.push(where);
	}
	expect(inHidden).toEqual([]);
	await context.close();
});

test('the pointer reaches the shown chart’s controls through the hidden chart, whichever lies on top', async ({
	page
}) => {
	test.setTimeout(60_000);
	// Tall enough that the hidden spending chart, over the map, covers the map's controls.
	await atEachChart(page, { width: 900, height: 1100 }, async ({ chart, state }) => {
		await expect(page.locator('[data-slot]:not([data-shown])')).toHaveJSProperty('inert', true);
		const button = page.locator(`[data-slot="${chart}"] [data-export-png]`);
		expect(await hitAtMiddle(button), `${chart}: what the pointer hits`).toBe('itself');
		const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
		expect(download.suggestedFilename()).toMatch(new RegExp(`^${chart}-${state}(@\\dx)?\\.png$`));
	});
});

// Laptop screens (1366×768 and 1280×720 leave about 657 and 700 px in a browser) and a small
// window (1024×640), where script narrows the drawing further.
for (const size of [
	{ width: 1280, height: 700 },
	{ width: 1366, height: 657 },
	{ width: 1024, height: 640 }
]) {
	test(`at ${size.width}×${size.height} each chart fits the graphic, its source and PNG button in view`, async ({
		page
	}) => {
		test.setTimeout(60_000);
		await atEachChart(page, size, async ({ chart }) => {
			const slot = page.locator(`[data-slot="${chart}"]`);
			// The fit follows once the page is idle: wait until the whole chart is inside the graphic.
			await expect
				.poll(() =>
					slot.evaluate((el) => {
						const graphic = el.closest('.graphic')!.getBoundingClientRect();
						const box = el.getBoundingClientRect();
						return box.top >= graphic.top && box.bottom <= graphic.bottom;
					})
				)
				.toBe(true);
			for (const part of ['[data-source]', '[data-export-png]']) {
				const hit = await hitAtMiddle(slot.locator(`.chart-footer ${part}`));
				expect(hit, `${chart}: what is at its ${part}`).toBe('itself');
			}
			// The drawing still takes a third of the column, at least.
			const [drawing, column] = await slot.evaluate((el) => [
				el.querySelector<HTMLElement>('[role="img"]')!.offsetWidth,
				(el as HTMLElement).offsetWidth
			]);
			expect(drawing).toBeGreaterThan(column / 3);
		});
	});
}

test('a screen reader finds the shown state’s panel and none of the hidden ones (kept on screen, transparent)', async ({
	page
}) => {
	await page.goto('/');
	const list = await steps(page);
	const step = list.filter((s) => s.chart === 'membership-map')[2]!;
	await scrollToStep(page, step.id);
	await expectShows(page, step);
	const figure = page.locator(`[data-slot][data-shown] figure[data-chart="${step.chart}"]`);
	const dates = await figure.locator('[data-panel]').evaluateAll((panels) =>
		panels.map((p) => ({
			state: (p as HTMLElement).dataset.panel!,
			date: p.querySelector('time')?.textContent?.trim() ?? '',
			// The story keeps every panel laid out: each hidden one is only transparent.
			laidOut: (p as HTMLElement).offsetHeight > 0
		}))
	);
	expect(dates.length).toBeGreaterThan(2);
	expect(dates.every((d) => d.date && d.laidOut)).toBe(true);
	// Each panel's date is a <time>; the data table repeats dates only as cells.
	const times = [...(await figure.ariaSnapshot()).matchAll(/- time(?: \[[^\]]*\])?: (.+)$/gm)];
	expect(times.map((m) => m[1])).toEqual(
		dates.filter((d) => d.state === step.state).map((d) => d.date)
	);
});

test('under prefers-reduced-motion states snap: no transition runs', async ({ browser }) => {
	const context = await browser.newContext({ reducedMotion: 'reduce' });
	const page = await context.newPage();
	await page.goto('/');
	const list = await steps(page);
	const target = list.find((s) => s.chart !== list[0]!.chart)!;
	await page.evaluate((id) => (location.hash = `step-${id}`), target.id);
	await expectShows(page, target);
	expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
	await context.close();
});

test('every static figure’s picture is served from the build and decodes (made after vite build)', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	const images = await page.locator('figure[data-static] img').all();
	expect(images.length).toBeGreaterThanOrEqual(9);
	for (const img of images) {
		await img.scrollIntoViewIfNeeded();
		await expect
			.poll(() => img.evaluate((i: HTMLImageElement) => (i.complete ? i.naturalWidth : 0)))
			.toBe(FALLBACK_SIZE.width * FALLBACK_SIZE.scale);
	}
	await context.close();
});

/** A small seeded PRNG (mulberry32), so a failing run can be repeated. */
function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

test('200 random scrolls, flings, resizes and hash changes end on the step in view', async ({
	page
}) => {
	test.setTimeout(120_000);
	const seed = Number(process.env.STRESS_SEED ?? 20191203);
	const next = random(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
	const errors = watchConsole(page);
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.goto('/');
	const list = await steps(page);
	const done: string[] = [];
	for (let i = 0; i < 200; i++) {
		const action = pick(['scroll', 'wheel', 'fling', 'resize', 'hash', 'history'] as const);
		done.push(action);
		switch (action) {
			case 'scroll':
				await page.evaluate(
					(f) => window.scrollTo(0, f * document.documentElement.scrollHeight),
					next()
				);
				break;
			case 'wheel':
				await page.mouse.move(10, 10);
				await page.mouse.wheel(0, (next() - 0.5) * 3000);
				break;
			case 'fling':
				await page.evaluate(
					(down) => window.scrollTo(0, down ? document.documentElement.scrollHeight : 0),
					next() < 0.5
				);
				break;
			case 'resize':
				await page.setViewportSize({
					width: 360 + Math.floor(next() * 1240),
					height: 500 + Math.floor(next() * 500)
				});
				break;
			case 'hash':
				await page.evaluate((id) => (location.hash = `step-${id}`), pick(list).id);
				break;
			case 'history':
				await page.evaluate((back) => (back ? history.back() : history.forward()), next() < 0.5);
				break;
		}
		if (next() < 0.3) await page.waitForTimeout(Math.floor(next() * 60));
	}
	await page.waitForTimeout(300);
	const id = await stepInView(page);
	await expectShows(
		page,
		list.find((s) => s.id === id)!
	);
	expect(errors, `seed ${seed}`).toEqual([]);
});
