import { buildDay } from './build-day';
import { parseCsv } from './csv';
import { DataError } from './errors';
import { oneOf, requiredText, unique, year, type IsoDate } from './fields';

/** A figure the December 2019 report gave, which the story checks against the data. */
export interface Claim {
	/** Placeholder name in the copy: `{claim.<id>}`. */
	id: string;
	value: number;
	unit: 'countries' | 'percent';
	/** The year the claim was made. */
	year: number;
	/** The words quoted, as short as the claim being checked. */
	quote: string;
	source: string;
}

export const CLAIM_COLUMNS = ['id', 'value', 'unit', 'year', 'quote', 'source'] as const;
export const CLAIM_UNITS = ['countries', 'percent'] as const;

/** Parses `data/claims.csv`; the value must appear in the quote, as said, in a year up to `today`'s. */
export function parseClaims(text: string, file: string, today: IsoDate = buildDay()): Claim[] {
	const seen = new Map<string, number>();
	return parseCsv(text, file, CLAIM_COLUMNS).map(({ cells }) => {
		const id = requiredText(cells.id!, 'id');
		if (!/^[a-z][a-z0-9-]*$/.test(id)) {
			throw new DataError(
				cells.id!.at,
				`claim id "${id}" is not a name`,
				'use lower-case letters, digits and hyphens, e.g. share'
			);
		}
		unique(seen, id, cells.id!, 'claim id');
		const raw = cells.value!.value.trim();
		const value = Number(raw);
		if (!/^\d+(\.\d+)?$/.test(raw)) {
			throw new DataError(
				cells.value!.at,
				`value "${raw}" is not a number`,
				'write the figure as said, in plain digits'
			);
		}
		const quote = requiredText(cells.quote!, 'quote');
		if (!quote.includes(raw)) {
			throw new DataError(
				cells.quote!.at,
				`the quote does not contain the value ${raw}`,
				'quote the words that give the figure'
			);
		}
		return {
			id,
			value,
			unit: oneOf(cells.unit!, 'unit', CLAIM_UNITS),
			year: year(cells.year!, 'year', today),
			quote,
			source: requiredText(cells.source!, 'source')
		};
	});
}
