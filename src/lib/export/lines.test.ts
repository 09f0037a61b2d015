import { describe, expect, it } from 'vitest';
import { baseline, groupLines, transformText, type CharBox } from './lines';

/** Boxes for `text` laid out 10 px a character, breaking before the indexes in `breaks`. */
function boxes(text: string, breaks: number[] = []): CharBox[] {
	let line = 0;
	let x = 0;
	return [...text].map((char, i) => {
		if (breaks.includes(i)) {
			line++;
			x = 0;
		}
		const box = { char, left: x, top: line * 20, right: x + 10, height: 18 };
		x += 10;
		return box;
	});
}

describe('groupLines', () => {
	it('groupLines(chars) starts a line where the browser did', () => {
		expect(groupLines(boxes('NATO grows east', [11]))).toEqual([
			{ text: 'NATO grows', left: 0, top: 0, right: 110, height: 18 },
			{ text: 'east', left: 0, top: 20, right: 40, height: 18 }
		]);
	});

	it('groupLines collapses white space unless preserved', () => {
		expect(groupLines(boxes('a  b ')).map((l) => l.text)).toEqual(['a b']);
		expect(groupLines(boxes('a  b '), true).map((l) => l.text)).toEqual(['a  b ']);
	});

	it('groupLines never starts a line with the space it broke at', () => {
		const lines = groupLines(boxes('one two', [3]));
		expect(lines.map((l) => l.text)).toEqual(['one', 'two']);
		expect(lines[1]!.left).toBe(10);
	});
});

describe('transformText', () => {
	it.each([
		['uppercase', 'Total 26', 'TOTAL 26'],
		['lowercase', 'NATO', 'nato'],
		['capitalize', 'north macedonia', 'North Macedonia'],
		['none', 'As is', 'As is']
	])('transformText(text, %s)', (transform, text, out) => {
		expect(transformText(text, transform)).toBe(out);
	});
});

describe('baseline', () => {
	it('baseline(top, height, ascent, descent) centres the font in the line box', () => {
		expect(baseline(100, 20, 16, 4)).toBe(116);
		expect(baseline(100, 30, 16, 4)).toBe(121);
	});
});
