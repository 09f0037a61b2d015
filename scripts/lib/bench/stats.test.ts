import { describe, expect, it } from 'vitest';
import { median, medianOf, percentile } from './stats';

describe('median(values)', () => {
	it.each([
		[[3, 1, 2], 2],
		[[4, 1, 3, 2], 2.5],
		[[7], 7],
		[[5, 5, 1, 9, 5], 5]
	])('median(%j) is %d', (values, expected) => {
		expect(median(values)).toBe(expected);
	});

	it('median([]) is NaN', () => {
		expect(median([])).toBeNaN();
	});

	it('median leaves its input in order', () => {
		const values = [3, 1, 2];
		median(values);
		expect(values).toEqual([3, 1, 2]);
	});
});

describe('percentile(values, p)', () => {
	const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
	it.each([
		[hundred, 50, 50],
		[hundred, 95, 95],
		[hundred, 100, 100],
		[hundred, 0, 1],
		[[16.7, 16.6, 33.4, 16.8], 50, 16.7],
		[[16.7, 16.6, 33.4, 16.8], 95, 33.4],
		[[10, 20], 50, 10],
		[[10, 20], 51, 20]
	])('percentile(…%#, %d) is %d (nearest rank)', (values, p, expected) => {
		expect(percentile(values, p)).toBe(expected);
	});

	it('percentile([], 95) is NaN and a p outside 0–100 throws', () => {
		expect(percentile([], 95)).toBeNaN();
		expect(() => percentile([1], 101)).toThrow(/within 0–100/);
	});
});

describe('medianOf(runs)', () => {
	it('medianOf takes each key’s median over the runs', () => {
		expect(
			medianOf([
				{ lcp: 900, cls: 0 },
				{ lcp: 700, cls: 0.1 },
				{ lcp: 800, cls: 0 }
			])
		).toEqual({
			lcp: 800,
			cls: 0
		});
	});

	it('medianOf leaves out runs without a value, and gives null for a key no run measured', () => {
		expect(medianOf([{ a: 1, b: null }, { a: 3 }, { a: null, b: undefined }])).toEqual({
			a: 2,
			b: null
		});
	});
});
