import { describe, expect, it } from 'vitest';
import { fillIslands } from './islands';
import { countsTable, sharesTable } from './story-tables';
import { registerIslands } from './page-islands';

registerIslands();

describe('the story notes tables', () => {
	it("sharesTable() gives NATO's share in 2018 and 2019 from the release to 2019, with its credit", () => {
		const { table, source } = sharesTable();
		expect(table.rows).toEqual([
			['2018', '53.0%'],
			['2019', '54.0%']
		]);
		expect(source).toMatch(/SIPRI/);
	});

	it('countsTable() counts the members at the end of each year from 1949', () => {
		const rows = new Map(countsTable().rows.map(([year, count]) => [year, count]));
		expect(rows.get('1949')).toBe('12');
		expect(rows.get('2017')).toBe('29');
		expect(rows.get('2024')).toBe('32');
	});

	it('the story/<name> islands are those tables, and a wrong name fails', () => {
		expect(fillIslands('<table data-island="story/counts"></table>')).toContain(
			'<tr><td>1949</td><td>12</td></tr>'
		);
		expect(() => fillIslands('<table data-island="story/count"></table>')).toThrow(
			/no island "count"; the islands are shares, counts/
		);
	});
});
