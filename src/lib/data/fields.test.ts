import { describe, expect, it } from 'vitest';
import { dateProblem, isRealDate } from './fields';

describe('isRealDate', () => {
	it.each([
		[2024, 2, 29, true],
		[2023, 2, 29, false],
		[1900, 2, 29, false],
		[2000, 2, 29, true],
		[2019, 4, 31, false],
		[2019, 13, 1, false],
		[2019, 0, 1, false],
		[99, 1, 1, true],
		[0, 2, 29, true],
		[4, 2, 29, true],
		[1, 2, 29, false]
	])('isRealDate(%i, %i, %i) is %s', (year, month, day, real) => {
		expect(isRealDate(year, month, day)).toBe(real);
	});
});

describe('dateProblem', () => {
	it.each([
		['1949-04-04', null],
		['0099-01-01', null],
		['2019-02-30', 'no such day'],
		['0099-02-29', 'no such day'],
		['2019-2-3', 'malformed'],
		['19490404', 'malformed'],
		[' 1949-04-04', 'malformed'],
		['', 'malformed']
	])('dateProblem("%s") is %s', (text, problem) => {
		expect(dateProblem(text)).toBe(problem);
	});
});
