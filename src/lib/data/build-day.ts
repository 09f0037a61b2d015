import type { IsoDate } from './fields';

/**
 * The build day: today's date in UTC, the one clock the data is checked against (no date in the
 * data may come after it). Parsers take it as a parameter defaulting to this, so tests pass a day.
 */
export function buildDay(now: Date = new Date()): IsoDate {
	return now.toISOString().slice(0, 10);
}
