/**
 * Time to interactive as Lighthouse computes it from what it observed (core/computed/metrics/
 * interactive.js), the end point of its total blocking time. Pure; times are milliseconds on the
 * page's `performance.now()` clock.
 */
import type { Task } from './vitals';

/** How long the main thread and the network must stay quiet. */
export const QUIET_WINDOW = 5000;

/** Requests that may still be in flight in a quiet network (Lighthouse's "network 2-quiet"). */
export const ALLOWED_REQUESTS = 2;

/** A span of time, e.g. a request from its start to its end. */
export interface Period {
	start: number;
	end: number;
}

/** What a load's quiet is judged from. */
export interface LoadTimeline {
	/** First contentful paint. */
	fcp: number;
	/** The end of the DOMContentLoaded handlers (`domContentLoadedEventEnd`); 0 before. */
	domContentLoaded: number;
	/** Long tasks (over 50 ms). */
	tasks: readonly Task[];
	/** Finished, successful GET requests (Lighthouse leaves out every other). */
	requests: readonly Period[];
	/** Until when the page was watched. */
	end: number;
}

/** The gaps between long tasks: from 0 to the first, between each two, from the last to `end`. */
export function cpuQuietPeriods(tasks: readonly Task[], end: number): Period[] {
	const sorted = [...tasks].sort((a, b) => a.startTime - b.startTime);
	if (sorted.length === 0) return [{ start: 0, end }];
	return [
		{ start: 0, end: sorted[0]!.startTime },
		...sorted.map((task, i) => ({
			start: task.startTime + task.duration,
			end: sorted[i + 1]?.startTime ?? end
		}))
	];
}

/** The periods up to `end` in which at most `allowed` requests were in flight. */
export function networkQuietPeriods(
	requests: readonly Period[],
	end: number,
	allowed = ALLOWED_REQUESTS
): Period[] {
	const edges = requests
		.flatMap((r) => [
			{ time: r.start, starts: true },
			{ time: r.end, starts: false }
		])
		.filter((edge) => edge.time <= end)
		.sort((a, b) => a.time - b.time);
	const periods: Period[] = [];
	let inFlight = 0;
	let quietFrom = 0;
	for (const edge of edges) {
		if (edge.starts) {
			if (inFlight === allowed) periods.push({ start: quietFrom, end: edge.time });
			inFlight++;
		} else {
			inFlight--;
			if (inFlight === allowed) quietFrom = edge.time;
		}
	}
	if (inFlight <= allowed) periods.push({ start: quietFrom, end });
	return periods.filter((p) => p.start !== p.end);
}

/**
 * Time to interactive: in the first window of `QUIET_WINDOW` ms with no long task and at most two
 * requests in flight (ending after FCP + the window), the end of the last long task before it, but
 * not before FCP or DOMContentLoaded. Null while no such window has been seen by `end`.
 */
export function timeToInteractive(load: LoadTimeline): number | null {
	if (!(load.domContentLoaded > 0)) return null;
	const long = (p: Period) => p.end > load.fcp + QUIET_WINDOW && p.end - p.start >= QUIET_WINDOW;
	const cpu = cpuQuietPeriods(load.tasks, load.end).filter(long);
	const network = networkQuietPeriods(load.requests, load.end).filter(long);
	let [c, n] = [0, 0];
	while (c < cpu.length && n < network.length) {
		const [quiet, net] = [cpu[c]!, network[n]!];
		if (quiet.start >= net.start) {
			if (net.end >= quiet.start + QUIET_WINDOW)
				return Math.max(quiet.start, load.fcp, load.domContentLoaded);
			n++;
		} else {
			if (quiet.end >= net.start + QUIET_WINDOW)
				return Math.max(quiet.start, load.fcp, load.domContentLoaded);
			c++;
		}
	}
	return null;
}
