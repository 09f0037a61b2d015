import { describe, expect, it } from 'vitest';
import { alpha, boxShadows, cornerRadius, escapeXml, localUrls, textHalo } from './svg';

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
		expect(textHalo('rgb(255, 255, 255) 0px 0px 3px')).toEqual({
			color: 'rgb(255, 255, 255)',
			width: 4.5
		});
		expect(textHalo('none')).toBeUndefined();
		expect(textHalo('rgba(0, 0, 0, 0) 0px 0px 2px')).toBeUndefined();
	});
});

describe('boxShadows', () => {
	it('boxShadows reads colour, offsets, blur, spread and inset of each shadow', () => {
		expect(boxShadows('rgb(255, 255, 255) 0px 0px 0px 1.5px')).toEqual([
			{ color: 'rgb(255, 255, 255)', x: 0, y: 0, blur: 0, spread: 1.5, inset: false }
		]);
		expect(
			boxShadows('rgba(0, 0, 0, 0.2) 0px 2px 4px 0px, rgb(1, 2, 3) 1px 1px 0px 0px inset')
		).toEqual([
			{ color: 'rgba(0, 0, 0, 0.2)', x: 0, y: 2, blur: 4, spread: 0, inset: false },
			{ color: 'rgb(1, 2, 3)', x: 1, y: 1, blur: 0, spread: 0, inset: true }
		]);
		expect(boxShadows('none')).toEqual([]);
	});
});

describe('cornerRadius', () => {
	it('cornerRadius(value, width, height) resolves px and % of the smaller side', () => {
		expect(cornerRadius('50%', 8, 10)).toBe(4);
		expect(cornerRadius('2px', 80, 10)).toBe(2);
		expect(cornerRadius('4px 6px', 80, 10)).toBe(4);
		expect(cornerRadius('0px', 8, 8)).toBe(0);
	});
});
