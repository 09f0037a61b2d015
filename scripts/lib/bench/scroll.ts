/**
 * A scripted scroll through the whole story: frame times, long tasks, main-thread time, and how
 * long each step change takes to show.
 */
import type { Browser } from '@playwright/test';
import { openPage, trackNetwork } from './page';
import { MARKS, type ScrollRecording, type StateChange } from './probe';
import type { Profile } from './profiles';
import { median } from './stats';
import { frameStats } from './vitals';

/**
 * Scroll speed in CSS px per second (`Input.synthesizeScrollGesture`; the run reports the speed
 * reached): a brisk read, yet slow enough for the scroll engine to change the graphic at every
 * step (it waits while the page moves faster than 4 viewport heights, 3376 px, a second).
 */
export const SCROLL_SPEED = 1000;

/** How long the loaded page rests, once its network is quiet, before the scroll starts. */
export const SETTLE_MS = 1000;

export type ScrollFigures = Record<
	| 'p50'
	| 'p95'
	| 'max'
	| 'over16'
	| 'over33'
	| 'frames'
	| 'longTasks'
	| 'mainThread'
	| 'duration'
	| 'speed'
	| 'steps',
	number | null
>;

export type StepFigures = Record<
	'median' | 'worst' | 'changes' | 'lateFrames' | 'engineWorst' | 'markedWorst',
	number | null
>;

/** Loads the story on `profile`, scrolls from top to bottom, and reads the recording. */
export async function measureScroll(
	browser: Browser,
	url: string,
	profile: Profile
): Promise<
	{ scroll: ScrollFigures; step: StepFigures; recording: ScrollRecording } | { missing: string }
> {
	const { context, page, cdp } = await openPage(browser, profile);
	try {
		const network = trackNetwork(page);
		await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
		await network.quiet(500);
		await page.waitForTimeout(SETTLE_MS);
		const distance = (await page.evaluate(
			'document.documentElement.scrollHeight - innerHeight'
		)) as number;
		if (distance < 100) return { missing: `missing: ${url} does not scroll (${distance} px)` };
		const steps = (await page.evaluate('window.__bench.startScroll()')) as number;
		await cdp.send('Performance.enable');
		const before = await taskDuration(cdp);
		const viewport = page.viewportSize() ?? { width: 390, height: 844 };
		// The gesture's own end comes long after the page has reached the bottom (Chromium counts
		// its distance differently at 2×), so the recording ends when the page gets there.
		const gesture = cdp
			.send('Input.synthesizeScrollGesture', {
				x: Math.round(viewport.width / 2),
				y: Math.round(viewport.height * 0.6),
				yDistance: -distance,
				speed: SCROLL_SPEED,
				// Headless Chromium ignores synthetic touch scrolls; a wheel scroll is also compositor-driven.
				gestureSourceType: 'mouse',
				repeatCount: 1
			})
			.catch(() => undefined);
		const timeout = (distance / SCROLL_SPEED) * 3000 + 10_000;
		const reached = (await page.evaluate(
			`window.__bench.untilScrolled(${Math.floor(distance) - 1}, ${timeout})`
		)) as boolean;
		await page.waitForTimeout(500);
		const after = await taskDuration(cdp);
		const recording = (await page.evaluate('window.__bench.stopScroll()')) as ScrollRecording;
		await context.close();
		await gesture;
		if (!reached) return { missing: `missing: the scroll did not reach the end of ${url}` };
		const frames = frameStats(recording.frames);
		const duration = recording.end - recording.start;
		const travelled = (recording.scrollY.at(-1) ?? 0) - (recording.scrollY[0] ?? 0);
		const moving = movingTime(recording);
		return {
			recording,
			scroll: {
				p50: frames.p50,
				p95: frames.p95,
				max: frames.max,
				over16: frames.over16,
				over33: frames.over33,
				frames: frames.frames,
				longTasks: recording.tasks.length,
				mainThread: (after - before) * 1000,
				duration,
				speed: moving > 0 ? travelled / (moving / 1000) : null,
				steps
			},
			step: stepFigures(recording)
		};
	} finally {
		await context.close();
	}
}

