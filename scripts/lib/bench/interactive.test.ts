import { describe, expect, it } from 'vitest';
import {
	cpuQuietPeriods,
	networkQuietPeriods,
	timeToInteractive,
	type LoadTimeline,
	type Period
} from './interactive';

const task = (startTime: number, end: number) => ({ startTime, duration: end - startTime });
const span = (start: number, end: number): Period => ({ start, end });

describe('cpuQuietPeriods(tasks, end)', () => {
	it.each([
		['no long task', [], 9000, [span(0, 9000)]],
		['one task', [task(100, 300)], 9000, [span(0, 100), span(300, 9000)]],
		[
			'tasks out of order',
			[task(4000, 4100), task(100, 300)],
			9000,
			[span(0, 100), span(300, 4000), span(4100, 9000)]
		]
	])('cpuQuietPeriods with %s', (_, tasks, end, periods) => {
		expect(cpuQuietPeriods(tasks, end)).toEqual(periods);
	});
});

describe('networkQuietPeriods(requests, end)', () => {
	it.each([
		['no request', [], 9000, [span(0, 9000)]],
		['two at a time', [span(0, 3000), span(100, 4000)], 9000, [span(0, 9000)]],
		[
			'four at once, then two left',
			[span(0, 1000), span(100, 2000), span(200, 3000), span(300, 400)],
			9000,
			[span(0, 200), span(1000, 9000)]
		],
		[
			'three that end after the watch',
			[span(0, 9500), span(100, 9500), span(200, 9500)],
			9000,
			[span(0, 200)]
		]
	])('networkQuietPeriods with %s', (_, requests, end, periods) => {
		expect(networkQuietPeriods(requests, end)).toEqual(periods);
	});
});

describe('timeToInteractive(load)', () => {
	const load = (over: Partial<LoadTimeline>): LoadTimeline => ({
		fcp: 500,
		domContentLoaded: 450,
		tasks: [],
		requests: [span(0, 300), span(320, 480)],
		end: 6000,
		...over
	});

	it.each([
		['no long task: FCP', load({}), 500],
		['watched less than 5 s past FCP: not yet', load({ end: 5400 }), null],
		['the end of the last long task', load({ tasks: [task(2000, 2300)], end: 7400 }), 2300],
		['only 4.9 s quiet after it: not yet', load({ tasks: [task(2000, 2300)], end: 7200 }), null],
		[
			'idle-time work 3 s after the load: its end',
			load({ tasks: [task(1000, 1100), task(4000, 4080)], end: 10_000 }),
			4080
		],
		[
			'a task after 5 s of quiet: before it',
			load({ tasks: [task(1000, 1100), task(7000, 7200)], end: 13_000 }),
			1100
		],
		[
			'DOMContentLoaded after the last long task',
			load({ tasks: [task(100, 200)], domContentLoaded: 900, end: 7000 }),
			900
		],
		['no DOMContentLoaded yet', load({ domContentLoaded: 0, end: 20_000 }), null],
		[
			'three requests until 4 s, watched to 8.5 s: not yet',
			load({ requests: [span(0, 4000), span(0, 4000), span(0, 4000)], end: 8500 }),
			null
		],
		[
			'three requests until 4 s, watched to 9.5 s: the CPU’s quiet start, FCP',
			load({ requests: [span(0, 4000), span(0, 4000), span(0, 4000)], end: 9500 }),
			500
		],
		[
			'a long task in the network’s window: the next CPU window',
			load({
				tasks: [task(6000, 6100)],
				requests: [span(0, 4000), span(0, 4000), span(0, 4000)],
				end: 11_200
			}),
			6100
		]
	])('timeToInteractive with %s', (_, timeline, tti) => {
		expect(timeToInteractive(timeline)).toBe(tti);
	});
});
