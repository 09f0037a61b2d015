import { describe, expect, it } from 'vitest';
import { tableHtml, tableIsland, withoutTables } from './tables';
import type { ChartModel } from './model';

const table = {
	caption: 'Members & "partners"',
	columns: ['Year', 'Share'],
	rows: [['2019', '<54%']]
};

describe('state tables', () => {
	it('tableHtml(table) gives caption, column headers and rows, escaped', () => {
		expect(tableHtml(table)).toBe(
			'<caption>Members &amp; &quot;partners&quot;</caption>' +
				'<thead><tr><th scope="col">Year</th><th scope="col">Share</th></tr></thead>' +
				'<tbody><tr><td>2019</td><td>&lt;54%</td></tr></tbody>'
		);
	});

	it('tableHtml(table) keeps an empty body for a table without rows', () => {
		expect(tableHtml({ ...table, rows: [] })).toMatch(/<tbody><\/tbody>$/);
	});

	it('tableIsland(chart, key) is the island key chart/table/key', () => {
		expect(tableIsland('defence-spending', 'share')).toBe('defence-spending/table/share');
	});

	it('withoutTables(model) drops every state table and keeps the rest', () => {
		const model: ChartModel = {
			chart: 'defence-spending',
			title: 't',
			subtitle: 's',
			source: 'src',
			credit: 'c',
			defaultKey: 'a',
			states: [{ key: 'a', label: 'A', description: 'd', classes: 'x', table }]
		};
		const page = withoutTables(model);
		expect(page.states).toEqual([{ key: 'a', label: 'A', description: 'd', classes: 'x' }]);
		expect(JSON.stringify(page)).not.toContain('partners');
		expect(model.states[0]!.table).toBe(table);
	});
});
