import { DataError, type Position } from './errors';
import type { MissingFlag } from './spending';

/**
 * SIPRI's Military Expenditure workbook as SIPRI publishes it, read into typed values.
 * The xlsx file itself is opened by scripts/lib/sipri-workbook.ts; this module only sees cells.
 * Symbols, colours and zeros are mapped as data/SOURCES.md describes.
 */

/** One cell: its value and font colour (`RRGGBB`, `theme:N`, `system`, or null for automatic). */
export interface RawCell {
	value: number | string | null;
	colour: string | null;
	/** A formula the file holds no calculated value for (`value` is then null); readSipri refuses it. */
	uncalculated?: string;
}

/** A worksheet as a grid: `rows[r - 1][c - 1]` is the cell in row r, column c (both 1-based). */
export interface RawSheet {
	name: string;
	rows: (RawCell | undefined)[][];
}

/** A workbook's sheets and the text of its drawings (the front page is a drawing). */
export interface RawWorkbook {
	/** The path used in error messages. */
	file: string;
	/** The file name, kept as provenance. */
	workbook: string;
	sha256: string;
	sheets: RawSheet[];
	texts: string[];
}

/** What a SIPRI cell says about its value. */
export type CellFlag = '' | 'estimate' | 'highly_uncertain' | 'no_military' | MissingFlag;

/** A value read from a cell; `value` is null exactly when `flag` is a missing flag. */
export interface SipriValue {
	value: number | null;
	flag: CellFlag;
	at: Position;
}

/** A country sheet ("Current US$", "Constant (2023) US$"): rows by country name, columns by year. */
export interface CountryTable {
	sheet: string;
	file: string;
	years: number[];
	header: Position;
	yearColumn: Map<number, number>;
	rows: Map<string, number[]>;
	grid: RawSheet['rows'];
}

/** SIPRI's world total by year; `excludesIraq` marks years taken from the series without Iraq. */
export interface WorldValue extends SipriValue {
	excludesIraq: boolean;
}

/** The workbook read: release, base year, citation, the two country sheets and the world total. */
export interface SipriWorkbook {
	file: string;
	workbook: string;
	sha256: string;
	/** The last data year. */
	release: number;
	/** The constant-price base year, from the sheet name "Constant (2023) US$". */
	baseYear: number;
	/** The database edition in SIPRI's citation (2020 for data to 2019). */
	edition: number;
	citation: string;
	current: CountryTable;
	constant: CountryTable;
	/** World total in US$ m. at constant prices, by year (SIPRI prints billions). */
	worldConstant: Map<number, WorldValue>;
	/** World total in US$ m. at current prices for the last data year (the only year SIPRI prints). */
	worldCurrent: WorldValue;
}

export const CURRENT_SHEET = /^Current US(\$|D)$/i;
export const CONSTANT_SHEET = /^Constant \((\d{4})\) US(\$|D)$/i;
export const REGIONAL_SHEET = /^Regional totals$/i;

/** Older releases spell some countries differently from data/nato-members.csv (`name_sipri`). */
export const SIPRI_NAME_ALIASES: Readonly<Record<string, readonly string[]>> = {
	'United States of America': ['USA'],
	'United Kingdom': ['UK'],
	Türkiye: ['Turkey']
};

/**
 * Countries whose 0 means "no military", so 0 is the value (SIPRI footnotes: Costa Rica, Iceland,
 * Panama from 1990, Haiti 1995–2011). Every other 0 means the value is not available.
 */
export const NO_MILITARY: readonly { name: string; from: number; to: number }[] = [
	{ name: 'Costa Rica', from: 1900, to: 2100 },
	{ name: 'Iceland', from: 1900, to: 2100 },
	{ name: 'Panama', from: 1990, to: 2100 },
	{ name: 'Haiti', from: 1995, to: 2011 }
];

/** Font colours in SIPRI's legends: blue = SIPRI estimate, red = highly uncertain. */
export const SIPRI_COLOURS: Readonly<Record<string, '' | 'estimate' | 'highly_uncertain'>> = {
	'000000': '',
	'theme:1': '',
	system: '',
	'0000FF': 'estimate',
	FF0000: 'highly_uncertain'
};

const UNAVAILABLE = /^(\.\s*){2,3}$/;

/** True when SIPRI's footnotes say `country` had no military in `year` (see NO_MILITARY). */
export function hasNoMilitary(country: string, year: number): boolean {
	return NO_MILITARY.some((n) => n.name === country && year >= n.from && year <= n.to);
}

/** The spellings to look for in column A for a `name_sipri`. */
export function sipriNames(name: string): string[] {
	return [name, ...(Object.hasOwn(SIPRI_NAME_ALIASES, name) ? SIPRI_NAME_ALIASES[name]! : [])];
}

