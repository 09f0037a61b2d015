import { describe, expect, it } from 'vitest';
import { facesFor, firstFamily, fontUrl, parseUnicodeRange, type FontFace } from './fonts';

describe('parseUnicodeRange', () => {
	it('parseUnicodeRange reads single points, ranges and wildcards', () => {
		expect(parseUnicodeRange('U+0000-00FF, U+0131, U+02??')).toEqual([
			[0, 0xff],
			[0x131, 0x131],
			[0x200, 0x2ff]
		]);
	});
	it('parseUnicodeRange("") covers everything', () => {
		expect(parseUnicodeRange('')).toEqual([[0, 0x10ffff]]);
	});
});

describe('fontUrl', () => {
	it('fontUrl(src) prefers the woff2 file', () => {
		expect(fontUrl('url("a.woff") format("woff"), url(./b.woff2) format("woff2")')).toBe(
			'./b.woff2'
		);
		expect(fontUrl("url('/f/c.woff2')")).toBe('/f/c.woff2');
		expect(fontUrl('local(Arial)')).toBeUndefined();
	});
});

describe('firstFamily', () => {
	it('firstFamily unquotes the first family of a list', () => {
		expect(firstFamily('"Noto Sans", system-ui, sans-serif')).toBe('Noto Sans');
		expect(firstFamily("'Noto Sans'")).toBe('Noto Sans');
		expect(firstFamily('serif')).toBe('serif');
	});
});

describe('facesFor', () => {
	const face = (weight: number, ranges: [number, number][], family = 'Noto Sans'): FontFace => ({
		family,
		weight,
		style: 'normal',
		url: `${family}-${weight}-${ranges[0]![0]}`,
		ranges
	});
	const latin = [[0, 0xff]] as [number, number][];
	const cyrillic = [[0x400, 0x4ff]] as [number, number][];
	const faces = [
		face(400, latin),
		face(400, cyrillic),
		face(700, latin),
		face(700, cyrillic),
		face(400, latin, 'Other')
	];
	const use = (weights: number[], text: string) => ({
		families: new Set(['Noto Sans']),
		weights: new Set(weights),
		codePoints: new Set([...text].map((c) => c.codePointAt(0)!))
	});

	it('facesFor(faces, use) keeps the used family, weights and subsets only', () => {
		expect(facesFor(faces, use([400], 'Türkiye')).map((f) => f.url)).toEqual(['Noto Sans-400-0']);
		expect(facesFor(faces, use([400, 700], 'Россия NATO')).map((f) => f.url)).toEqual([
			'Noto Sans-400-0',
			'Noto Sans-400-1024',
			'Noto Sans-700-0',
			'Noto Sans-700-1024'
		]);
	});

	it('facesFor keeps every weight when none of the used ones exists', () => {
		expect(facesFor(faces, use([600], 'a')).map((f) => f.weight)).toEqual([400, 700]);
	});
});
