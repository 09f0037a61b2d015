/** First-load figures of one page on one profile: FCP, LCP, chart on screen, CLS, TTI, TBT. */
import type { Browser, Page } from '@playwright/test';
import { QUIET_WINDOW, timeToInteractive, type Period } from './interactive';
import { openPage, probeData, trackNetwork } from './page';
import type { ProbeData } from './probe';
import type { Profile } from './profiles';
import { cumulativeLayoutShift, totalBlockingTime } from './vitals';

/** The longest a load is watched for its quiet window; without one, TTI and TBT are not measured. */
export const QUIET_TIMEOUT_MS = 30_000;

/** How often the page is asked whether it has been quiet long enough. */
const POLL_MS = 250;

/** The figures of one load, in ms (CLS a score, chartAtFirstPaint 1 or 0). */
export type LoadFigures = Record<
	| 'fcp'
	| 'lcp'
	| 'chartOnScreen'
	| 'chartAtFirstPaint'
	| 'cls'
	| 'tti'
	| 'tbt'
	| 'longTasks'
	| 'load',
	number | null
>;

/** What was watched beside the probe's entries, on the page's clock. */
export interface Watched {
	/** `domContentLoadedEventEnd`, 0 before it. */
	domContentLoaded: number;
	/** Finished GET requests (see `trackNetwork().requests`). */
	requests: Period[];
	/** When the watch ended. */
	end: number;
}

/** Why a load has no TTI or TBT. */
export const NOT_QUIET = `missing: the page was not quiet for ${QUIET_WINDOW / 1000} s (no long task, at most 2 requests in flight) within ${QUIET_TIMEOUT_MS / 1000} s of loading`;

/**
 * Loads `url` once in a fresh context and watches it until it has been quiet for the window TTI
 * needs (or `QUIET_TIMEOUT_MS`), then reads the probe; `seen` gets the LCP element.
 */
export async function measureLoad(
	browser: Browser,
	url: string,
	profile: Profile,
	seen: (lcpElement: string) => void = () => {}
): Promise<LoadFigures> {
	const { context, page } = await openPage(browser, profile);
	try {
		const network = trackNetwork(page);
		await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
		const watched = await untilQuiet(page, network);
		const data = await probeData(page);
		seen(data.lcp.at(-1)?.element ?? '');
		const load = (await page.evaluate(
			'performance.getEntriesByType("navigation")[0]?.loadEventEnd ?? null'
		)) as number | null;
		return { ...loadFigures(data, watched), load };
	} finally {
		await context.close();
	}
}

/** Asks the page every `POLL_MS` until TTI can be told, or the timeout; returns what it watched. */
async function untilQuiet(page: Page, network: ReturnType<typeof trackNetwork>): Promise<Watched> {
	const deadline = Date.now() + QUIET_TIMEOUT_MS;
	for (;;) {
		const now = (await page.evaluate(`(() => ({
			end: performance.now(),
			origin: performance.timeOrigin,
			domContentLoaded: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? 0,
			fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
			tasks: window.__bench.data.tasks
		}))()`)) as Omit<Watched, 'requests'> & {
			origin: number;
			fcp: number | null;
			tasks: ProbeData['tasks'];
		};
		const watched = {
			domContentLoaded: now.domContentLoaded,
			requests: await network.requests(now.origin),
			end: now.end
		};
		const quiet =
			now.fcp !== null &&
			timeToInteractive({ ...watched, fcp: now.fcp, tasks: now.tasks }) !== null;
		if (quiet || Date.now() > deadline) return watched;
		await page.waitForTimeout(POLL_MS);
	}
}

/**
 * The figures from what the probe recorded during a load. TBT is Lighthouse's: each long task's
 * time beyond 50 ms from FCP to TTI; both are null when the watch saw no quiet window.
 */
export function loadFigures(data: ProbeData, watched: Watched): Omit<LoadFigures, 'load'> {
	const fcp = data.paints.find((p) => p.name === 'first-contentful-paint')?.startTime ?? null;
	const lcp = data.lcp.at(-1)?.startTime ?? null;
	const first = data.frames.findIndex((f) => f.content);
	const chart = data.frames.findIndex((f) => f.chart);
	const tasks = data.tasks.filter((t) => t.startTime < watched.end);
	const tti = fcp === null ? null : timeToInteractive({ ...watched, fcp, tasks });
	return {
		fcp,
		lcp,
		chartOnScreen: chart >= 0 ? data.frames[chart]!.time : null,
		chartAtFirstPaint: chart >= 0 && chart === first ? 1 : 0,
		cls: cumulativeLayoutShift(data.shifts),
		tti,
		tbt: fcp === null || tti === null ? null : totalBlockingTime(tasks, fcp, tti),
		longTasks: tasks.length
	};
}
