import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MEMBER_COLUMNS, parseMembers } from './members';

const HEADER = MEMBER_COLUMNS.join(',');
const USA = 'USA,840,United States,United States,USA,x,x,1949-04-04,1949,Founding 1949,0,2,true,,s';
const ISL = 'ISL,352,Iceland,,Iceland,x,x,1949-04-04,1949,Founding 1949,0,2,true,,s';
const text = (...lines: string[]) => [HEADER, ...lines].join('\n') + '\n';
/** The 1-based column of field `index` in a line whose fields hold no commas. */
const columnOf = (line: string, index: number) =>
	line
		.split(',')
		.slice(0, index)
		.reduce((n, f) => n + f.length + 1, 1);

describe('parseMembers', () => {
	it('parseMembers(nato-members.csv) reads the 32 members', () => {
		const file = 'data/nato-members.csv';
		expect(parseMembers(readFileSync(file, 'utf8'), file)).toHaveLength(32);
	});

	it('parseMembers(text, file, ids, today) reads an accession on the build day itself', () => {
		const swe = 'SWE,752,Sweden,Sweden,Sweden,x,x,2026-12-07,2026,2026,1,3,false,,s';
		const members = parseMembers(text(USA, ISL, swe), 'm.csv', undefined, '2026-12-07');
		expect(members.map((m) => m.joined)).toEqual(['1949-04-04', '1949-04-04', '2026-12-07']);
	});

	it('parseMembers(text, file, ids, today) refuses an accession date after the build day', () => {
		const swe = 'SWE,752,Sweden,Sweden,Sweden,x,x,2031-03-07,2031,2031,1,3,false,,s';
		expect(() => parseMembers(text(USA, ISL, swe), 'm.csv', undefined, '2026-12-07')).toThrow(
			`m.csv:4:${columnOf(swe, 7)}: accession date "2031-03-07" is after today (2026-12-07); the data records what has happened: check the date`
		);
	});

	it('parseMembers refuses a member listed twice, naming the first line', () => {
		expect(() => parseMembers(text(USA, ISL, USA), 'm.csv')).toThrow(
			'm.csv:4:1: ISO code USA appears twice (first on line 2); the file has one row per ISO code: remove the duplicate row'
		);
	});
});
