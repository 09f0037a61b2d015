import { readFileSync } from 'node:fs';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { CHART_IDS } from './charts';
import { contentFrame, expectFitted } from './hosts/fit';
import { startHostServer, type HostServer } from './hosts/server';
import { expectShown, scrollToStep, steps } from './story-steps';

/**
 * The build under the strict Content-Security-Policy it writes to csp-header.txt, as the preview
 * server (which the browser tests use) sends it: no 'unsafe-inline' for scripts or styles. The
 * story scrolls through its states, the embeds are styled and resize, PNG export works, and no
 * violation is reported, on our pages and in a host that sandboxes the embed.
 */

let hosts: HostServer;
test.beforeAll(async () => {
	hosts = await startHostServer();
});
test.afterAll(async () => {
	await hosts.close();
});

const header = readFileSync(new URL('../build/csp-header.txt', import.meta.url), 'utf8').trim();

/** Records every `securitypolicyviolation` in the page and its frames. */
async function watchViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { __cspViolation(text: string): void }).__cspViolation(
				`${location.pathname}: ${e.effectiveDirective} ${e.blockedURI} ${e.sample}`
			)
		);
	});
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
	});
	return violations;
}

/** The chart's font and the page's are the same web font. */
async function expectStyled(frame: Page | Frame): Promise<void> {
	const fonts = await frame.evaluate(async () => {
		await document.fonts.ready;
		const figure = document.querySelector('figure.chart')!;
		return {
			page: getComputedStyle(document.body).fontFamily,
			chart: getComputedStyle(figure.querySelector('.chart-title')!).fontFamily,
			loaded: document.fonts.check('16px "Noto Sans"'),
			// The theme's colours come from its inline stylesheet.
			background: getComputedStyle(document.documentElement).getPropertyValue('--bg').trim()
		};
	});
	expect(fonts.chart).toBe(fonts.page);
	expect(fonts.page).toMatch(/^"Noto Sans"/);
	expect(fonts.loaded).toBe(true);
	expect(fonts.background).not.toBe('');
}

test('every page is served with the build’s policy, which allows no inline script or style', async ({
	page
}) => {
	expect(header).toMatch(/(^|; )script-src 'self'(;|$)/);
	expect(header).toMatch(/(^|; )style-src 'self'( 'sha256-[\w+/=]+')+(;|$)/);
	expect(header).not.toContain('unsafe-inline');
	expect(header).not.toContain('unsafe-eval');
	for (const path of ['/', '/embed/', ...CHART_IDS.map((c) => `/embed/${c}/`)]) {
		const response = await page.goto(path);
		expect(response!.headers()['content-security-policy'], path).toBe(header);
	}
});

test('under the policy the story scrolls through its states, with no violation', async ({
	page
}) => {
	test.setTimeout(120_000);
	const violations = await watchViolations(page);
	await page.goto('/');
	await expectStyled(page);
	for (const step of await steps(page)) {
		await scrollToStep(page, step.id);
		await expectShown(page, step);
	}
	expect(violations).toEqual([]);
});

for (const chart of CHART_IDS) {
	test(`under the policy /embed/${chart}/ is styled, resizes in a host and saves a PNG, with no violation`, async ({
		page,
		baseURL
	}) => {
		const violations = await watchViolations(page);
		await page.setViewportSize({ width: 1200, height: 900 });
		await page.goto(hosts.url('loader', `${baseURL}/`, [chart]));
		const iframe = page.locator('iframe[data-nato-chart]');
		const wide = await expectFitted(iframe);
		const frame = await contentFrame(iframe);
		await expectStyled(frame);
		await page.setViewportSize({ width: 320, height: 900 });
		expect(await expectFitted(iframe)).not.toBe(wide);
		await expectSavesPng(page, frame, chart);
		expect(violations).toEqual([]);
	});
}

test('in a host that sandboxes it (scripts, its own origin, downloads; no referrer) the embed resizes and saves a PNG', async ({
	page,
	baseURL
}) => {
	const violations = await watchViolations(page);
	const chart = CHART_IDS[0];
	await page.setViewportSize({ width: 1200, height: 900 });
	await page.goto(hosts.url('sandboxed', `${baseURL}/`, [chart], 'step=1999-03-12'));
	const iframe = page.locator('iframe[data-nato-chart]');
	await expect(iframe).toHaveAttribute(
		'sandbox',
		'allow-scripts allow-same-origin allow-downloads'
	);
	await expectFitted(iframe);
	const frame = await contentFrame(iframe);
	await expect(frame.locator('figure.chart')).toHaveAttribute('data-state', '1999-03-12');
	await expectStyled(frame);
	await expectSavesPng(page, frame, chart);
	expect(violations).toEqual([]);
});

/** Clicks the frame's Download PNG button and checks that a whole PNG of the state arrives. */
async function expectSavesPng(page: Page, frame: Frame, chart: string): Promise<void> {
	const state = await frame.locator('figure.chart').getAttribute('data-state');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		frame.getByRole('button', { name: 'Download PNG' }).click()
	]);
	expect(download.suggestedFilename()).toBe(`${chart}-${state}@2x.png`);
	const png = PNG.sync.read(readFileSync((await download.path())!));
	expect(png.width).toBeGreaterThan(300);
	expect(png.height).toBeGreaterThan(200);
}
