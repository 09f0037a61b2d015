import { describe, expect, it } from 'vitest';
import { defineIslands, fillIslands } from './islands';

describe('fillIslands', () => {
	defineIslands('test', (name) => `<circle data-name="${name}"/>`);

	it('fillIslands(html) puts the markup into empty island elements, keeping their attributes', () => {
		const html =
			'<svg><g class="a" data-island="test/dots" aria-hidden="true"></g><g data-island="test/x"></g></svg>';
		expect(fillIslands(html)).toBe(
			'<svg><g class="a" data-island="test/dots" aria-hidden="true"><circle data-name="dots"/></g><g data-island="test/x"><circle data-name="x"/></g></svg>'
		);
	});

	it('fillIslands(html) leaves elements that already have content alone', () => {
		const html = '<div data-island="test/a"><p>kept</p></div>';
		expect(fillIslands(html)).toBe(html);
	});

	it('fillIslands(html) fills a table island with the data table of the state it names', () => {
		const table = { caption: 'Members', columns: ['Country'], rows: [['Norway'], ['Iceland']] };
		defineIslands(
			'tables',
			() => 'other',
			() => [{ key: '1949', label: '1949', description: '', table }]
		);
		expect(fillIslands('<table data-island="tables/table/1949"></table>')).toBe(
			'<table data-island="tables/table/1949"><caption>Members</caption><thead><tr><th scope="col">Country</th></tr></thead><tbody><tr><td>Norway</td></tr><tr><td>Iceland</td></tr></tbody></table>'
		);
		expect(fillIslands('<g data-island="tables/map"></g>')).toBe(
			'<g data-island="tables/map">other</g>'
		);
		expect(() => fillIslands('<table data-island="tables/table/1950"></table>')).toThrow(
			/no state "1950" for the table island "table\/1950"; the states are 1949/
		);
	});

	it('fillIslands(html) fails on an island no chart registered', () => {
		expect(() => fillIslands('<g data-island="nope/a"></g>')).toThrow(/no builder for "nope\/a"/);
	});
});
