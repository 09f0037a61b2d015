import { parseCsv } from './csv';
import { DataError } from './errors';
import { iso3, isoNumeric, requiredText, unique } from './fields';

/** A state on the territory of the former Yugoslavia, as world-atlas draws it (`data/yugoslav-states.csv`). */
export interface YugoslavState {
	iso3: string;
	/** World-atlas id; where world-atlas gives the feature none (Kosovo), the ISO code the map keys it by. */
	id: string;
	name: string;
	/** The feature's `properties.name` in world-atlas countries-50m. */
	nameAtlas: string;
	/** True where world-atlas has no id for the feature, so the map keys it by `iso3`. */
	keyed: boolean;
}

export const YUGOSLAV_STATE_COLUMNS = [
	'iso3',
	'iso_numeric',
	'name',
	'name_atlas',
	'note',
	'source'
] as const;

/**
 * Parses `yugoslav-states.csv`. With `atlas` (world-atlas name → id, undefined for a feature
 * without one), each `name_atlas` must be a feature there and `iso_numeric` its id, or empty
 * where it has none.
 */
export function parseYugoslavStates(
	text: string,
	file: string,
	atlas?: ReadonlyMap<string, string | undefined>
): YugoslavState[] {
	const seen = new Map<string, number>();
	return parseCsv(text, file, YUGOSLAV_STATE_COLUMNS).map(({ cells }) => {
		const code = iso3(cells.iso3!);
		const numeric = cells.iso_numeric!.value.trim();
		const row: YugoslavState = {
			iso3: code,
			id: numeric === '' ? code : isoNumeric(cells.iso_numeric!),
			name: requiredText(cells.name!, 'name'),
			nameAtlas: requiredText(cells.name_atlas!, 'name_atlas'),
			keyed: numeric === ''
		};
		requiredText(cells.source!, 'source');
		unique(seen, row.iso3, cells.iso3!, 'ISO code');
		if (!atlas) return row;
		if (!atlas.has(row.nameAtlas)) {
			throw new DataError(
				cells.name_atlas!.at,
				`world-atlas has no country named "${row.nameAtlas}"`,
				'write its properties.name in countries-50m, e.g. "Bosnia and Herz."'
			);
		}
		const id = atlas.get(row.nameAtlas);
		if (id === undefined && !row.keyed) {
			throw new DataError(
				cells.iso_numeric!.at,
				`world-atlas draws "${row.nameAtlas}" without an id`,
				'leave iso_numeric empty: the map keys the feature by its ISO code'
			);
		}
		if (id !== undefined && id !== numeric) {
			throw new DataError(
				cells.iso_numeric!.at,
				`world-atlas draws "${row.nameAtlas}" with the id ${id}, not "${numeric}"`,
				`write ${id}`
			);
		}
		return row;
	});
}
