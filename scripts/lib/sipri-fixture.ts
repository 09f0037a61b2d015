/**
 * Builds small workbooks shaped like SIPRI's Military Expenditure download, for tests: the sheet
 * names, header rows, symbols (". .", "xxx"), font colours and front-page citation of the real ones.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/**
 * A cell: a number or a symbol, optionally in blue or red (as ARGB, or as an indexed colour), or a
 * formula with the value a spreadsheet program calculated for it (none: saved without calculating).
 */
export type FixtureCell =
	| number
	| string
	| null
	| { value: number | string; colour: 'blue' | 'red' | 'green'; indexed?: boolean }
	| { formula: string; result?: number };

export interface FixtureSpec {
	/** Years of the country sheets and of Regional totals. */
	years: number[];
	baseYear: number;
	/** Sheet names as in the 2019 release ("Current USD") or the 2024 one ("Current US$"). */
	style: '2019' | '2024';
	current: Record<string, FixtureCell[]>;
	constant: Record<string, FixtureCell[]>;
	/** World rows of Regional totals (US$ b.): label, one cell per year, then the current-price cell. */
	world: { label: string; constant: FixtureCell[]; current: FixtureCell }[];
	/** Where SIPRI's citation is: a front-page cell (as exceljs can write), a drawing (as SIPRI does), or nowhere. */
	citation: 'cell' | 'drawing' | 'none';
	edition: number;
}

const ARGB = { blue: 'FF0000FF', red: 'FFFF0000', green: 'FF00FF00' };
const INDEXED = { blue: 12, red: 10, green: 11 };

function put(ws: ExcelJS.Worksheet, row: number, column: number, cell: FixtureCell): void {
	if (cell === null) return;
	const target = ws.getCell(row, column);
	if (typeof cell === 'object' && 'formula' in cell) {
		target.value = cell as ExcelJS.CellFormulaValue;
	} else if (typeof cell === 'object') {
		target.value = cell.value;
		target.font = {
			color: (cell.indexed
				? { indexed: INDEXED[cell.colour] }
				: { argb: ARGB[cell.colour] }) as unknown as ExcelJS.Color
		};
	} else target.value = cell;
}

function citationText(edition: number): string {
	return `Under SIPRI's ‘fair use’ policy ... with the citation: ‘SIPRI Military Expenditure Database ${edition}, https://www.sipri.org/databases/milex’ and b) no more than 10% of the entire dataset is reproduced.`;
}

function countrySheet(
	book: ExcelJS.Workbook,
	name: string,
	spec: FixtureSpec,
	rows: Record<string, FixtureCell[]>,
	extra?: string
): void {
	const ws = book.addWorksheet(name);
	ws.getCell('A1').value = `Military expenditure by country ... © SIPRI ${spec.edition - 1}`;
	ws.getCell('A3').value =
		'Figures in blue are SIPRI estimates. Figures in red indicate highly uncertain data.';
	ws.getCell('A6').value = 'Country';
	ws.getCell('B6').value = 'Notes';
	spec.years.forEach(
		(y, i) => (ws.getCell(6, 3 + i).value = spec.style === '2024' ? y : String(y))
	);
	if (extra) ws.getCell(6, 3 + spec.years.length).value = extra;
	ws.getCell('A8').value = 'Europe';
	let r = 9;
	for (const [country, cells] of Object.entries(rows)) {
		ws.getCell(r, 1).value = country;
		cells.forEach((cell, i) => put(ws, r, 3 + i, cell));
		r++;
	}
	ws.getCell(r + 2, 1).value = '† Figures for these countries do not include military pensions';
}

