import { describe, expect, it } from 'vitest';
import { buildDay } from './build-day';
import { dateProblem, isoDate, isRealDate, year } from './fields';

const cell = (value: string) => ({ value, at: { file: 'f.csv', line: 2, column: 5 } });

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

describe('buildDay', () => {
	it('buildDay(now) is the UTC date of now, not the local one', () => {
		expect(buildDay(new Date('2026-12-07T23:30:00-05:00'))).toBe('2026-12-08');
		expect(buildDay(new Date('2026-12-07T00:00:00Z'))).toBe('2026-12-07');
	});
});

describe('isoDate and year refuse what comes after the build day', () => {
	it('isoDate(cell, what, today) reads today and refuses tomorrow', () => {
		expect(isoDate(cell('2026-12-07'), 'date', '2026-12-07')).toBe('2026-12-07');
		expect(() => isoDate(cell('2026-12-08'), 'accession date', '2026-12-07')).toThrow(
			'f.csv:2:5: accession date "2026-12-08" is after today (2026-12-07); the data records what has happened: check the date'
		);
	});

	it('year(cell, what, today) reads this year and refuses the next', () => {
		expect(year(cell('2026'), 'year', '2026-01-01')).toBe(2026);
		expect(() => year(cell('2027'), 'release', '2026-12-31')).toThrow(
			'f.csv:2:5: release "2027" is after this year (2026); the data records what has happened: check the year'
		);
	});

	it('isoDate(cell, what) checks against the real build day by default', () => {
		const later = buildDay(new Date(Date.now() + 2 * 86_400_000));
		expect(() => isoDate(cell(later), 'date')).toThrow(/is after today \(\d{4}-\d{2}-\d{2}\)/);
	});
});
