import { buildDay } from './build-day';
import { parseCsv, type Cell } from './csv';
import { DataError } from './errors';
import { isoDate, oneOf, requiredText, unique, type IsoDate } from './fields';
import type { NatoEvent } from './events';

/**
 * A change of the political map the membership map draws (`data/map-changes.csv`):
 * a territory joining a state (`joined`, e.g. the Saarland and the GDR joining West Germany), a
 * state ceasing to exist (`dissolved`, e.g. the Soviet Union, Czechoslovakia), or a state leaving
 * a union that lives on without it (`seceded`, e.g. Slovenia leaving Yugoslavia).
 */
export interface MapChange {
	date: IsoDate;
	change: 'joined' | 'dissolved' | 'seceded';
	entity: string;
	/**
	 * What is drawn: ISO 3166-3 for former states (SUN, CSK, DDR), ISO 3166-2 for a Land (DE-SL),
	 * or for `seceded` the state that leaves.
	 */
	code: string;
	/** For `seceded`: the union it leaves (a `dissolved` row's code, or one of its successors); empty otherwise. */
	from: string;
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
	'from',
	'into',
	'successors',
	'title',
	'note',
	'source'
] as const;
const CHANGES = ['joined', 'dissolved', 'seceded'] as const;
const ALPHA3 = /^[A-Z]{3}$/;

type Cells = Record<(typeof MAP_CHANGE_COLUMNS)[number], Cell>;

/**
 * Parses `map-changes.csv`, rows in date order. A `joined` row names the state it joins; a
 * `dissolved` row its successors; a `seceded` row the union it leaves, before that union's end.
 * Each code appears once, a state is part of one union at most, and no change comes after
 * `today` (the build day). With `events` (nato-events.csv), every `joined` row must agree with a
 * territory change of the same state recorded there (same day, or same year where only the year is known).
 */
export function parseMapChanges(
	text: string,
	file: string,
	events?: readonly NatoEvent[],
	today: IsoDate = buildDay()
): MapChange[] {
	const seen = new Map<string, number>();
	const rows: { row: MapChange; cells: Cells }[] = [];
	for (const { cells: raw } of parseCsv(text, file, MAP_CHANGE_COLUMNS)) {
		const cells = raw as Cells;
		const row = parseRow(cells, today);
		unique(seen, row.code, cells.code, 'code');
		const previous = rows[rows.length - 1];
		if (previous && row.date < previous.row.date) {
			throw new DataError(
				cells.date.at,
				`date ${row.date} comes before the row above (${previous.row.date}, line ${previous.cells.date.at.line})`,
				'keep the rows in date order'
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
					cells.date.at,
					`no territory change of ${row.into} on ${row.date} in nato-events.csv`,
					'make the two files agree on the date'
				);
			}
		}
		rows.push({ row, cells });
	}
	checkUnions(rows);
	return rows.map(({ row }) => row);
}

