/** Opening a page in a fresh browser context on a profile, with the probe and throttling. */
import type { Browser, BrowserContext, CDPSession, Page, Request } from '@playwright/test';
import type { Period } from './interactive';
import { defaultProbe, type ProbeData } from './probe';
import type { Profile } from './profiles';

export interface Opened {
	context: BrowserContext;
	page: Page;
	cdp: CDPSession;
}

/** A new context (cold cache, no cookies) with one page, throttled as `profile` says. */
export async function openPage(browser: Browser, profile: Profile, probe = true): Promise<Opened> {
	const context = await browser.newContext({ ...profile.context, serviceWorkers: 'block' });
	if (probe) await context.addInitScript({ content: defaultProbe() });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	if (profile.cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
	if (profile.network) {
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
	}
	return { context, page, cdp };
}

/** Counts the requests in flight from now on; `quiet()` waits for a pause. */
export function trackNetwork(page: Page) {
	let inflight = 0;
	let last = Date.now();
	const started = new WeakMap<Request, number>();
	const finished: { request: Request; at: number }[] = [];
	page.on('request', (request) => {
		inflight++;
		last = Date.now();
		started.set(request, last);
	});
	const ended = () => {
		inflight = Math.max(0, inflight - 1);
		last = Date.now();
	};
	page.on('requestfinished', (request) => {
		ended();
		finished.push({ request, at: Date.now() });
	});
	page.on('requestfailed', ended);
	return {
		/** Resolves once no request has been in flight for `ms` (or after `timeout` ms). */
		async quiet(ms = 500, timeout = 15_000): Promise<void> {
			const until = Date.now() + timeout;
			while (Date.now() < until && (inflight > 0 || Date.now() - last < ms))
				await new Promise((tick) => setTimeout(tick, 50));
		},
		/**
		 * The finished GET requests answered below 400, from start to end on the page's clock
		 * (`timeOrigin` is the page's `performance.timeOrigin`): the ones Lighthouse's TTI counts.
		 */
		async requests(timeOrigin: number): Promise<Period[]> {
			const periods: Period[] = [];
			for (const { request, at } of finished) {
				if (request.method() !== 'GET') continue;
				const status = (await request.response())?.status() ?? 0;
				if (status === 0 || status >= 400) continue;
				const timing = request.timing();
				const timed = timing.startTime > 0;
				const start = timed ? timing.startTime : (started.get(request) ?? at);
				const end = timed && timing.responseEnd >= 0 ? timing.startTime + timing.responseEnd : at;
				periods.push({ start: start - timeOrigin, end: Math.max(start, end) - timeOrigin });
			}
			return periods;
		}
	};
}

/** What the probe has recorded so far. */
export async function probeData(page: Page): Promise<ProbeData> {
	const data = (await page.evaluate('window.__bench && window.__bench.data')) as ProbeData | null;
	if (!data) throw new Error('bench: the probe did not run in the page (addInitScript failed?)');
	return data;
}
