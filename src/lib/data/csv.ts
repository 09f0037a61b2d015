import { DataError, type Position } from './errors';

/** One cell of a CSV file with the place it came from. */
export interface Cell {
	value: string;
	at: Position;
}

/** One data row of a CSV file, cells keyed by header name. */
export interface CsvRow {
	line: number;
	cells: Record<string, Cell>;
}

/**
 * Parses RFC 4180 CSV text (header row, quoted fields, `\n` or `\r\n` line ends) into rows whose
 * cells remember their line and column. Checks that the header has exactly `columns`, in any order
 * and with no extras, and that every row has as many cells as the header.
 */
export function parseCsv(text: string, file: string, columns: readonly string[]): CsvRow[] {
	const records = tokenize(text.replace(/^\uFEFF/, ''), file);
	const header = records.shift();
	if (!header || (header.cells.length === 1 && header.cells[0]!.value === '')) {
		throw new DataError(
			{ file, line: 1, column: 1 },
			'the file is empty',
			`add the header row: ${columns.join(',')}`
		);
	}
	const names = header.cells.map((c) => c.value);
	for (const cell of header.cells) {
		if (!columns.includes(cell.value)) {
			throw new DataError(
				cell.at,
				`unknown column "${cell.value}"`,
				`the columns are: ${columns.join(',')}`
			);
		}
		if (names.indexOf(cell.value) !== names.lastIndexOf(cell.value)) {
			throw new DataError(cell.at, `column "${cell.value}" appears twice`, 'remove one of them');
		}
	}
	const missing = columns.filter((c) => !names.includes(c));
	if (missing.length > 0) {
		throw new DataError(
			header.cells[0]!.at,
			`missing column(s) ${missing.join(', ')}`,
			`the columns are: ${columns.join(',')}`
		);
	}
	return records
		.filter((r) => !(r.cells.length === 1 && r.cells[0]!.value === ''))
		.map((record) => {
			if (record.cells.length !== names.length) {
				const last = record.cells[record.cells.length - 1]!;
				throw new DataError(
					last.at,
					`row has ${record.cells.length} cells but the header has ${names.length}`,
					'check for a missing or extra comma, or quote a value that contains a comma'
				);
			}
			const cells: Record<string, Cell> = {};
			record.cells.forEach((cell, i) => (cells[names[i]!] = cell));
			return { line: record.line, cells };
		});
}

interface RawRecord {
	line: number;
	cells: Cell[];
}

function tokenize(text: string, file: string): RawRecord[] {
	const records: RawRecord[] = [];
	let line = 1;
	let column = 1;
	let i = 0;
	let record: RawRecord = { line, cells: [] };
	while (i <= text.length) {
		const at = { file, line, column };
		let value = '';
		if (text[i] === '"') {
			i++;
			column++;
			for (;;) {
				if (i >= text.length) {
					throw new DataError(at, 'a quoted value is never closed', 'add the closing double quote');
				}
				const ch = text[i]!;
				if (ch === '"') {
					if (text[i + 1] === '"') {
						value += '"';
						i += 2;
						column += 2;
						continue;
					}
					i++;
					column++;
					break;
				}
				value += ch;
				i++;
				if (ch === '\n') {
					line++;
					column = 1;
				} else column++;
			}
			const next = text[i];
			if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
				throw new DataError(
					{ file, line, column },
					'text follows a closing quote',
					'put the whole value inside the quotes'
				);
			}
		} else {
			while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
				value += text[i];
				i++;
				column++;
			}
		}
		record.cells.push({ value, at });
		const sep = text[i];
		if (sep === ',') {
			i++;
			column++;
			continue;
		}
		records.push(record);
		if (sep === undefined) break;
		i += sep === '\r' && text[i + 1] === '\n' ? 2 : 1;
		line++;
		column = 1;
		if (i >= text.length) break;
		record = { line, cells: [] };
	}
	return records;
}
