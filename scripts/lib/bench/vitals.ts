/**
 * Page-speed figures computed from the raw entries the in-page probe collects (Performance
 * Timeline entries and animation-frame timestamps). Pure, so they are unit-tested; all times are
 * milliseconds on the page's `performance.now()` clock.
 */
import { percentile } from './stats';

/** A task on the main thread, as a `longtask` PerformanceEntry gives it. */
export interface Task {
	startTime: number;
	duration: number;
}

/** A `layout-shift` PerformanceEntry's fields that count. */
export interface Shift {
	startTime: number;
	value: number;
	hadRecentInput: boolean;
}

/** Main-thread time beyond 50 ms in a task blocks input (Lighthouse's definition). */
export const BLOCKING_THRESHOLD = 50;

/**
 * Total blocking time: for each task, the part of it within [from, to] beyond 50 ms, summed.
 * A task that straddles `from` (usually first contentful paint) counts only from there.
 */
export function totalBlockingTime(tasks: readonly Task[], from: number, to = Infinity): number {
	let total = 0;
	for (const task of tasks) {
		const start = Math.max(task.startTime, from);
		const end = Math.min(task.startTime + task.duration, to);
		total += Math.max(0, end - start - BLOCKING_THRESHOLD);
	}
	return total;
}

/**
 * Cumulative layout shift as Core Web Vitals define it: shifts not caused by input, grouped into
 * session windows (a gap under 1 s, a window at most 5 s long); the largest window's sum.
 */
export function cumulativeLayoutShift(shifts: readonly Shift[]): number {
	let worst = 0;
	let sum = 0;
	let first = -Infinity;
	let last = -Infinity;
	const sorted = shifts.filter((s) => !s.hadRecentInput).sort((a, b) => a.startTime - b.startTime);
	for (const shift of sorted) {
		if (shift.startTime - last < 1000 && shift.startTime - first < 5000) sum += shift.value;
		else {
			sum = shift.value;
			first = shift.startTime;
		}
		last = shift.startTime;
		worst = Math.max(worst, sum);
	}
	return worst;
}

/** What the frame timestamps of a scroll say. */
export interface FrameStats {
	/** How many frames (intervals between animation frames). */
	frames: number;
	/** The display's frame interval (16.7 ms at 60 Hz). */
	interval: number;
	/** Median and 95th percentile frame time, snapped to whole display frames. */
	p50: number;
	p95: number;
	/** The longest frame, as measured. */
	max: number;
	/** Frames that took two or more display frames (over 16.7 ms at 60 Hz). */
	over16: number;
	/** Frames that took three or more display frames (over 33.3 ms at 60 Hz). */
	over33: number;
}

/** Headless Chromium draws at 60 Hz. */
export const DISPLAY_INTERVAL = 1000 / 60;

/**
 * Frame statistics from `requestAnimationFrame` timestamps. Timestamps are coarsened (0.1 ms)
 * and jitter around the display's interval, so each frame is counted in whole display frames
 * (16.6 and 16.8 ms are both one frame; 33.4 ms is two): p50 and p95 are those counts times the
 * interval, and a frame is "over 16.7 ms" when it took two display frames or more.
 */
export function frameStats(timestamps: readonly number[], interval = DISPLAY_INTERVAL): FrameStats {
	const deltas = timestamps.slice(1).map((t, i) => t - timestamps[i]!);
	if (deltas.length === 0)
		return { frames: 0, interval, p50: NaN, p95: NaN, max: NaN, over16: 0, over33: 0 };
	const counts = deltas.map((d) => Math.max(1, Math.round(d / interval)));
	return {
		frames: deltas.length,
		interval,
		p50: percentile(counts, 50) * interval,
		p95: percentile(counts, 95) * interval,
		max: Math.max(...deltas),
		over16: counts.filter((n) => n >= 2).length,
		over33: counts.filter((n) => n >= 3).length
	};
}