/** The workbook as xlsx bytes. */
export async function sipriFixture(spec: FixtureSpec): Promise<Buffer> {
	const book = new ExcelJS.Workbook();
	const front = book.addWorksheet('Front page');
	if (spec.citation === 'cell') front.getCell('B2').value = citationText(spec.edition);
	const regional = book.addWorksheet('Regional totals');
	regional.getCell('A1').value =
		`Military expenditure by region in constant US dollars © SIPRI ${spec.edition - 1}`;
	regional.getCell('A15').value = 'Region';
	spec.years.forEach((y, i) => (regional.getCell(15, 2 + i).value = y));
	const last = spec.years.at(-1)!;
	regional.getCell(15, 2 + spec.years.length).value = `${last} (current prices)`;
	spec.world.forEach((w, k) => {
		regional.getCell(16 + k, 1).value = w.label;
		w.constant.forEach((cell, i) => put(regional, 16 + k, 2 + i, cell));
		put(regional, 16 + k, 2 + spec.years.length, w.current);
	});
	regional.getCell(16 + spec.world.length, 1).value = 'Europe';
	const usd = spec.style === '2024' ? 'US$' : 'USD';
	countrySheet(
		book,
		`Constant (${spec.baseYear}) ${usd}`,
		spec,
		spec.constant,
		spec.style === '2019' ? `${last} Current` : undefined
	);
	countrySheet(book, `Current ${usd}`, spec, spec.current);
	book.addWorksheet('Footnotes').getCell('B1').value = 'Footnotes and special notes';
	const bytes = Buffer.from(await book.xlsx.writeBuffer());
	if (spec.citation !== 'drawing') return bytes;
	// exceljs writes no text boxes; add a drawing part the way SIPRI's front page has one.
	const zip = await JSZip.loadAsync(bytes);
	const text = citationText(spec.edition).replaceAll('&', '&amp;');
	zip.file(
		'xl/drawings/drawing1.xml',
		`<?xml version="1.0" encoding="UTF-8"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:sp><xdr:txBody><a:p><a:r><a:t>SIPRI Military Expenditure Database</a:t></a:r></a:p><a:p><a:r><a:t>${text}</a:t></a:r></a:p></xdr:txBody></xdr:sp></xdr:wsDr>`
	);
	return Buffer.from(await zip.generateAsync({ type: 'nodebuffer' }));
}

/** A members file for the fixtures: the United States and Iceland (1949), Montenegro (2017). */
export const FIXTURE_MEMBERS = `iso3,iso_numeric,name,name_nato,name_sipri,name_world_atlas_110m,name_world_atlas_50m,accession_date,accession_year,wave,wave_order,members_after_wave,in_nato_at_dec_2019,note,date_source
USA,840,United States,United States,United States of America,United States of America,United States of America,1949-04-04,1949,Founding 1949,0,2,true,,test
ISL,352,Iceland,,Iceland,Iceland,Iceland,1949-04-04,1949,Founding 1949,0,2,true,,test
MNE,499,Montenegro,Montenegro,Montenegro,Montenegro,Montenegro,2017-06-05,2017,2017,1,3,true,,test
`;

const blue = (value: number, indexed = false) => ({ value, colour: 'blue' as const, indexed });
const red = (value: number, indexed = false) => ({ value, colour: 'red' as const, indexed });

/**
 * The release "2019" (constant 2018 US$), years 2015–2019, in the 2019 release's style: two world
 * series (with and without Iraq), "2019 Current" as the last constant column, blue and red in
 * both ARGB and indexed form, ". .", "xxx", a zero meaning "not available" and Iceland's zeros.
 */
export function fixture2019(change: Partial<FixtureSpec> = {}): FixtureSpec {
	return {
		years: [2015, 2016, 2017, 2018, 2019],
		baseYear: 2018,
		style: '2019',
		edition: 2020,
		citation: 'drawing',
		current: {
			USA: [600, blue(610), red(620, true), 630, 700],
			Iceland: ['. .', 0, 0, 0, 0],
			Montenegro: ['xxx', '. .', 0, blue(10, true), 11],
			Russia: [60, 61, 62, 63, blue(64)],
			USSR: ['xxx', 'xxx', 'xxx', 'xxx', 'xxx'],
			China: [blue(200), blue(210), blue(220), blue(230), blue(240)]
		},
		constant: {
			USA: [650, 655, 640, 630, 690, 700],
			Iceland: [0, 0, 0, 0, 0, 0],
			Montenegro: ['xxx', 9, 9.5, 10, 10.5, 11],
			Russia: [70, 69, 68, 63, 62, 64],
			USSR: ['xxx', 'xxx', 'xxx', 'xxx', 'xxx', 'xxx'],
			China: [250, 245, 240, 230, 235, 240]
		},
		world: [
			{
				label: 'World total (excluding Iraq)',
				constant: [1.0, '. .', 1.1, 1.2, 1.29],
				current: 1.34
			},
			{
				label: 'World total (including Iraq)',
				constant: [null, null, '. .', 1.21, red(1.3)],
				current: 1.35
			}
		],
		...change
	};
}