/** The spreadsheet address of a cell, e.g. C78. */
export function a1(row: number, column: number): string {
	let letters = '';
	for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) {
		letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
	}
	return `${letters}${row}`;
}

function normalName(value: RawCell['value']): string {
	return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

function cellAt(sheet: RawSheet, row: number, column: number): RawCell | undefined {
	return sheet.rows[row - 1]?.[column - 1];
}

function colourFlag(
	cell: RawCell,
	at: Position,
	what: string
): '' | 'estimate' | 'highly_uncertain' {
	const colour = cell.colour ?? '000000';
	const flag = Object.hasOwn(SIPRI_COLOURS, colour) ? SIPRI_COLOURS[colour] : undefined;
	if (flag === undefined) {
		throw new DataError(
			at,
			`${what} has font colour ${cell.colour}, which SIPRI's legend does not explain (blue = estimate, red = highly uncertain)`,
			"check the sheet's legend and add the colour to SIPRI_COLOURS in src/lib/data/sipri.ts"
		);
	}
	return flag;
}

/**
 * Maps one country cell: `. .`/`...` and blank → unavailable, `xxx` → not_independent, blue →
 * estimate, red → highly_uncertain, 0 → no_military for the countries in NO_MILITARY and
 * zero_in_source_treated_as_unavailable for all others.
 */
export function countryValue(
	cell: RawCell | undefined,
	at: Position,
	country: string,
	year: number
): SipriValue {
	const what = `${a1(at.line, at.column)} (${country}, ${year})`;
	let value = cell?.value ?? null;
	if (typeof value === 'string') {
		const text = value.trim();
		if (text === '' || UNAVAILABLE.test(text)) return { value: null, flag: 'unavailable', at };
		if (text.toLowerCase() === 'xxx') return { value: null, flag: 'not_independent', at };
		if (!/^\d+(\.\d+)?$/.test(text)) {
			throw new DataError(
				at,
				`${what} holds "${text}", which is neither a number nor one of SIPRI's symbols ". ." and "xxx"`,
				'check the cell in the workbook; the importer reads SIPRI workbooks as published'
			);
		}
		value = Number(text);
	}
	if (value === null) return { value: null, flag: 'unavailable', at };
	if (!Number.isFinite(value) || value < 0) {
		throw new DataError(
			at,
			`${what} holds ${value}, not a non-negative amount`,
			'check the cell in the workbook'
		);
	}
	if (value === 0) {
		return hasNoMilitary(country, year)
			? { value: 0, flag: 'no_military', at }
			: { value: null, flag: 'zero_in_source_treated_as_unavailable', at };
	}
	return { value, flag: colourFlag(cell!, at, what), at };
}

function findSheet(raw: RawWorkbook, pattern: RegExp, what: string): RawSheet {
	const matches = raw.sheets.filter((s) => pattern.test(s.name.trim()));
	if (matches.length !== 1) {
		throw new DataError(
			{ file: raw.file, line: 1, column: 1 },
			matches.length === 0
				? `no sheet named like "${what}" (sheets: ${raw.sheets.map((s) => s.name).join(', ')})`
				: `several sheets named like "${what}"`,
			"use SIPRI's Military Expenditure Database workbook as downloaded from sipri.org"
		);
	}
	return matches[0]!;
}

function yearOfHeader(value: RawCell['value']): number | null {
	const text =
		typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	return /^(19|20)\d\d$/.test(text) ? Number(text) : null;
}

interface Header {
	row: number;
	at: Position;
	yearColumn: Map<number, number>;
	years: number[];
}

/** Finds the header row (column A = `label`) and its year columns, which must run without a gap. */
function readHeader(raw: RawWorkbook, sheet: RawSheet, label: string): Header {
	const file = `${raw.file}#${sheet.name}`;
	const index = sheet.rows.findIndex((r) => normalName(r?.[0]?.value ?? null) === label);
	if (index < 0) {
		throw new DataError(
			{ file, line: 1, column: 1 },
			`no header row with "${label}" in column A`,
			"use SIPRI's workbook as published; the importer looks for that header"
		);
	}
	const row = index + 1;
	const yearColumn = new Map<number, number>();
	let previous: number | null = null;
	(sheet.rows[index] ?? []).forEach((cell, i) => {
		const y = yearOfHeader(cell?.value ?? null);
		if (y === null) return;
		if (previous !== null && y !== previous + 1) {
			throw new DataError(
				{ file, line: row, column: i + 1 },
				`header ${a1(row, i + 1)} is ${y} but the column before is ${previous}`,
				'the year columns must run without a gap, as SIPRI publishes them'
			);
		}
		yearColumn.set(y, i + 1);
		previous = y;
	});
	if (yearColumn.size === 0) {
		throw new DataError(
			{ file, line: row, column: 1 },
			'the header row has no year columns',
			"use SIPRI's workbook as published"
		);
	}
	return { row, at: { file, line: row, column: 1 }, yearColumn, years: [...yearColumn.keys()] };
}

function readCountryTable(raw: RawWorkbook, sheet: RawSheet): CountryTable {
	const header = readHeader(raw, sheet, 'Country');
	const rows = new Map<string, number[]>();
	for (let r = header.row + 1; r <= sheet.rows.length; r++) {
		const name = normalName(cellAt(sheet, r, 1)?.value ?? null);
		if (name !== '') rows.set(name, [...(rows.get(name) ?? []), r]);
	}
	return {
		sheet: sheet.name,
		file: header.at.file,
		years: header.years,
		header: header.at,
		yearColumn: header.yearColumn,
		rows,
		grid: sheet.rows
	};
}

/** The value of `name` (name_sipri, or one of its aliases) in `year`. */
export function tableValue(table: CountryTable, name: string, year: number): SipriValue {
	const names = sipriNames(name);
	const found = names.flatMap((n) => (table.rows.get(n) ?? []).map((row) => ({ n, row })));
	if (found.length !== 1) {
		throw new DataError(
			table.header,
			found.length === 0
				? `no row for ${names.map((n) => `"${n}"`).join(' or ')} in column A`
				: `${found.length} rows for ${names.map((n) => `"${n}"`).join(' or ')} (rows ${found.map((f) => f.row).join(', ')})`,
			'correct name_sipri in data/nato-members.csv or add the spelling to SIPRI_NAME_ALIASES in src/lib/data/sipri.ts'
		);
	}
	const column = table.yearColumn.get(year);
	if (column === undefined) {
		throw new DataError(
			table.header,
			`no column for ${year}`,
			`the sheet covers ${table.years[0]}–${table.years.at(-1)}`
		);
	}
	const { row } = found[0]!;
	const at = { file: table.file, line: row, column };
	return countryValue(table.grid[row - 1]?.[column - 1], at, name, year);
}

function worldValue(
	cell: RawCell | undefined,
	at: Position,
	year: number,
	excludesIraq: boolean
): WorldValue | null {
	const value = cell?.value ?? null;
	if (value === null || (typeof value === 'string' && value.trim() === '')) return null;
	const what = `${a1(at.line, at.column)} (world, ${year})`;
	if (typeof value === 'string') {
		if (UNAVAILABLE.test(value.trim()))
			return { value: null, flag: 'unavailable', at, excludesIraq };
		throw new DataError(
			at,
			`${what} holds "${value.trim()}", not a number or ". ."`,
			'check the cell in the workbook'
		);
	}
	if (!Number.isFinite(value) || value <= 0) {
		throw new DataError(
			at,
			`${what} holds ${value}, not a positive world total`,
			'check the cell in the workbook'
		);
	}
	// In Regional totals red means "more than 10% of the total consists of estimates".
	const colour = colourFlag(cell!, at, what);
	const millions = Math.round(value * 1e6) / 1e3;
	return {
		value: millions,
		flag: excludesIraq ? '' : colour === '' ? '' : 'estimate',
		at,
		excludesIraq
	};
}

function readWorld(raw: RawWorkbook, sheet: RawSheet, release: number) {
	const header = readHeader(raw, sheet, 'Region');
	const file = header.at.file;
	let currentColumn = 0;
	(sheet.rows[header.row - 1] ?? []).forEach((cell, i) => {
		const m =
			typeof cell?.value === 'string'
				? /^(\d{4})\s*\(current prices\)$/i.exec(cell.value.trim())
				: null;
		if (!m) return;
		if (Number(m[1]) !== release) {
			throw new DataError(
				{ file, line: header.row, column: i + 1 },
				`the world total at current prices is for ${m[1]}, but the country sheets end in ${release}`,
				'use one complete SIPRI workbook'
			);
		}
		currentColumn = i + 1;
	});
	if (currentColumn === 0) {
		throw new DataError(
			header.at,
			`no "${release} (current prices)" column`,
			"use SIPRI's workbook as published"
		);
	}
	if (header.years.at(-1) !== release) {
		throw new DataError(
			header.at,
			`the regional totals end in ${header.years.at(-1)}, the country sheets in ${release}`,
			'use one complete SIPRI workbook'
		);
	}
	const worldRows: { row: number; name: string }[] = [];
	sheet.rows.forEach((r, i) => {
		const name = normalName(r?.[0]?.value ?? null);
		if (i + 1 > header.row && /^World\b/i.test(name)) worldRows.push({ row: i + 1, name });
	});
	let primary = worldRows[0];
	let fallback: (typeof worldRows)[number] | undefined;
	if (worldRows.length > 1) {
		primary = worldRows.find((w) => /including Iraq/i.test(w.name));
		fallback = worldRows.find((w) => /excluding Iraq/i.test(w.name));
	}
	if (!primary) {
		throw new DataError(
			header.at,
			worldRows.length === 0
				? 'no "World" row'
				: `several world rows (${worldRows.map((w) => w.name).join('; ')}) but none "including Iraq"`,
			"use SIPRI's workbook as published"
		);
	}
	const at = (row: number, column: number) => ({ file, line: row, column });
	const read = (column: number, year: number): WorldValue | null =>
		worldValue(cellAt(sheet, primary.row, column), at(primary.row, column), year, false) ??
		(fallback
			? worldValue(cellAt(sheet, fallback.row, column), at(fallback.row, column), year, true)
			: null);
	const constant = new Map<number, WorldValue>();
	for (const [year, column] of header.yearColumn) {
		const value = read(column, year);
		if (value) constant.set(year, value);
		else if (constant.size > 0)
			constant.set(year, {
				value: null,
				flag: 'unavailable',
				at: at(primary.row, column),
				excludesIraq: false
			});
	}
	if (constant.size === 0) {
		throw new DataError(
			at(primary.row, 1),
			'the world row has no values',
			"use SIPRI's workbook as published"
		);
	}
	const current = read(currentColumn, release);
	if (!current || current.value === null) {
		throw new DataError(
			at(primary.row, currentColumn),
			`no world total at current prices for ${release}`,
			"use SIPRI's workbook as published"
		);
	}
	return { constant, current };
}

const CITATION = /citation:\s*["“‘'](SIPRI Military Expenditure Database[^"”’']*?)\s*["”’']/;

function findCitation(raw: RawWorkbook): { citation: string; edition: number } {
	const texts = [
		...raw.texts,
		...raw.sheets.flatMap((s) =>
			s.rows.flatMap((r) => (r ?? []).map((c) => (typeof c?.value === 'string' ? c.value : '')))
		)
	];
	for (const text of texts) {
		const m = CITATION.exec(text.replace(/\s+/g, ' '));
		const edition = m && /Database (\d{4})/.exec(m[1]!);
		if (m && edition) return { citation: m[1]!.trim(), edition: Number(edition[1]) };
	}
	throw new DataError(
		{ file: raw.file, line: 1, column: 1 },
		'the workbook does not say how to cite it (SIPRI\'s front page: with the citation: "SIPRI Military Expenditure Database YYYY, …")',
		'use the workbook as downloaded from sipri.org, with its front page'
	);
}

/**
 * Throws at the first formula without a calculated value: read as empty it would silently change
 * a sum, and an uncalculated cell means the file was saved by a program that did not calculate it.
 */
function checkCalculated(raw: RawWorkbook): void {
	for (const sheet of raw.sheets) {
		sheet.rows.forEach((row, r) =>
			row?.forEach((cell, c) => {
				if (cell?.uncalculated === undefined) return;
				const formula =
					cell.uncalculated.length > 40 ? `${cell.uncalculated.slice(0, 40)}…` : cell.uncalculated;
				throw new DataError(
					{ file: `${raw.file}#${sheet.name}`, line: r + 1, column: c + 1 },
					`${a1(r + 1, c + 1)} holds the formula =${formula} but no calculated value`,
					'open and save the workbook in a spreadsheet program so its values are calculated, then import it again'
				);
			})
		);
	}
}

/** Reads release, base year, citation, the country sheets and the world total from a SIPRI workbook. */
export function readSipri(raw: RawWorkbook): SipriWorkbook {
	checkCalculated(raw);
	const constantSheet = findSheet(raw, CONSTANT_SHEET, 'Constant (2023) US$');
	const baseYear = Number(CONSTANT_SHEET.exec(constantSheet.name.trim())![1]);
	const current = readCountryTable(raw, findSheet(raw, CURRENT_SHEET, 'Current US$'));
	const constant = readCountryTable(raw, constantSheet);
	const release = current.years.at(-1)!;
	if (constant.years.at(-1) !== release) {
		throw new DataError(
			constant.header,
			`the constant-price sheet ends in ${constant.years.at(-1)}, the current-price sheet in ${release}`,
			'use one complete SIPRI workbook'
		);
	}
	if (!constant.yearColumn.has(baseYear)) {
		throw new DataError(
			constant.header,
			`the base year ${baseYear} named in the sheet name has no column`,
			"use SIPRI's workbook as published"
		);
	}
	const world = readWorld(raw, findSheet(raw, REGIONAL_SHEET, 'Regional totals'), release);
	return {
		file: raw.file,
		workbook: raw.workbook,
		sha256: raw.sha256,
		release,
		baseYear,
		...findCitation(raw),
		current,
		constant,
		worldConstant: world.constant,
		worldCurrent: world.current
	};
}
