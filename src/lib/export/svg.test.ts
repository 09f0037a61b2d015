import { describe, expect, it } from 'vitest';
import { alpha, escapeXml, localUrls, textHalo } from './svg';

describe('svg helpers', () => {
	it('escapeXml escapes markup and quotes', () => {
		expect(escapeXml('<b>"R&D"</b>')).toBe('&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;');
	});

	it('localUrls keeps references inside the exported SVG', () => {
		expect(localUrls('url("http://127.0.0.1:4186/embed/map/#clip-1")')).toBe('url(#clip-1)');
		expect(localUrls('url(#a) url("#b")')).toBe('url(#a) url(#b)');
		expect(localUrls('none')).toBe('none');
	});

	it.each([
		['rgb(1, 2, 3)', 1],
		['rgba(0, 0, 0, 0)', 0],
		['rgba(255, 255, 255, 0.94)', 0.94],
		['rgb(18 20 23 / 0.92)', 0.92],
		['transparent', 0]
	])('alpha(%s) is %s', (color, a) => {
		expect(alpha(color)).toBe(a);
	});

	it('textHalo reads a text-shadow used as a halo', () => {
		expect(textHalo('rgb(255, 255, 255) 0px 0px 3px')).toEqual({ color: 'rgb(255, 255, 255)', width: 4.5 });
		expect(textHalo('none')).toBeUndefined();
		expect(textHalo('rgba(0, 0, 0, 0) 0px 0px 2px')).toBeUndefined();
	});
});
