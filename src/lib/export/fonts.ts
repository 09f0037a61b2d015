/**
 * Fonts for an exported SVG: the page's own @font-face files (self-hosted Noto Sans), fetched and
 * embedded as data URLs, since an SVG drawn as an image may load nothing from outside.
 */

/** One @font-face of the page: family, weight, style, where its woff2 file is, what it covers. */
export interface FontFace {
	family: string;
	weight: number;
	style: string;
	url: string;
	/** Inclusive code point ranges of `unicode-range` (everything when the rule has none). */
	ranges: [number, number][];
}

/** What the exported text uses: first font families, weights and code points. */
export interface FontUse {
	families: Set<string>;
	weights: Set<number>;
	codePoints: Set<number>;
}

/** `U+0000-00FF, U+0131, U+02??` → inclusive ranges; an empty value covers everything. */
export function parseUnicodeRange(value: string): [number, number][] {
	const ranges: [number, number][] = [];
	for (const part of value.split(',')) {
		const m = /^\s*U\+([0-9A-F?]+)(?:-([0-9A-F]+))?\s*$/i.exec(part);
		if (!m) continue;
		const [, start = '', end] = m;
		if (start.includes('?'))
			ranges.push([
				parseInt(start.replace(/\?/g, '0'), 16),
				parseInt(start.replace(/\?/g, 'F'), 16)
			]);
		else ranges.push([parseInt(start, 16), parseInt(end ?? start, 16)]);
	}
	return ranges.length ? ranges : [[0, 0x10ffff]];
}

/** The woff2 (or else the first) URL of an @font-face `src` value. */
export function fontUrl(src: string): string | undefined {
	const urls = [
		...src.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)\s*(?:format\(\s*['"]?([\w-]+)['"]?\s*\))?/g)
	];
	const woff2 = urls.find((m) => m[3] === 'woff2');
	return (woff2 ?? urls[0])?.[2];
}

/** The first family of a CSS `font-family` list, unquoted. */
export function firstFamily(fontFamily: string): string {
	return (fontFamily.split(',')[0] ?? '').trim().replace(/^(['"])(.*)\1$/, '$2');
}

/** The faces an export needs: the families it uses, the weights it uses (all when none match), the code points it draws. */
export function facesFor(faces: readonly FontFace[], use: FontUse): FontFace[] {
	const points = [...use.codePoints];
	return faces.filter((face) => {
		if (!use.families.has(face.family)) return false;
		const family = faces.filter((f) => f.family === face.family);
		const weightUsed =
			use.weights.has(face.weight) ||
			![...use.weights].some((w) => family.some((f) => f.weight === w));
		if (!weightUsed) return false;
		return points.some((p) => face.ranges.some(([a, b]) => p >= a && p <= b));
	});
}

/** The @font-face rules of the page's same-origin style sheets. */
export function pageFontFaces(doc: Document = document): FontFace[] {
	const faces: FontFace[] = [];
	for (const sheet of doc.styleSheets) {
		let rules: CSSRuleList;
		try {
			rules = sheet.cssRules;
		} catch {
			continue; // a style sheet from another origin
		}
		for (const rule of rules) {
			if (!(rule instanceof CSSFontFaceRule)) continue;
			const style = rule.style;
			const url = fontUrl(style.getPropertyValue('src'));
			if (!url) continue;
			const weight = style.getPropertyValue('font-weight').trim();
			faces.push({
				family: firstFamily(style.getPropertyValue('font-family')),
				weight: weight === 'bold' ? 700 : Number(weight) || 400,
				style: style.getPropertyValue('font-style').trim() || 'normal',
				url: new URL(url, sheet.href ?? doc.baseURI).href,
				ranges: parseUnicodeRange(style.getPropertyValue('unicode-range'))
			});
		}
	}
	return faces;
}

const dataUrls = new Map<string, Promise<string>>();

/** The file at `url` as a data URL, fetched once per page. */
function dataUrl(url: string): Promise<string> {
	let hit = dataUrls.get(url);
	if (!hit) {
		hit = fetch(url)
			.then((r) => {
				if (!r.ok) throw new Error(`export: font ${url} answered ${r.status}`);
				return r.blob();
			})
			.then(
				(blob) =>
					new Promise<string>((resolve, reject) => {
						const reader = new FileReader();
						reader.onload = () => resolve(String(reader.result));
						reader.onerror = () => reject(reader.error);
						reader.readAsDataURL(blob);
					})
			);
		hit.catch(() => dataUrls.delete(url));
		dataUrls.set(url, hit);
	}
	return hit;
}

/** @font-face rules with embedded files for the faces `use` needs. */
export async function embeddedFontCss(faces: readonly FontFace[], use: FontUse): Promise<string> {
	const needed = facesFor(faces, use);
	const rules = await Promise.all(
		needed.map(async (face) => {
			const src = (await dataUrl(face.url)).replace(/^data:[^;,]*/, 'data:font/woff2');
			const range = face.ranges
				.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`))
				.join(',');
			return `@font-face{font-family:"${face.family}";font-style:${face.style};font-weight:${face.weight};src:url(${src}) format("woff2");unicode-range:${range}}`;
		})
	);
	return rules.join('');
}

const hex = (n: number) => n.toString(16).toUpperCase();
