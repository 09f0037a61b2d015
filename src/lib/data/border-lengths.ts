import { pairKey } from '$lib/geo/pair-key';
import { parseCsv } from './csv';
import { DataError } from './errors';
import { iso3, isoNumeric, requiredText, unique } from './fields';

/** A published length of the land border between two countries (`data/russia-border-lengths.csv`). */
export interface PublishedBorder {
	iso3: string;
	/** World-atlas id of the country. */
	id: string;
	/** The country on the other side. */
	neighbourIso3: string;
	neighbourId: string;
	/** `pairKey` of the two world-atlas ids, as the map names the border's geometry. */
	pair: string;
	km: number;
	source: string;
}

export const BORDER_LENGTH_COLUMNS = [
	'iso3',
	'iso_numeric',
	'neighbour_iso3',
	'neighbour_iso_numeric',
	'km',
	'note',
	'source'
] as const;

/**
 * Parses `russia-border-lengths.csv`: one row per border between two countries, with a positive
 * length and its source. Ids must be world-atlas countries (`atlasIds`) and, for a country in
 * `codes` (ISO3 → world-atlas id, from the dataset), that country's id.
 */
export function parsePublishedBorders(
	text: string,
	file: string,
	atlasIds?: ReadonlySet<string>,
	codes?: ReadonlyMap<string, string>
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
		const side = (
			code: 'iso3' | 'neighbour_iso3',
			numeric: 'iso_numeric' | 'neighbour_iso_numeric'
		) => {
			const country = iso3(cells[code]!);
			const id = isoNumeric(cells[numeric]!, atlasIds);
			const expected = codes?.get(country);
			if (expected !== undefined && expected !== id) {
				throw new DataError(
					cells[numeric]!.at,
					`numeric code "${id}" is not ${country}'s (the dataset has ${expected})`,
					`write ${expected}, or the ISO code of the country ${id} is`
				);
			}
			return { country, id };
		};
		const a = side('iso3', 'iso_numeric');
		const b = side('neighbour_iso3', 'neighbour_iso_numeric');
		if (a.country === b.country || a.id === b.id) {
			throw new DataError(
				cells.neighbour_iso3!.at,
				`${a.country} borders itself`,
				'name the country on the other side of the border'
			);
		}
		const row: PublishedBorder = {
			iso3: a.country,
			id: a.id,
			neighbourIso3: b.country,
			neighbourId: b.id,
			pair: pairKey(a.id, b.id),
			km,
			source: requiredText(cells.source!, 'source')
		};
		unique(seen, row.pair, cells.iso_numeric!, 'border between world-atlas ids', 'border');
		return row;
	});
}
