import { buildDay } from './build-day';
import type { Cell } from './csv';
import { DataError } from './errors';

/** An ISO date `YYYY-MM-DD` that exists in the calendar. */
export type IsoDate = string;

/** A non-empty text cell. */
export function requiredText(cell: Cell, what: string): string {
	const value = cell.value.trim();
	if (value === '') throw new DataError(cell.at, `${what} is empty`, `fill in the ${what}`);
	return value;
}

/** A calendar date written `YYYY-MM-DD`, no later than `today` (the build day). */
export function isoDate(cell: Cell, what: string, today: IsoDate = buildDay()): IsoDate {
	const value = cell.value.trim();
	if (dateProblem(value) !== null) {
		throw new DataError(
			cell.at,
			`${what} "${value}" is not a date`,
			'write it as YYYY-MM-DD, e.g. 1949-04-04'
		);
	}
	notAfterToday(cell, what, value, today);
	return value;
}

/**
 * Throws when `value` (a year `YYYY`, a month `YYYY-MM` or a day `YYYY-MM-DD`) comes after the
 * same period of `today`: the data records what has happened, so a later one is a typo.
 */
export function notAfterToday(cell: Cell, what: string, value: string, today: IsoDate): void {
	const now = today.slice(0, value.length);
	if (value > now) {
		const [period, unit] =
			value.length === 4
				? ['this year', 'year']
				: value.length === 7
					? ['this month', 'month']
					: ['today', 'date'];
		throw new DataError(
			cell.at,
			`${what} "${value}" is after ${period} (${now})`,
			`the data records what has happened: check the ${unit}`
		);
	}
}

/**
 * What keeps `text` from being a date: `malformed` when it is not written `YYYY-MM-DD`,
 * `no such day` when it is but the calendar has no such day (2019-02-30); null for a real date.
 */
export function dateProblem(text: string): 'malformed' | 'no such day' | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!m) return 'malformed';
	return isRealDate(Number(m[1]), Number(m[2]), Number(m[3])) ? null : 'no such day';
}

/** True for a real day of the Gregorian calendar, years 0–99 included. */
export function isRealDate(year: number, month: number, day: number): boolean {
	// setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
	const d = new Date(0);
	d.setUTCFullYear(year, month - 1, day);
	return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A whole year from 1900, no later than the year of `today` (the build day). */
export function year(cell: Cell, what: string, today: IsoDate = buildDay()): number {
	const value = cell.value.trim();
	const n = Number(value);
	if (!/^\d{4}$/.test(value) || n < 1900 || n > 2100) {
		throw new DataError(
			cell.at,
			`${what} "${value}" is not a year`,
			'write a four-digit year between 1900 and 2100'
		);
	}
	notAfterToday(cell, what, value, today);
	return n;
}

/** A whole number of at least `min`. */
export function integer(cell: Cell, what: string, min = 0): number {
	const value = cell.value.trim();
	const n = Number(value);
	if (!/^-?\d+$/.test(value) || n < min) {
		throw new DataError(
			cell.at,
			`${what} "${value}" is not a whole number of at least ${min}`,
			`write a whole number ≥ ${min}`
		);
	}
	return n;
}

/** A finite, non-negative amount of money, or null for an empty cell. */
export function money(cell: Cell, what: string): number | null {
	const value = cell.value.trim();
	if (value === '') return null;
	const n = Number(value);
	if (!/^[0-9]+(\.[0-9]+)?$/.test(value) || !Number.isFinite(n)) {
		throw new DataError(
			cell.at,
			`${what} "${value}" is not a non-negative number`,
			'write plain digits with a decimal point, no thousands separators, or leave it empty'
		);
	}
	return n;
}

/** `true` or `false`. */
export function boolean(cell: Cell, what: string): boolean {
	const value = cell.value.trim();
	if (value === 'true') return true;
	if (value === 'false') return false;
	throw new DataError(cell.at, `${what} "${value}" is not true or false`, 'write true or false');
}

/** One of a fixed set of words. */
export function oneOf<T extends string>(cell: Cell, what: string, allowed: readonly T[]): T {
	const value = cell.value.trim();
	if (!(allowed as readonly string[]).includes(value)) {
		throw new DataError(
			cell.at,
			`${what} "${value}" is not one of ${allowed.map((a) => `"${a}"`).join(', ')}`,
			'use one of those words'
		);
	}
	return value as T;
}

/** An ISO 3166-1 alpha-3 code (three capital letters). */
export function iso3(cell: Cell): string {
	const value = cell.value.trim();
	if (!/^[A-Z]{3}$/.test(value)) {
		throw new DataError(
			cell.at,
			`ISO code "${value}" is not three capital letters`,
			'use the ISO 3166-1 alpha-3 code, e.g. POL'
		);
	}
	return value;
}

/** A zero-padded ISO 3166-1 numeric code, as world-atlas writes feature ids ("008"). */
export function isoNumeric(cell: Cell, known?: ReadonlySet<string>): string {
	const value = cell.value.trim();
	if (!/^\d{3}$/.test(value)) {
		throw new DataError(
			cell.at,
			`numeric code "${value}" is not three digits`,
			'write the ISO 3166-1 numeric code zero-padded, e.g. 008'
		);
	}
	if (known && !known.has(value)) {
		throw new DataError(
			cell.at,
			`numeric code "${value}" is not a country in world-atlas`,
			'check the code against world-atlas countries-50m ids'
		);
	}
	return value;
}

/**
 * Throws when a key was already seen, naming the line where it first appeared. `what` names the key
 * in the message (`ISO code`, `row`); `per` names the columns that make it (default `what`).
 */
export function unique(
	seen: Map<string, number>,
	key: string,
	cell: Cell,
	what: string,
	per = what
): void {
	const first = seen.get(key);
	if (first !== undefined) {
		throw new DataError(
			cell.at,
			`${what} ${key} appears twice (first on line ${first})`,
			`the file has one row per ${per}: remove the duplicate row`
		);
	}
	seen.set(key, cell.at.line);
}