/** The renderer's total main-thread task time so far, in seconds (CDP Performance.getMetrics). */
async function taskDuration(cdp: import('@playwright/test').CDPSession): Promise<number> {
	const { metrics } = await cdp.send('Performance.getMetrics');
	return metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
}

/** How long the page was actually moving during a recording (first to last change of scrollY). */
export function movingTime(recording: Pick<ScrollRecording, 'frames' | 'scrollY'>): number {
	const { frames, scrollY } = recording;
	const first = scrollY.findIndex((y) => y !== scrollY[0]);
	if (first < 0) return 0;
	const lastY = scrollY.at(-1);
	const last = scrollY.findIndex((y) => y === lastY);
	return frames[last]! - frames[first - 1]!;
}

/**
 * Each crossing of the trigger line into a step, with the first state change after it and before
 * the next crossing. A crossing without a painted state change (two steps, one state) has none.
 */
function changesAfterCrossings(
	recording: Pick<ScrollRecording, 'crossings' | 'states'>
): [ScrollRecording['crossings'][number], StateChange][] {
	const { crossings, states } = recording;
	return crossings.flatMap((crossing, i) => {
		const next = crossings[i + 1]?.time ?? Infinity;
		const change = states.find((s) => s.time >= crossing.time && s.time < next);
		return change && Number.isFinite(change.shown) ? [[crossing, change]] : [];
	});
}

/**
 * How long each step change took to show: from the frame in which the trigger line entered a
 * step to the end of the frame that drew the figure's new `data-state` (the first change before
 * the next crossing). A crossing without a state change (two steps, one state) is not counted.
 */
export function stepLatencies(recording: Pick<ScrollRecording, 'crossings' | 'states'>): number[] {
	return changesAfterCrossings(recording).map(([crossing, change]) => change.shown - crossing.time);
}

/**
 * For each step change, how many frames began after the crossing frame before the state changed:
 * 0 when the page changed it in the crossing frame itself.
 */
export function lateFrames(
	recording: Pick<ScrollRecording, 'crossings' | 'states' | 'frames'>
): number[] {
	return changesAfterCrossings(recording).map(
		([crossing, change]) =>
			recording.frames.filter((f) => f > crossing.time && f <= change.time).length
	);
}

/**
 * The same from the moment the page made the step active (`data-active`): what the page's own
 * code takes, without the scroll engine's wait for its measurement.
 */
export function engineLatencies(
	recording: Pick<ScrollRecording, 'activations' | 'states'>
): number[] {
	const latencies: number[] = [];
	const { activations, states } = recording;
	activations.forEach((active, i) => {
		const next = activations[i + 1]?.time ?? Infinity;
		const change = states.find((s) => s.time >= active.time && s.time < next);
		if (change && Number.isFinite(change.shown)) latencies.push(change.shown - active.time);
	});
	return latencies;
}

/** Step changes timed by the page itself: `step-active:<id>` to `step-shown:<id>` marks. */
export function markedLatencies(marks: ScrollRecording['marks']): number[] {
	const latencies: number[] = [];
	for (const active of marks.filter((m) => m.name.startsWith(MARKS.active))) {
		const id = active.name.slice(MARKS.active.length);
		const shown = marks.find(
			(m) => m.name === `${MARKS.shown}${id}` && m.startTime >= active.startTime
		);
		if (shown) latencies.push(shown.startTime - active.startTime);
	}
	return latencies;
}

const worst = (values: number[]) => (values.length ? Math.max(...values) : null);

/**
 * Step-change figures of one scroll: median and slowest from the trigger line's crossing (the
 * budgeted one), how many changes, the most frames a change came late, and the slowest from the
 * page's own activation and marks.
 */
export function stepFigures(
	recording: Pick<ScrollRecording, 'crossings' | 'states' | 'activations' | 'marks' | 'frames'>
): StepFigures {
	const latencies = stepLatencies(recording);
	return {
		median: latencies.length ? median(latencies) : null,
		worst: worst(latencies),
		changes: latencies.length,
		lateFrames: worst(lateFrames(recording)),
		engineWorst: worst(engineLatencies(recording)),
		markedWorst: worst(markedLatencies(recording.marks))
	};
}
