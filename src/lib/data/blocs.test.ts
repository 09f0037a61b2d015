import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSovietRepublics, parseWarsawPact, WARSAW_PACT_COLUMNS } from './blocs';

const HEADER = WARSAW_PACT_COLUMNS.join(',') + '\n';
const POLAND = 'Poland,POL,616,1955-05-14,1991-07-01,,s\n';

describe('parseWarsawPact', () => {
	it('parseWarsawPact(warsaw-pact.csv) reads the eight signatories', () => {
		const file = 'data/warsaw-pact.csv';
		expect(parseWarsawPact(readFileSync(file, 'utf8'), file)).toHaveLength(8);
	});

	it.each([
		['joined', 'Poland,POL,616,2026-12-08,2026-12-09,,s\n', 16, 'joining date "2026-12-08"'],
		['left', 'Poland,POL,616,1955-05-14,2026-12-08,,s\n', 27, 'leaving date "2026-12-08"']
	])(
		'parseWarsawPact(text, file, today) refuses a %s date after the build day',
		(_, row, column, what) => {
			expect(() => parseWarsawPact(HEADER + row, 'w.csv', '2026-12-07')).toThrow(
				`w.csv:2:${column}: ${what} is after today (2026-12-07); the data records what has happened: check the date`
			);
		}
	);

	it('parseWarsawPact refuses a signatory listed twice', () => {
		expect(() => parseWarsawPact(HEADER + POLAND + POLAND, 'w.csv')).toThrow(
			'w.csv:3:8: ISO code POL appears twice (first on line 2); the file has one row per ISO code: remove the duplicate row'
		);
	});
});

describe('parseSovietRepublics', () => {
	it('parseSovietRepublics refuses a republic listed twice', () => {
		const text = 'iso3,iso_numeric,name,independence_note\nUKR,804,Ukraine,\nUKR,804,Ukraine,\n';
		expect(() => parseSovietRepublics(text, 's.csv')).toThrow(
			's.csv:3:1: ISO code UKR appears twice (first on line 2)'
		);
	});
});