/** One row on its own: its fields and the columns its kind of change needs or leaves empty. */
function parseRow(cells: Cells, today: IsoDate): MapChange {
	const row: MapChange = {
		date: isoDate(cells.date, 'date', today),
		change: oneOf(cells.change, 'change', CHANGES),
		entity: requiredText(cells.entity, 'entity'),
		code: cells.code.value.trim(),
		from: cells.from.value.trim(),
		into: cells.into.value.trim(),
		successors: cells.successors.value.trim().split(/\s+/).filter(Boolean),
		title: requiredText(cells.title, 'title')
	};
	requiredText(cells.source, 'source');
	const code = /^([A-Z]{3}|[A-Z]{2}-[A-Z0-9]{1,3})$/;
	if (!code.test(row.code)) {
		throw new DataError(
			cells.code.at,
			`code "${row.code}" is neither ISO 3166-3 (SUN) nor ISO 3166-2 (DE-SL)`,
			'write the code of what the map draws'
		);
	}
	const empty = (column: 'from' | 'into' | 'successors', why: string) => {
		if (cells[column].value.trim() !== '') {
			throw new DataError(cells[column].at, `"${row.entity}" ${why}`, `leave "${column}" empty`);
		}
	};
	if (row.change === 'joined') {
		if (!ALPHA3.test(row.into)) {
			throw new DataError(
				cells.into.at,
				`"${row.entity}" joins, but the state it joins ("${row.into}") is not an alpha-3 code`,
				'write the ISO 3166-1 alpha-3 code of the state, e.g. DEU'
			);
		}
		empty('successors', 'joins another state, so it has no successors');
		empty('from', 'joins another state, so it leaves no union');
		return row;
	}
	if (row.change === 'seceded') {
		if (!ALPHA3.test(row.code)) {
			throw new DataError(
				cells.code.at,
				`"${row.entity}" secedes, but its code "${row.code}" is not an alpha-3 code`,
				'write the ISO 3166-1 alpha-3 code of the state that leaves, e.g. SVN'
			);
		}
		if (!ALPHA3.test(row.from)) {
			throw new DataError(
				cells.from.at,
				`"${row.entity}" secedes, but the union it leaves ("${row.from}") is not a code`,
				'write the code of the union, e.g. YUG'
			);
		}
		empty('into', 'secedes, so it joins nothing');
		empty('successors', 'secedes, so it has no successors of its own');
		return row;
	}
	const badSuccessor = row.successors.find((c) => !ALPHA3.test(c));
	if (badSuccessor !== undefined) {
		throw new DataError(
			cells.successors.at,
			`successor "${badSuccessor}" is not an alpha-3 code`,
			'separate ISO 3166-1 alpha-3 codes with spaces, e.g. CZE SVK'
		);
	}
	const twice = row.successors.find((c, i) => row.successors.indexOf(c) !== i);
	if (twice !== undefined) {
		throw new DataError(
			cells.successors.at,
			`successor ${twice} is listed twice`,
			'list each successor once'
		);
	}
	if (row.successors.length < 2) {
		throw new DataError(
			cells.successors.at,
			`"${row.entity}" is dissolved but has ${row.successors.length} successor(s)`,
			'list the states it split into, e.g. CZE SVK'
		);
	}
	empty('into', 'is dissolved, so it joins nothing');
	empty('from', 'is dissolved, so it leaves no union');
	return row;
}

/**
 * Checks the unions across rows: a `seceded` row leaves a union the file draws (a `dissolved`
 * row's code, or one of its successors) before that union's end; a state is part of one union at
 * most, and no union is part of itself.
 */
function checkUnions(rows: readonly { row: MapChange; cells: Cells }[]): void {
	const dissolved = new Map<string, { row: MapChange; cells: Cells }>();
	for (const r of rows) if (r.row.change === 'dissolved') dissolved.set(r.row.code, r);
	const parent = new Map<string, { union: string; line: number }>();
	const setParent = (code: string, union: string, cell: Cell) => {
		const first = parent.get(code);
		if (first?.union === union) {
			throw new DataError(
				cell.at,
				`${code} is drawn as part of ${union} twice (first on line ${first.line})`,
				`a part leaves ${union} once: as a successor of its dissolution or on its own "seceded" row, not both`
			);
		}
		if (first) {
			throw new DataError(
				cell.at,
				`${code} is drawn as part of ${union}, but line ${first.line} already draws it as part of ${first.union}`,
				'a state is part of one union: keep one of the two'
			);
		}
		parent.set(code, { union, line: cell.at.line });
	};
	for (const { row, cells } of rows) {
		if (row.change === 'dissolved') {
			for (const s of row.successors) setParent(s, row.code, cells.successors);
		}
	}
	for (const { row, cells } of rows) {
		if (row.change !== 'seceded') continue;
		const union = dissolved.get(row.from);
		if (!union && !parent.has(row.from)) {
			throw new DataError(
				cells.from.at,
				`"${row.entity}" secedes from ${row.from}, which no "dissolved" row draws`,
				'name a former state that a "dissolved" row dissolves, or one of its successors, e.g. YUG'
			);
		}
		if (union && row.date >= union.row.date) {
			throw new DataError(
				cells.date.at,
				`"${row.entity}" secedes from ${row.from} on ${row.date}, but ${row.from} is dissolved on ${union.row.date} (line ${union.cells.date.at.line})`,
				'a state that leaves on the day of the dissolution is one of its successors: list it there, or check the dates'
			);
		}
		setParent(row.code, row.from, cells.code);
	}
	for (const { row, cells } of rows) {
		const chain = [row.code];
		for (let up = parent.get(row.code); up; up = parent.get(up.union)) {
			chain.push(up.union);
			if (up.union === row.code) {
				throw new DataError(
					cells.code.at,
					`${row.code} is drawn as part of itself (${chain.join(' in ')})`,
					'a union cannot be one of its own parts: check "from" and "successors"'
				);
			}
			if (chain.length > parent.size + 1) break;
		}
	}
}
