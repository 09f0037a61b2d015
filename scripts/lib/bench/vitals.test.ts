import { describe, expect, it } from 'vitest';
import { cumulativeLayoutShift, frameStats, totalBlockingTime } from './vitals';

describe('totalBlockingTime(tasks, from, to)', () => {
	it('totalBlockingTime counts each task’s time beyond 50 ms', () => {
		const tasks = [
			{ startTime: 100, duration: 120 },
			{ startTime: 400, duration: 50 },
			{ startTime: 600, duration: 51 }
		];
		expect(totalBlockingTime(tasks, 0)).toBe(71);
	});

	it('totalBlockingTime counts a task straddling first paint from first paint on', () => {
		expect(totalBlockingTime([{ startTime: 0, duration: 200 }], 120)).toBe(30);
		expect(totalBlockingTime([{ startTime: 0, duration: 100 }], 120)).toBe(0);
	});

	it('totalBlockingTime stops at `to`', () => {
		expect(totalBlockingTime([{ startTime: 1000, duration: 300 }], 0, 1100)).toBe(50);
	});

	it('totalBlockingTime of no tasks is 0', () => {
		expect(totalBlockingTime([], 0)).toBe(0);
	});
});

describe('cumulativeLayoutShift(shifts)', () => {
	const shift = (startTime: number, value: number, hadRecentInput = false) => ({
		startTime,
		value,
		hadRecentInput
	});

	it('cumulativeLayoutShift of no shifts is 0', () => {
		expect(cumulativeLayoutShift([])).toBe(0);
	});

	it('cumulativeLayoutShift sums shifts less than a second apart into one window', () => {
		expect(
			cumulativeLayoutShift([shift(100, 0.1), shift(900, 0.05), shift(1800, 0.05)])
		).toBeCloseTo(0.2);
	});

	it('cumulativeLayoutShift takes the largest window when a gap of a second or more splits them', () => {
		expect(
			cumulativeLayoutShift([shift(0, 0.1), shift(2000, 0.05), shift(2500, 0.02)])
		).toBeCloseTo(0.1);
	});

	it('cumulativeLayoutShift closes a window after 5 s even without a gap', () => {
		const shifts = Array.from({ length: 12 }, (_, i) => shift(i * 900, 0.01));
		expect(cumulativeLayoutShift(shifts)).toBeCloseTo(0.06);
	});

	it('cumulativeLayoutShift leaves out shifts after input', () => {
		expect(cumulativeLayoutShift([shift(0, 0.3, true), shift(10, 0.01)])).toBeCloseTo(0.01);
	});
});

describe('frameStats(timestamps)', () => {
	const at = (...deltas: number[]) => deltas.reduce((ts, d) => [...ts, ts.at(-1)! + d], [1000]);

	it('frameStats counts jitter around 16.7 ms as one frame', () => {
		const stats = frameStats(at(16.6, 16.7, 16.8, 16.7, 16.5));
		expect(stats.frames).toBe(5);
		expect(stats.p50).toBeCloseTo(16.667, 2);
		expect(stats.p95).toBeCloseTo(16.667, 2);
		expect(stats.max).toBeCloseTo(16.8);
		expect(stats.over16).toBe(0);
		expect(stats.over33).toBe(0);
	});

	it('frameStats counts a dropped frame as over 16.7 ms and two dropped as over 33 ms', () => {
		const stats = frameStats(at(16.7, 33.3, 16.7, 50.1, 16.6));
		expect(stats.over16).toBe(2);
		expect(stats.over33).toBe(1);
		expect(stats.max).toBeCloseTo(50.1);
	});

	it('frameStats gives p95 in whole display frames', () => {
		const deltas = [...Array(18).fill(16.7), 33.4, 33.3];
		expect(frameStats(at(...deltas)).p95).toBeCloseTo(33.333, 2);
		expect(frameStats(at(...deltas.slice(1))).p95).toBeCloseTo(33.333, 2);
		expect(frameStats(at(...Array(19).fill(16.7), 33.4)).p95).toBeCloseTo(16.667, 2);
	});

	it('frameStats of fewer than two timestamps has no frames', () => {
		expect(frameStats([5]).frames).toBe(0);
		expect(frameStats([]).p95).toBeNaN();
	});
});
