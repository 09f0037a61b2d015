import { buildDay } from './build-day';
import { parseCsv } from './csv';
import { DataError } from './errors';
import { dateProblem, notAfterToday, oneOf, requiredText, unique, type IsoDate } from './fields';

/** A non-accession event in NATO's history, as `data/nato-events.csv` records it. */
export interface NatoEvent {
	/** `YYYY-MM-DD`, or `YYYY` when only the year is known (`precision: 'year'`). */
	date: string;
	precision: 'day' | 'year';
	type: string;
	/** ISO 3166-1 alpha-3 of the country concerned; empty for alliance-wide events. */
	iso3: string;
	/** World-atlas id of the country concerned; empty for alliance-wide events. */
	id: string;
	title: string;
}

export const EVENT_COLUMNS = [
	'date',
	'date_precision',
	'event_type',
	'iso3',
	'iso_numeric',
	'title',
	'description',
	'map_effect',
	'source'
] as const;

const PRECISIONS = ['day', 'year'] as const;

/**
 * Parses `nato-events.csv`; a date must match its precision (`1990-10-03` for day, `1957` for
 * year) and not come after `today` (the build day); one event of a type per country and date.
 */
export function parseEvents(text: string, file: string, today: IsoDate = buildDay()): NatoEvent[] {
	const seen = new Map<string, number>();
	return parseCsv(text, file, EVENT_COLUMNS).map(({ cells }) => {
		const precision = oneOf(cells.date_precision!, 'date precision', PRECISIONS);
		const date = cells.date!.value.trim();
		const ok = precision === 'year' ? /^\d{4}$/.test(date) : dateProblem(date) === null;
		if (!ok) {
			throw new DataError(
				cells.date!.at,
				`date "${date}" does not match its precision "${precision}"`,
				precision === 'day' ? 'write it as YYYY-MM-DD' : 'write the year alone, e.g. 1957'
			);
		}
		notAfterToday(cells.date!, 'date', date, today);
		const iso3 = cells.iso3!.value.trim();
		const id = cells.iso_numeric!.value.trim();
		if (iso3 !== '' && !/^[A-Z]{3}$/.test(iso3)) {
			throw new DataError(
				cells.iso3!.at,
				`ISO code "${iso3}" is not three capital letters`,
				'use the ISO 3166-1 alpha-3 code or leave it empty'
			);
		}
		if (id !== '' && !/^\d{3}$/.test(id)) {
			throw new DataError(
				cells.iso_numeric!.at,
				`numeric code "${id}" is not three digits`,
				'write the zero-padded ISO 3166-1 numeric code or leave it empty'
			);
		}
		const event: NatoEvent = {
			date,
			precision,
			type: requiredText(cells.event_type!, 'event type'),
			iso3,
			id,
			title: requiredText(cells.title!, 'title')
		};
		const country = iso3 === '' ? 'the alliance' : iso3;
		unique(
			seen,
			`(${date}, ${event.type}, ${country})`,
			cells.date!,
			'event',
			'date, event type and country'
		);
		return event;
	});
}
