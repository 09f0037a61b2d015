import { describe, expect, it } from 'vitest';
import { loadFigures, type Watched } from './load';
import type { ProbeData } from './probe';

const probe = (over: Partial<ProbeData>): ProbeData => ({
	paints: [
		{ name: 'first-paint', startTime: 400 },
		{ name: 'first-contentful-paint', startTime: 410 }
	],
	lcp: [],
	shifts: [],
	tasks: [],
	frames: [],
	scroll: null,
	...over
});

/** Watched until 8 s, long enough for the quiet window after anything in these tests. */
const watched = (over: Partial<Watched> = {}): Watched => ({
	domContentLoaded: 400,
	requests: [{ start: 0, end: 200 }],
	end: 8000,
	...over
});

describe('loadFigures(data, watched)', () => {
	it('loadFigures takes FCP from paint entries and LCP from the last LCP entry', () => {
		const f = loadFigures(
			probe({
				lcp: [
					{ startTime: 410, size: 100, element: 'h1' },
					{ startTime: 620, size: 900, element: 'svg' }
				]
			}),
			watched()
		);
		expect(f.fcp).toBe(410);
		expect(f.lcp).toBe(620);
	});

	it('loadFigures says a chart was at first paint when it is on screen in the first frame with content', () => {
		const f = loadFigures(
			probe({
				frames: [
					{ time: 380, content: false, chart: false },
					{ time: 400, content: true, chart: true }
				]
			}),
			watched()
		);
		expect(f.chartAtFirstPaint).toBe(1);
		expect(f.chartOnScreen).toBe(400);
	});

	it('loadFigures says no when the chart appears a frame after the first content', () => {
		const f = loadFigures(
			probe({
				frames: [
					{ time: 400, content: true, chart: false },
					{ time: 417, content: true, chart: true }
				]
			}),
			watched()
		);
		expect(f.chartAtFirstPaint).toBe(0);
		expect(f.chartOnScreen).toBe(417);
	});

	it('loadFigures gives no chart time when no chart was ever on screen', () => {
		const f = loadFigures(
			probe({ frames: [{ time: 400, content: true, chart: false }] }),
			watched()
		);
		expect(f.chartAtFirstPaint).toBe(0);
		expect(f.chartOnScreen).toBeNull();
	});

	it('loadFigures sums blocking time from FCP to TTI, idle-time work included, and CLS', () => {
		const f = loadFigures(
			probe({
				tasks: [
					{ startTime: 300, duration: 200 },
					{ startTime: 2600, duration: 120 }
				],
				shifts: [{ startTime: 700, value: 0.02, hadRecentInput: false }]
			}),
			watched()
		);
		expect(f.tti).toBe(2720);
		expect(f.tbt).toBe(40 + 70);
		expect(f.longTasks).toBe(2);
		expect(f.cls).toBeCloseTo(0.02);
	});

	it('loadFigures leaves out a long task after 5 s of quiet, as Lighthouse’s TTI ends before it', () => {
		const f = loadFigures(
			probe({
				tasks: [
					{ startTime: 2600, duration: 120 },
					{ startTime: 8000, duration: 100 }
				]
			}),
			watched({ end: 14_000 })
		);
		expect(f.tti).toBe(2720);
		expect(f.tbt).toBe(70);
	});

	it('loadFigures has no TTI or TBT until the page has been quiet for 5 s', () => {
		const f = loadFigures(
			probe({ tasks: [{ startTime: 2600, duration: 120 }] }),
			watched({ end: 7000 })
		);
		expect([f.tti, f.tbt]).toEqual([null, null]);
	});

	it('loadFigures has no FCP, LCP, TTI or TBT for a page that never painted content', () => {
		const f = loadFigures(probe({ paints: [] }), watched());
		expect([f.fcp, f.lcp, f.tti, f.tbt]).toEqual([null, null, null, null]);
	});
});
