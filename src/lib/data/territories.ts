import { parseCsv } from './csv';
import { DataError } from './errors';
import { isoNumeric, requiredText, unique } from './fields';

/**
 * A territory world-atlas draws as a feature of its own that the map colours with a state
 * (`data/map-territories.csv`), e.g. Greenland with Denmark.
 */
export interface Territory {
	/** World-atlas id of the territory. */
	id: string;
	name: string;
	/** World-atlas id of the state it is drawn with. */
	drawnWith: string;
}

export const TERRITORY_COLUMNS = ['iso_numeric', 'name', 'drawn_with', 'note', 'source'] as const;

/** Parses `map-territories.csv`; ids must be world-atlas countries (`atlasIds`), and a territory is not drawn with itself. */
export function parseTerritories(
	text: string,
	file: string,
	atlasIds?: ReadonlySet<string>
): Territory[] {
	const seen = new Map<string, number>();
	return parseCsv(text, file, TERRITORY_COLUMNS).map(({ cells }) => {
		const row: Territory = {
			id: isoNumeric(cells.iso_numeric!, atlasIds),
			name: requiredText(cells.name!, 'name'),
			drawnWith: isoNumeric(cells.drawn_with!, atlasIds)
		};
		requiredText(cells.source!, 'source');
		unique(seen, row.id, cells.iso_numeric!, 'territory');
		if (row.id === row.drawnWith) {
			throw new DataError(
				cells.drawn_with!.at,
				`${row.name} is drawn with itself`,
				'name the state it belongs to'
			);
		}
		return row;
	});
}
