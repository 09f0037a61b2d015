import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { formatPercent, formatUsdBillions } from '../src/lib/charts/defaults';

// Expected figures are computed here from the committed CSVs, independently of src/lib/data.
const rows = (file: string) => {
	const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
	const names = header!.split(',');
	return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v])));
};
const releases = rows('data/spending/sipri-releases.csv');
const latest = Math.max(...releases.map((r) => Number(r.release)));
const base = releases.find((r) => Number(r.release) === latest)!.base_year!;
const claimRow = readFileSync('data/claims.csv', 'utf8')
	.split('\n')
	.find((l) => l.startsWith('share,'))!
	.split(',');
const claimYear = Number(claimRow[3]);
const claim = Number(claimRow[1]) / 100;

/** A value of a series from release `release`'s CSV; null when the CSV has none. */
function value(release: number, basis: string, year: number, series: string): number | null {
	const row = rows(`data/spending/sipri-${release}.csv`).find(
		(r) => r.price_basis === basis && Number(r.year) === year && r.series === series
	);
	if (!row) throw new Error(`no ${series} ${year} ${basis} in release ${release}`);
	return row.usd_millions === '' ? null : Number(row.usd_millions);
}
const constant = `constant-${base}`;
const share = (release: number, basis: string, year: number) =>
	value(release, basis, year, 'nato_at_year_end')! / value(release, basis, year, 'world')!;
const members = (year: number) =>
	rows('data/nato-members.csv').filter((m) => m.accession_date! <= `${year}-12-31`).length;

const STATES = ['world', 'share', 'claim-2019', 'us-share', 'latest'] as const;

async function open(page: Page, step: string) {
	await page.goto(`/embed/defence-spending/?step=${step}`);
	await page.evaluate(() => document.fonts.ready);
	const figure = page.locator('figure.chart[data-chart="defence-spending"]');
	await expect(figure).toHaveAttribute('data-state', step);
	// The cross-fade from the prerendered state ends before anything is measured.
	await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
	return figure;
}

const panel = (page: Page) => page.locator('[data-panel]:not([hidden])');
const description = (page: Page) => panel(page).locator('[data-description]');
const tableRow = (page: Page, first: string) =>
	panel(page)
		.locator('table[data-table] tbody tr')
		.filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^${first}$`) }) });

test.describe('each state at /embed/defence-spending/?step=<id>', () => {
	test('world: world total at constant prices, a gap for 1991', async ({ page }) => {
		await open(page, 'world');
		const last = value(latest, constant, latest, 'world')!;
		await expect(description(page)).toContainText(`${formatUsdBillions(last)} in ${latest}`);
		await expect(description(page)).toContainText('no world total for 1991');
		await expect(tableRow(page, '1991').locator('td').nth(1)).toHaveText('no world total');
		const first = value(latest, constant, 1988, 'world')!;
		await expect(tableRow(page, '1988').locator('td').nth(1)).toHaveText(
			formatUsdBillions(first).replace(/^\$| bn$/g, '')
		);
	});

	test('share: the constant-price share, the years above the claim', async ({ page }) => {
		await open(page, 'share');
		const s2019 = formatPercent(share(latest, constant, claimYear));
		await expect(description(page)).toContainText(
			`In ${claimYear}, the year of the claim, it was ${s2019}`
		);
		const years = rows(`data/spending/sipri-${latest}.csv`)
			.filter((r) => r.price_basis === constant && r.series === 'world' && r.usd_millions !== '')
			.map((r) => Number(r.year));
		const above = years.filter((y) => share(latest, constant, y) > claim);
		const yes = await panel(page)
			.locator('table[data-table] tbody tr')
			.filter({ has: page.locator('td:nth-child(3)', { hasText: /^yes$/ }) })
			.locator('td:first-child')
			.allTextContents();
		expect(yes.map(Number)).toEqual(above);
		await expect(tableRow(page, '1992').locator('td').nth(1)).toHaveText(
			formatPercent(share(latest, constant, 1992))
		);
	});

	test('claim-2019: SIPRI at current prices, NATO’s own figure beside it', async ({ page }) => {
		await open(page, 'claim-2019');
		const nato = value(claimYear, 'current', claimYear, 'nato_at_year_end')!;
		const world = value(claimYear, 'current', claimYear, 'world')!;
		await expect(description(page)).toContainText(
			`NATO's ${members(claimYear)} members spent ${formatUsdBillions(nato)} of the world's ${formatUsdBillions(world)}, ${formatPercent(nato / world)}`
		);
		await expect(description(page)).toContainText("set against SIPRI's world total");
		const official = rows('data/nato/milex-nato-official.csv').filter(
			(r) =>
				r.edition === `${claimYear}-06` && Number(r.year) === claimYear && r.entity_type === 'ally'
		);
		const total = official.reduce((s, r) => s + Number(r.usd_current_millions), 0);
		await expect(panel(page).locator('table[data-table]')).toContainText(
			formatUsdBillions(total).replace(/^\$| bn$/g, '')
		);
		await expect(page.locator('[data-source] [data-layer="claim-2019"]')).toContainText(
			'NATO, Defence Expenditure of NATO Countries, June 2019'
		);
	});

	test('us-share: the US part of the NATO total', async ({ page }) => {
		await open(page, 'us-share');
		for (const year of [claimYear, latest]) {
			const us = value(latest, constant, year, 'united_states')!;
			const nato = value(latest, constant, year, 'nato_at_year_end')!;
			await expect(description(page)).toContainText(
				`in ${year} ${formatUsdBillions(us)} of NATO's ${formatUsdBillions(nato)}, ${formatPercent(us / nato)}`
			);
			await expect(tableRow(page, String(year)).locator('td').nth(3)).toHaveText(
				formatPercent(us / nato)
			);
		}
	});

	test('latest: the last year, today’s members, the share', async ({ page }) => {
		await open(page, 'latest');
		await expect(description(page)).toContainText(
			`In ${latest} NATO's ${members(latest)} members spent ${formatUsdBillions(value(latest, 'current', latest, 'nato_at_year_end')!)}`
		);
		await expect(description(page)).toContainText(formatPercent(share(latest, 'current', latest)));
	});
});

