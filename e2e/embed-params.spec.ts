import { expect, test, type Page } from '@playwright/test';
import { CHART_IDS } from './charts';

/** Everything a page says or does that a test should know about. */
function watch(page: Page) {
	const seen = { warnings: [] as string[], others: [] as string[], dialogs: [] as string[] };
	page.on('console', (message) => {
		if (message.type() === 'warning') seen.warnings.push(message.text());
		else seen.others.push(`${message.type()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => seen.others.push(`pageerror: ${error.message}`));
	page.on('dialog', async (dialog) => {
		seen.dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	return seen;
}

/** The state a figure shows: its data-state, the visible panels, the look flags on <html>. */
async function shown(page: Page) {
	return page.evaluate(() => {
		const figure = document.querySelector<HTMLElement>('figure.chart[data-chart]')!;
		const root = document.documentElement;
		return {
			state: figure.dataset.state,
			visible: [...figure.querySelectorAll<HTMLElement>('[data-panel]:not([hidden])')].map(
				(p) => p.dataset.panel
			),
			theme: root.dataset.theme,
			plain: root.hasAttribute('data-plain'),
			transparent: root.hasAttribute('data-transparent')
		};
	});
}

/** Hostile queries (as pairs, to be encoded), each with how many of its parameters must be refused. */
const HOSTILE: [string, string][][] = [
	[['step', '<img src=x onerror=alert(1)>']],
	[['step', '"><script>alert(document.domain)</script>']],
	[['date', 'javascript:alert(1)']],
	[['theme', 'javascript:alert(1)']],
	[['theme', 'dark" onload="alert(1)']],
	[['plain', '<svg/onload=alert(1)>']],
	[['transparent', 'x'.repeat(10_000)]],
	[['year', '99999999999999999999999999999999']],
	[['year', '1e308']],
	[['year', '-2004']],
	[['date', '９９９９-01-01']],
	[['year', '２００４']],
	[['step', '🇳🇴\u202e\u0000']],
	[['step', '__proto__']],
	[
		['step', 'constructor'],
		['theme', 'toString']
	],
	[
		['year', '2004'],
		['year', '1999']
	],
	[
		['theme', 'dark'],
		['theme', 'light'],
		['plain', '1'],
		['plain', '1']
	]
];

/** How many warnings a query must give: one per embed parameter that cannot be used. */
function refused(pairs: [string, string][]): number {
	const names = new Set(pairs.map(([name]) => name));
	return names.size;
}

/** pym.js's parameters and anything unknown are ignored without a word. */
const IGNORED: [string, string][] = [
	['childId', 'chart-1'],
	['initialWidth', '320'],
	['parentTitle', '<b>title</b>'],
	['parentUrl', 'javascript:alert(1)'],
	['utm_source', '<i>x</i>']
];

for (const chart of CHART_IDS) {
	test(`/embed/${chart}/ with hostile parameters renders its default state, runs nothing injected and only warns`, async ({
		page
	}) => {
		await page.addInitScript(() => {
			// Anything an injected script could call.
			for (const name of ['alert', 'confirm', 'prompt'] as const)
				window[name] = () => {
					throw new Error(`injected ${name}`);
				};
		});
		const seen = watch(page);
		await page.goto(`/embed/${chart}/`);
		const defaults = await shown(page);
		expect(defaults).toMatchObject({ theme: 'light', plain: false, transparent: false });
		expect(defaults.visible).toEqual([defaults.state]);
		expect(seen.warnings).toEqual([]);
		const scripts = await page.locator('script').count();

		for (const pairs of [...HOSTILE, IGNORED, HOSTILE.flat()]) {
			seen.warnings.length = 0;
			const query = new URLSearchParams(pairs).toString();
			await page.goto(`/embed/${chart}/?${query}`);
			expect(await shown(page), query).toEqual(defaults);
			expect(seen.warnings, query).toHaveLength(pairs === IGNORED ? 0 : refused(pairs));
			for (const warning of seen.warnings) {
				expect(warning).toMatch(/^embed: /);
				expect(warning, 'a warning quotes only a short piece').not.toContain('x'.repeat(41));
			}
			expect(await page.locator('script').count(), query).toBe(scripts);
			const html = await page.content();
			for (const marker of ['onerror=', 'onload=', '<script>alert', 'javascript:alert'])
				expect(html, query).not.toContain(marker);
		}
		expect(seen.dialogs).toEqual([]);
		expect(seen.others).toEqual([]);
	});

	test(`/embed/${chart}/ applies ?step=, ?date=, ?theme=, ?plain= and ?transparent=`, async ({
		page
	}) => {
		const seen = watch(page);
		await page.goto(`/embed/${chart}/`);
		const { state } = await shown(page);
		const panels = await page
			.locator('[data-panel]')
			.evaluateAll((ps) => ps.map((p) => ({ key: p.dataset.panel!, from: p.dataset.from })));
		// A state other than the default, so that showing it proves the parameter worked.
		const other = panels.find((p) => p.key !== state)!;

		await page.goto(
			`/embed/${chart}/?step=${encodeURIComponent(other.key)}&theme=dark&plain=1&transparent=1`
		);
		expect(await shown(page)).toEqual({
			state: other.key,
			visible: [other.key],
			theme: 'dark',
			plain: true,
			transparent: true
		});
		// Header and footer are left to screen readers: 1 px boxes, their text still there.
		for (const part of ['.chart-header', '.chart-footer']) {
			expect((await page.locator(part).boundingBox())?.height, part).toBeLessThanOrEqual(1);
			await expect(page.locator(part)).not.toBeEmpty();
			// No control a keyboard could reach without seeing it.
			for (const control of await page
				.locator(`${part} :is(a, button, input, select, [tabindex])`)
				.all())
				await expect(control).toBeHidden();
		}
		expect(
			await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
		).toBe('rgba(0, 0, 0, 0)');
		const described = await page
			.locator('[data-described]')
			.first()
			.getAttribute('aria-describedby');
		await expect(page.locator(`#${described}`)).toHaveAttribute('data-description', '');
		expect(
			await page
				.locator(`#${described}`)
				.evaluate((el) => el.closest<HTMLElement>('[data-panel]')?.dataset.panel)
		).toBe(other.key);

		if (other.from) {
			await page.goto(`/embed/${chart}/?date=${other.from}&theme=auto`);
			expect(await shown(page)).toMatchObject({ state: other.key, theme: 'auto' });
		}
		await page.goto(`/embed/${chart}/?theme=dark`);
		expect(
			await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
		).not.toBe('rgb(255, 255, 255)');
		expect(seen.warnings).toEqual([]);
		expect(seen.others).toEqual([]);
	});
}

for (const query of ['year=1948', 'date=0099-01-01'])
	test(`/embed/membership-map/?${query} shows the first state and says so in the chart and the console`, async ({
		page
	}) => {
		const seen = watch(page);
		await page.goto('/embed/membership-map/');
		const first = await page
			.locator('[data-panel]')
			.first()
			.evaluate((p) => ({ key: p.dataset.panel!, label: p.dataset.label! }));
		await page.goto(`/embed/membership-map/?${query}`);
		expect((await shown(page)).state).toBe(first.key);
		const asked = query.split('=')[1]!;
		const notice = page.locator('figure.chart [data-notice]');
		await expect(notice).toBeVisible();
		await expect(notice).toHaveText(
			`${asked} is before the chart's first state, ${first.label}. It shows that state.`
		);
		expect(seen.warnings).toEqual([
			`embed: ${asked} is before the first state (${first.key}); showing ${first.key}`
		]);
		// Without such a query the notice stays hidden.
		await page.goto('/embed/membership-map/?year=2004');
		await expect(notice).toBeHidden();
	});
