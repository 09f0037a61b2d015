import { parseCsv } from './csv';
import { DataError } from './errors';
import { iso3, isoNumeric, requiredText, unique } from './fields';

/** A published length of a country's land border with Russia (`data/russia-border-lengths.csv`). */
export interface PublishedBorder {
	iso3: string;
	/** World-atlas id of the country. */
	id: string;
	km: number;
	source: string;
}

export const BORDER_LENGTH_COLUMNS = ['iso3', 'iso_numeric', 'km', 'note', 'source'] as const;

/** Parses `russia-border-lengths.csv`: positive lengths, one row per country and source. */
export function parsePublishedBorders(
	text: string,
	file: string,
	atlasIds?: ReadonlySet<string>
): PublishedBorder[] {
	const seen = new Map<string, number>();
	return parseCsv(text, file, BORDER_LENGTH_COLUMNS).map(({ cells }) => {
		const value = cells.km!.value.trim();
		const km = Number(value);
		if (!/^\d+(\.\d+)?$/.test(value) || !(km > 0)) {
			throw new DataError(
				cells.km!.at,
				`length "${value}" is not a positive number of km`,
				'write plain digits with a decimal point, e.g. 280.5'
			);
		}
		const row: PublishedBorder = {
			iso3: iso3(cells.iso3!),
			id: isoNumeric(cells.iso_numeric!, atlasIds),
			km,
			source: requiredText(cells.source!, 'source')
		};
		unique(seen, `(${row.iso3}, ${row.source})`, cells.source!, 'row', 'country and source');
		return row;
	});
}
