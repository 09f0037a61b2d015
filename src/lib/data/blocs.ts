import { buildDay } from './build-day';
import { parseCsv } from './csv';
import { DataError } from './errors';
import { iso3, isoDate, isoNumeric, requiredText, unique, type IsoDate } from './fields';

/** A signatory of the Warsaw Treaty, with the dates it was in the pact. */
export interface WarsawPactMember {
	entity: string;
	/** ISO 3166-1 alpha-3, or ISO 3166-3 for former states (SUN, CSK, DDR). */
	iso3: string;
	/** Numeric code as recorded (810 USSR, 200 Czechoslovakia, 278 GDR): drawn from successor states. */
	id: string;
	joined: IsoDate;
	left: IsoDate;
}

/** A Soviet republic that became an independent state (world-atlas id). */
export interface SovietRepublic {
	iso3: string;
	id: string;
	name: string;
}

export const WARSAW_PACT_COLUMNS = [
	'entity',
	'iso3_modern',
	'iso_numeric_modern',
	'joined',
	'left',
	'note',
	'source'
] as const;
export const SOVIET_REPUBLIC_COLUMNS = [
	'iso3',
	'iso_numeric',
	'name',
	'independence_note'
] as const;

/** Parses `warsaw-pact.csv`; `left` must come after `joined`, and neither after `today` (the build day). */
export function parseWarsawPact(
	text: string,
	file: string,
	today: IsoDate = buildDay()
): WarsawPactMember[] {
	const seen = new Map<string, number>();
	return parseCsv(text, file, WARSAW_PACT_COLUMNS).map(({ cells }) => {
		const row: WarsawPactMember = {
			entity: requiredText(cells.entity!, 'entity'),
			iso3: iso3(cells.iso3_modern!),
			id: isoNumeric(cells.iso_numeric_modern!),
			joined: isoDate(cells.joined!, 'joining date', today),
			left: isoDate(cells.left!, 'leaving date', today)
		};
		unique(seen, row.iso3, cells.iso3_modern!, 'ISO code');
		if (row.left <= row.joined) {
			throw new DataError(
				cells.left!.at,
				`${row.entity} leaves (${row.left}) before it joins (${row.joined})`,
				'check the two dates'
			);
		}
		return row;
	});
}

/** Parses `soviet-republics.csv`; every id must be a world-atlas country. */
export function parseSovietRepublics(
	text: string,
	file: string,
	atlasIds?: ReadonlySet<string>
): SovietRepublic[] {
	const seen = new Map<string, number>();
	return parseCsv(text, file, SOVIET_REPUBLIC_COLUMNS).map(({ cells }) => {
		const row = {
			iso3: iso3(cells.iso3!),
			id: isoNumeric(cells.iso_numeric!, atlasIds),
			name: requiredText(cells.name!, 'name')
		};
		unique(seen, row.iso3, cells.iso3!, 'ISO code');
		return row;
	});
}
