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

	it('fillIslands(html, page) gives builders the page, for paths relative to the site root', () => {
		defineIslands('paths', (name, page) => `<a href="${page.assets}/${name}"></a>`);
		expect(fillIslands('<p data-island="paths/x.js"></p>', { assets: '../..' })).toBe(
			'<p data-island="paths/x.js"><a href="../../x.js"></a></p>'
		);
		expect(fillIslands('<p data-island="paths/x.js"></p>')).toBe(
			'<p data-island="paths/x.js"><a href="./x.js"></a></p>'
		);
	});

	it('fillIslands(html) fails on an island no chart registered', () => {
		expect(() => fillIslands('<g data-island="nope/a"></g>')).toThrow(/no builder for "nope\/a"/);
	});
});
