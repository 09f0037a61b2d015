import { expect, test, type Locator, type Page } from '@playwright/test';
import { CHART_IDS } from './charts';
import { contentFrame, expectFitted, heights } from './hosts/fit';
import { startHostServer, type HostServer } from './hosts/server';

// The host pages are served from another origin (127.0.0.1 and another port) than the site.
let hosts: HostServer;
test.beforeAll(async () => {
	hosts = await startHostServer();
});
test.afterAll(async () => {
	await hosts.close();
});

const WIDE = { width: 1200, height: 900 };
const NARROW = { width: 320, height: 900 };

/** Load, narrow the host to 320 px, widen it back: the iframe fits its content each time. */
async function expectFittedWhileResizing(page: Page, iframe: Locator): Promise<void> {
	await iframe.scrollIntoViewIfNeeded();
	const wide = await expectFitted(iframe);
	await page.setViewportSize(NARROW);
	const narrow = await expectFitted(iframe);
	// The content's height depends on its width, so the iframe really had to follow it.
	expect(narrow).not.toBe(wide);
	await page.setViewportSize(WIDE);
	expect(Math.abs((await expectFitted(iframe)) - wide)).toBeLessThanOrEqual(2);
}

test.use({ viewport: WIDE });

test('/embed.js sizes each of our iframes to its content on load, at 320 px and wide again', async ({
	page,
	baseURL
}) => {
	await page.goto(hosts.url('loader', `${baseURL}/`, [...CHART_IDS]));
	const iframes = page.locator('iframe[data-nato-chart]');
	await expect(iframes).toHaveCount(CHART_IDS.length);
	for (const [i] of CHART_IDS.entries()) await expectFittedWhileResizing(page, iframes.nth(i));
});

for (const chart of CHART_IDS) {
	test(`pym.js Parent sizes /embed/${chart}/ on load, at 320 px and wide again`, async ({
		page,
		baseURL
	}) => {
		await page.goto(hosts.url('pym', `${baseURL}/`, [chart]));
		const iframe = page.locator('#chart-1 iframe');
		await expect(iframe).toHaveAttribute('src', /childId=chart-1/);
		await expectFittedWhileResizing(page, iframe);
	});

	test(`@newswire/frames sizes /embed/${chart}/ on load, at 320 px and wide again`, async ({
		page,
		baseURL
	}) => {
		await page.goto(hosts.url('frames', `${baseURL}/`, [chart]));
		await expectFittedWhileResizing(page, page.locator('[data-frame-src] iframe'));
	});
}

test('/embed.js ignores height messages from any window but the iframe’s own', async ({
	page,
	baseURL
}) => {
	await page.goto(hosts.url('loader', `${baseURL}/`, [CHART_IDS[0]]));
	const iframe = page.locator('iframe[data-nato-chart]');
	await expectFitted(iframe);
	const rogue = page.locator('#rogue');
	const before = await heights(iframe);
	const rogueBefore = await rogue.evaluate((el) => el.clientHeight);
	const lies = [
		{ sentinel: 'amp', type: 'embed-size', height: 7 },
		'pymxPYMxchart-1xPYMxheightxPYMx7',
		JSON.stringify({ context: 'iframe.resize', height: 7, src: `${baseURL}/embed/` })
	];
	// From the host page itself, and from a frame on it that is not ours.
	await page.evaluate((messages) => {
		for (const m of messages) window.postMessage(m, '*');
	}, lies);
	await (
		await contentFrame(rogue)
	).evaluate((messages) => {
		for (const m of messages) window.parent.postMessage(m, '*');
	}, lies);
	await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
	expect(await heights(iframe)).toEqual(before);
	expect(await rogue.evaluate((el) => el.clientHeight)).toBe(rogueBefore);
	// Nor heights no chart has from our iframe's own window: empty, blank, hex, exponent, zero.
	await (
		await contentFrame(iframe)
	).evaluate(() => {
		for (const height of ['', '   ', '0x1F4', '1e5', 0, -5, Infinity])
			window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
		for (const height of ['', '0x1F4', '1e5'])
			window.parent.postMessage(`pymxPYMxchart-1xPYMxheightxPYMx${height}`, '*');
	});
	await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
	expect(await heights(iframe)).toEqual(before);
	// The same message from our iframe's own window is obeyed (so the ones above had their chance).
	await (
		await contentFrame(iframe)
	).evaluate(() =>
		window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 77 }, '*')
	);
	await expect.poll(() => iframe.evaluate((el) => el.clientHeight)).toBe(77);
});

test('/embed.js ignores heights from another origin’s page loaded into our iframe', async ({
	page,
	baseURL
}) => {
	await page.goto(hosts.url('loader', `${baseURL}/`, [CHART_IDS[0]]));
	const iframe = page.locator('iframe[data-nato-chart]');
	const fitted = await expectFitted(iframe);
	// The iframe's window stays the same object when its document is replaced by another origin's.
	await iframe.evaluate(
		(el, url) => (el as HTMLIFrameElement).contentWindow!.location.replace(url),
		`${hosts.origin}/impostor.html`
	);
	const frame = await contentFrame(iframe);
	await expect.poll(() => frame.title()).toBe('impostor sent');
	await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
	expect(Math.abs((await iframe.evaluate((el) => el.clientHeight)) - fitted)).toBeLessThanOrEqual(
		2
	);
});

test('/embed.js tells an iframe in view where it is in the host viewport as the host scrolls', async ({
	page,
	baseURL
}) => {
	await page.goto(hosts.url('loader', `${baseURL}/`, [CHART_IDS[0]]));
	const iframe = page.locator('iframe[data-nato-chart]');
	await expectFitted(iframe);
	const frame = await contentFrame(iframe);
	await frame.evaluate(() => {
		const views: unknown[] = [];
		Object.assign(window, { views });
		window.addEventListener('message', (e) => {
			if (e.source === window.parent && (e.data as { type?: string })?.type === 'viewport')
				views.push(e.data);
		});
	});
	for (const y of [150, 40]) {
		await page.evaluate((y) => window.scrollTo(0, y), y);
		const expected = await iframe.evaluate((el) => {
			const box = el.getBoundingClientRect();
			return {
				sentinel: 'nato-charts',
				type: 'viewport',
				top: box.top + el.clientTop,
				left: box.left + el.clientLeft,
				width: window.innerWidth,
				height: window.innerHeight
			};
		});
		await expect
			.poll(() => frame.evaluate(() => (window as unknown as { views: unknown[] }).views.at(-1)))
			.toEqual(expected);
	}
});

test('an embed far below the fold loads only when the reader scrolls near it', async ({
	page,
	baseURL
}) => {
	const chart = CHART_IDS[0];
	const requested: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes(`/embed/${chart}/`)) requested.push(request.url());
	});
	await page.goto(hosts.url('below', `${baseURL}/`, [chart]));
	await page.waitForLoadState('load');
	await page.waitForTimeout(500);
	expect(requested).toEqual([]);
	const iframe = page.locator('iframe[data-nato-chart]');
	await iframe.evaluate((el) => el.scrollIntoView());
	await expect.poll(() => requested.length).toBeGreaterThan(0);
	await expectFitted(iframe);
});
