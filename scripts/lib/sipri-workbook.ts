import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { RawCell, RawSheet, RawWorkbook } from '../../src/lib/data/sipri';

/** Excel's default palette for `indexed` colours (64 = system foreground). */
const INDEXED = [
	'000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
	'000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
	'800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
	'9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
	'000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
	'00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
	'3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
	'003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333'
]; // prettier-ignore

/** A font colour as `RRGGBB`, `theme:N` or `system`; null when the font has none (automatic). */
export function fontColour(
	color: (Partial<ExcelJS.Color> & { indexed?: number }) | undefined
): string | null {
	if (!color) return null;
	if (typeof color.argb === 'string') return color.argb.slice(-6).toUpperCase();
	if (typeof color.indexed === 'number') return INDEXED[color.indexed] ?? 'system';
	if (typeof color.theme === 'number') return `theme:${color.theme}`;
	return null;
}

function plainValue(value: ExcelJS.CellValue): RawCell['value'] {
	if (value === null || value === undefined) return null;
	if (typeof value === 'number' || typeof value === 'string') return value;
	if (typeof value === 'boolean' || value instanceof Date) return String(value);
	if ('richText' in value) return value.richText.map((t) => t.text).join('');
	if ('result' in value) return plainValue((value.result ?? null) as ExcelJS.CellValue);
	if ('text' in value) return String(value.text);
	if ('error' in value) return String(value.error);
	return null;
}

/** A cell's value, or the formula of a cell whose file holds no calculated value for it. */
function rawCell(cell: ExcelJS.Cell): RawCell {
	const colour = fontColour(cell.font?.color);
	const value = cell.value;
	const formula =
		value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value);
	if (formula && (value as { result?: unknown }).result === undefined)
		return { value: null, colour, uncalculated: cell.formula || '?' };
	return { value: plainValue(value), colour };
}

function drawingText(xml: string): string {
	const paragraphs = xml
		.split(/<\/a:p>/)
		.map((p) => [...p.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(''));
	return paragraphs
		.join('\n')
		.replaceAll('&quot;', '"')
		.replaceAll('&apos;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');
}

/** Reads every sheet's values and font colours, and the text of the drawings, from an xlsx file. */
export async function readRawWorkbook(path: string, file = path): Promise<RawWorkbook> {
	const bytes = await readFile(path);
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(bytes as unknown as ArrayBuffer);
	const sheets: RawSheet[] = book.worksheets.map((ws) => {
		const rows: RawSheet['rows'] = [];
		ws.eachRow({ includeEmpty: false }, (row, r) => {
			const cells: (RawCell | undefined)[] = [];
			row.eachCell({ includeEmpty: false }, (cell, c) => {
				cells[c - 1] = rawCell(cell);
			});
			rows[r - 1] = cells;
		});
		return { name: ws.name, rows };
	});
	const zip = await JSZip.loadAsync(bytes);
	const drawings = Object.keys(zip.files).filter((n) => /^xl\/drawings\/[^/]+\.xml$/.test(n));
	const texts = await Promise.all(
		drawings.map(async (n) => drawingText(await zip.file(n)!.async('string')))
	);
	return {
		file,
		workbook: basename(path),
		sha256: createHash('sha256').update(bytes).digest('hex'),
		sheets,
		texts
	};
}
