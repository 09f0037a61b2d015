/**
 * Line breaking as the browser did it: the characters of a text node with their boxes on the page
 * are grouped into lines, so the exported SVG text wraps exactly where the page's does.
 */

/** One character of a text node and the box the browser gave it. */
export interface CharBox {
	char: string;
	left: number;
	top: number;
	right: number;
	height: number;
}

/** A line of text: where it starts, its box, and what it says. */
export interface TextLine {
	text: string;
	left: number;
	top: number;
	right: number;
	height: number;
}

/**
 * Groups characters into lines (a new line starts where a box begins below the middle of the
 * current line). Unless `preserve` (CSS `white-space: pre*`), runs of white space become one
 * space and lines are trimmed, as the browser collapses them.
 */
export function groupLines(chars: readonly CharBox[], preserve = false): TextLine[] {
	const lines: TextLine[] = [];
	let line: TextLine | undefined;
	for (const c of chars) {
		if (!line || c.top >= line.top + line.height / 2) {
			if (!preserve && /\s/.test(c.char)) continue; // white space never starts a line
			line = { text: c.char, left: c.left, top: c.top, right: c.right, height: c.height };
			lines.push(line);
		} else {
			line.text += c.char;
			line.right = Math.max(line.right, c.right);
		}
	}
	if (preserve) return lines;
	return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trimEnd() }));
}

/** Applies CSS `text-transform` to a line. */
export function transformText(text: string, transform: string): string {
	if (transform === 'uppercase') return text.toUpperCase();
	if (transform === 'lowercase') return text.toLowerCase();
	if (transform === 'capitalize')
		return text.replace(/(^|\s)(\p{L})/gu, (_m, s, l) => s + l.toUpperCase());
	return text;
}

/** The baseline of a line box whose font has `ascent` and `descent` (the box centres the font's content area). */
export function baseline(top: number, height: number, ascent: number, descent: number): number {
	return top + (height - ascent - descent) / 2 + ascent;
}
