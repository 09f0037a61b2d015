/** First-load figures of one page on one profile: FCP, LCP, chart on screen, CLS, TBT. */
import type { Browser } from '@playwright/test';
import { openPage, probeData, trackNetwork } from './page';
import type { ProbeData } from './probe';
import type { Profile } from './profiles';
import { cumulativeLayoutShift, totalBlockingTime } from './vitals';

/** How long to keep watching after the network is quiet, for late long tasks and shifts. */
export const SETTLE_MS = 1000;

/** The figures of one load, in ms (CLS a score, chartAtFirstPaint 1 or 0). */
export type LoadFigures = Record<
	'fcp' | 'lcp' | 'chartOnScreen' | 'chartAtFirstPaint' | 'cls' | 'tbt' | 'longTasks' | 'load',
	number | null
>;

/** Loads `url` once in a fresh context and reads the probe; `seen` gets the LCP element. */
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
		await network.quiet(500);
		await page.waitForTimeout(SETTLE_MS);
		const data = await probeData(page);
		seen(data.lcp.at(-1)?.element ?? '');
		const load = (await page.evaluate(
			'performance.getEntriesByType("navigation")[0]?.loadEventEnd ?? null'
		)) as number | null;
		return { ...loadFigures(data), load };
	} finally {
		await context.close();
	}
}

/** The figures from what the probe recorded during a load. */
export function loadFigures(data: ProbeData): Omit<LoadFigures, 'load'> {
	const fcp = data.paints.find((p) => p.name === 'first-contentful-paint')?.startTime ?? null;
	const lcp = data.lcp.at(-1)?.startTime ?? null;
	const first = data.frames.findIndex((f) => f.content);
	const chart = data.frames.findIndex((f) => f.chart);
	return {
		fcp,
		lcp,
		chartOnScreen: chart >= 0 ? data.frames[chart]!.time : null,
		chartAtFirstPaint: chart >= 0 && chart === first ? 1 : 0,
		cls: cumulativeLayoutShift(data.shifts),
		tbt: fcp === null ? null : totalBlockingTime(data.tasks, fcp),
		longTasks: data.tasks.length
	};
}
