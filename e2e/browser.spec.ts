import { expect, test } from '@playwright/test';

// The benchmark and these tests measure the page alone: the browser must not load its own UI
// beside it (Chromium 156 loads the address bar's WebUI popups in every window, headless too).
test('the browser under test loads nothing but the page', async ({ browser }) => {
	await browser.startTracing(undefined, { categories: ['devtools.timeline'] });
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('/embed.js');
	await page.waitForTimeout(1000);
	const trace = JSON.parse((await browser.stopTracing()).toString()) as {
		traceEvents: { name: string; args?: { data?: { url?: string } } }[];
	};
	await context.close();
	const urls = trace.traceEvents
		.filter((e) => e.name === 'ResourceSendRequest')
		.map((e) => e.args?.data?.url ?? '');
	expect(urls.some((u) => u.endsWith('/embed.js'))).toBe(true);
	expect(urls.filter((u) => u.startsWith('chrome:'))).toEqual([]);
});
