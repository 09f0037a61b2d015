import { describe, expect, it } from 'vitest';
import { tableHtml } from './tables';

const table = {
	caption: 'Members & "partners"',
	columns: ['Year', 'Share'],
	rows: [['2019', '<54%']]
};

describe('tableHtml', () => {
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
});
