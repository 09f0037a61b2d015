import { describe, expect, it } from 'vitest';
import { loadFigures } from './load';
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

describe('loadFigures(data)', () => {
	it('loadFigures takes FCP from paint entries and LCP from the last LCP entry', () => {
		const f = loadFigures(
			probe({
				lcp: [
					{ startTime: 410, size: 100, element: 'h1' },
					{ startTime: 620, size: 900, element: 'svg' }
				]
			})
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
			})
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
			})
		);
		expect(f.chartAtFirstPaint).toBe(0);
		expect(f.chartOnScreen).toBe(417);
	});

	it('loadFigures gives no chart time when no chart was ever on screen', () => {
		const f = loadFigures(probe({ frames: [{ time: 400, content: true, chart: false }] }));
		expect(f.chartAtFirstPaint).toBe(0);
		expect(f.chartOnScreen).toBeNull();
	});

	it('loadFigures counts blocking time from first contentful paint, and CLS', () => {
		const f = loadFigures(
			probe({
				tasks: [
					{ startTime: 100, duration: 200 },
					{ startTime: 500, duration: 80 }
				],
				shifts: [{ startTime: 700, value: 0.02, hadRecentInput: false }]
			})
		);
		expect(f.tbt).toBe(30);
		expect(f.longTasks).toBe(2);
		expect(f.cls).toBeCloseTo(0.02);
	});

	it('loadFigures has no FCP, LCP or TBT for a page that never painted content', () => {
		const f = loadFigures(probe({ paints: [] }));
		expect([f.fcp, f.lcp, f.tbt]).toEqual([null, null, null]);
	});
});
