import { buildDay } from './build-day';
import { parseCsv } from './csv';
import { DataError } from './errors';
import { isoDate, oneOf, requiredText, unique, type IsoDate } from './fields';
import type { NatoEvent } from './events';

/**
 * A change of the political map the membership map draws (`data/map-changes.csv`):
 * a territory joining a state (`joined`, e.g. the Saarland and the GDR joining West Germany), or a
 * state ceasing to exist (`dissolved`, e.g. the Soviet Union, Czechoslovakia).
 */
export interface MapChange {
	date: IsoDate;
	change: 'joined' | 'dissolved';
	entity: string;
	/** What is drawn: ISO 3166-3 for former states (SUN, CSK, DDR) or ISO 3166-2 for a Land (DE-SL). */
	code: string;
	/** For `joined`: the ISO 3166-1 alpha-3 of the state it joins; empty otherwise. */
	into: string;
	/** For `dissolved`: the ISO 3166-1 alpha-3 codes of the states it split into (how the map draws it). */
	successors: string[];
	title: string;
}

export const MAP_CHANGE_COLUMNS = [
	'date',
	'change',
	'entity',
	'code',
	'into',
	'successors',
	'title',
	'source'
] as const;
const CHANGES = ['joined', 'dissolved'] as const;

/**
 * Parses `map-changes.csv`. A `joined` row names the state it joins; a `dissolved` row does not;
 * each code appears once, and no change comes after `today` (the build day). With `events` (nato-events.csv), every `joined` row must agree with a
 * territory change of the same state recorded there (same day, or same year where only the year is known).
 */
export function parseMapChanges(
	text: string,
	file: string,
	events?: readonly NatoEvent[],
	today: IsoDate = buildDay()
): MapChange[] {
	const seen = new Map<string, number>();
	return parseCsv(text, file, MAP_CHANGE_COLUMNS).map(({ cells }) => {
		const row: MapChange = {
			date: isoDate(cells.date!, 'date', today),
			change: oneOf(cells.change!, 'change', CHANGES),
			entity: requiredText(cells.entity!, 'entity'),
			code: cells.code!.value.trim(),
			into: cells.into!.value.trim(),
			successors: cells.successors!.value.trim().split(/\s+/).filter(Boolean),
			title: requiredText(cells.title!, 'title')
		};
		requiredText(cells.source!, 'source');
		if (!/^([A-Z]{3}|[A-Z]{2}-[A-Z0-9]{1,3})$/.test(row.code)) {
			throw new DataError(
				cells.code!.at,
				`code "${row.code}" is neither ISO 3166-3 (SUN) nor ISO 3166-2 (DE-SL)`,
				'write the code of what the map draws'
			);
		}
		unique(seen, row.code, cells.code!, 'code');
		if (row.change === 'joined' && !/^[A-Z]{3}$/.test(row.into)) {
			throw new DataError(
				cells.into!.at,
				`"${row.entity}" joins, but the state it joins ("${row.into}") is not an alpha-3 code`,
				'write the ISO 3166-1 alpha-3 code of the state, e.g. DEU'
			);
		}
		const badSuccessor = row.successors.find((c) => !/^[A-Z]{3}$/.test(c));
		if (badSuccessor !== undefined) {
			throw new DataError(
				cells.successors!.at,
				`successor "${badSuccessor}" is not an alpha-3 code`,
				'separate ISO 3166-1 alpha-3 codes with spaces, e.g. CZE SVK'
			);
		}
		if (row.change === 'dissolved' && row.successors.length < 2) {
			throw new DataError(
				cells.successors!.at,
				`"${row.entity}" is dissolved but has ${row.successors.length} successor(s)`,
				'list the states it split into, e.g. CZE SVK'
			);
		}
		if (row.change === 'joined' && row.successors.length > 0) {
			throw new DataError(
				cells.successors!.at,
				`"${row.entity}" joins another state, so it has no successors`,
				'leave "successors" empty'
			);
		}
		if (row.change === 'dissolved' && row.into !== '') {
			throw new DataError(
				cells.into!.at,
				`"${row.entity}" is dissolved, so it joins nothing`,
				'leave "into" empty'
			);
		}
		if (events && row.change === 'joined') {
			const match = events.some(
				(e) =>
					e.type === 'territory_change' &&
					e.iso3 === row.into &&
					(e.precision === 'day' ? e.date === row.date : e.date === row.date.slice(0, 4))
			);
			if (!match) {
				throw new DataError(
					cells.date!.at,
					`no territory change of ${row.into} on ${row.date} in nato-events.csv`,
					'make the two files agree on the date'
				);
			}
		}
		return row;
	});
}