/** Text boxes of the visible graphic, and the facts a layout check needs. */
async function layout(page: Page) {
	return page.evaluate(async () => {
		// Layers cross-fade (opacity); wait until no fade runs.
		await Promise.all(document.getAnimations().map((a) => a.finished));
		const layers = [...document.querySelectorAll<HTMLElement>('.ds-size .ds-layer')].filter(
			(l) =>
				getComputedStyle(l).visibility === 'visible' &&
				Number(getComputedStyle(l).opacity) > 0 &&
				l.getBoundingClientRect().width > 0
		);
		const svg = layers[0]?.querySelector('svg');
		if (layers.length !== 1 || !svg)
			return { layers: layers.length, boxes: [], fontPx: 0, svg: null, scroll: 0 };
		const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
		const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent!.trim() !== '');
		const boxes = texts.map((t) => {
			const r = t.getBoundingClientRect();
			return { text: t.textContent!, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
		});
		const r = svg.getBoundingClientRect();
		return {
			layers: layers.length,
			boxes,
			fontPx: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize))) * scale,
			svg: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
			scroll: document.documentElement.scrollWidth - window.innerWidth
		};
	});
}

// 600 and 900 px show the medium and regular sizes, which the others do not.
for (const width of [320, 375, 600, 900, 1280, 1600])
	test.describe(`at ${width} px`, () => {
		test.use({ viewport: { width, height: 900 } });
		for (const step of STATES)
			test(`${step}: one graphic shown, no text overlaps or leaves it, text ≥ 12 px`, async ({
				page
			}) => {
				await open(page, step);
				const l = await layout(page);
				expect(l.layers).toBe(1);
				expect(l.scroll, 'the page scrolls sideways').toBeLessThanOrEqual(0);
				if (width <= 375) expect(l.fontPx).toBeGreaterThanOrEqual(12);
				for (const b of l.boxes) {
					expect(b.left, `${b.text} leaves the graphic`).toBeGreaterThanOrEqual(l.svg!.left - 1);
					expect(b.right, `${b.text} leaves the graphic`).toBeLessThanOrEqual(l.svg!.right + 1);
				}
				for (let i = 0; i < l.boxes.length; i++)
					for (let j = i + 1; j < l.boxes.length; j++) {
						const a = l.boxes[i]!;
						const b = l.boxes[j]!;
						const overlap =
							Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
							Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
						expect(overlap, `"${a.text}" overlaps "${b.text}"`).toBe(false);
					}
			});

		test('every state takes the same box: switching does not move the page', async ({ page }) => {
			const heights = [];
			for (const step of STATES) {
				const figure = await open(page, step);
				heights.push((await figure.boundingBox())!.height);
			}
			expect(new Set(heights).size, heights.join(', ')).toBe(1);
		});
	});

for (const width of [375, 1280])
	test.describe(`snapshots at ${width} px`, () => {
		test.use({ viewport: { width, height: 900 } });
		for (const step of STATES)
			test(`${step}`, async ({ page }) => {
				const figure = await open(page, step);
				await expect(figure.locator('.ds')).toHaveScreenshot(`${step}-${width}.png`);
			});
	});

test('switching states cross-fades, and not at all under reduced motion', async ({ browser }) => {
	for (const reducedMotion of ['no-preference', 'reduce'] as const) {
		const context = await browser.newContext({ reducedMotion });
		const page = await context.newPage();
		await open(page, 'share');
		const duration = await page
			.locator('.ds-size .ds-layer[data-layer="world"]')
			.first()
			.evaluate((el) => getComputedStyle(el).transitionDuration);
		if (reducedMotion === 'reduce')
			expect(duration.split(', ').every((d) => d === '0s')).toBe(true);
		else expect(duration).toMatch(/[1-9]/);
		await context.close();
	}
});

test('the embed ships no Plot and no framework: its only script is the embed script', async ({
	page
}) => {
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
	});
	await open(page, 'share');
	expect(scripts).toEqual(['/js/embed-child.js']);
	const html = await (await page.request.get('/embed/defence-spending/')).text();
	expect(html).not.toMatch(/observablehq|__sveltekit_/);
});

test('without JavaScript the prerendered state shows with its description', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/embed/defence-spending/');
	const figure = page.locator('figure.chart[data-chart="defence-spending"]');
	const key = await figure.getAttribute('data-state');
	expect(STATES).toContain(key);
	await expect(figure.locator(`[data-panel="${key}"] [data-description]`)).toContainText('%');
	await context.close();
});
