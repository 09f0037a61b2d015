/**
 * Draws a laid-out chart as one self-contained SVG: inline SVGs are copied with their computed
 * styles written out (so CSS variables and state rules no longer matter), HTML text becomes SVG
 * text line by line where the page broke it, HTML boxes become rects. No foreignObject, no
 * outside resources, so the SVG can be drawn on a canvas without tainting it.
 */
import { firstFamily, type FontUse } from './fonts';
import { baseline, groupLines, transformText, type CharBox } from './lines';

/** Elements never drawn: controls, media and anything marked `data-export-skip`. */
export const NOT_DRAWN =
	'script,style,template,noscript,button,select,input,textarea,img,video,audio,canvas,iframe,[data-export-skip]';

/** SVG elements left out of the copy. */
const SVG_LEFT_OUT = new Set(['style', 'script', 'title', 'desc', 'metadata', 'foreignObject']);

/** Inherited properties written where they differ from the parent's. */
const INHERITED = [
	'fill',
	'fill-opacity',
	'fill-rule',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-dashoffset',
	'stroke-linecap',
	'stroke-linejoin',
	'stroke-miterlimit',
	'marker-start',
	'marker-mid',
	'marker-end',
	'paint-order',
	'clip-rule',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'font-variant-numeric',
	'font-feature-settings',
	'letter-spacing',
	'word-spacing',
	'text-anchor',
	'dominant-baseline',
	'white-space',
	'visibility',
	'shape-rendering'
] as const;

/** Properties that are not inherited, with their initial values. */
const OWN: readonly [string, string][] = [
	['opacity', '1'],
	['clip-path', 'none'],
	['mask', 'none'],
	['filter', 'none'],
	['mix-blend-mode', 'normal'],
	['vector-effect', 'none'],
	['alignment-baseline', 'auto'],
	['baseline-shift', '0px'],
	['stop-color', 'rgb(0, 0, 0)'],
	['stop-opacity', '1']
];

/** Geometry that CSS can set on SVG elements (written when it differs from the attribute). */
const GEOMETRY = ['cx', 'cy', 'r', 'rx', 'ry', 'x', 'y', 'width', 'height'] as const;

export function escapeXml(text: string): string {
	return text.replace(
		/[<>&"]/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!
	);
}

/** `url("http://host/page#clip")` → `url(#clip)`: references stay inside the exported SVG. */
export function localUrls(value: string): string {
	return value.replace(/url\(\s*["']?[^"'#)]*(#[^"')]+)["']?\s*\)/g, 'url($1)');
}

/** Alpha of a computed colour (`rgba(…, a)` or `rgb(… / a)`); 1 when opaque, 0 for `transparent`. */
export function alpha(color: string): number {
	if (color === 'transparent') return 0;
	const m = /^rgba?\((.*)\)$/.exec(color);
	if (!m) return 1;
	const parts = m[1]!.split(/[\s,/]+/).filter(Boolean);
	return parts.length === 4 ? Number(parts[3]) : 1;
}

const r2 = (n: number) => String(Math.round(n * 100) / 100);

/** Collects the SVG markup of a figure's parts, with what fonts the text needs. */
export class SvgWriter {
	readonly use: FontUse = { families: new Set(), weights: new Set(), codePoints: new Set() };
	private clipCount = 0;
	private metrics = new Map<string, [number, number]>();
	private ctx = document.createElement('canvas').getContext('2d')!;
	private range = document.createRange();

	/** `origin`: the page position of the figure's top-left corner. */
	constructor(private origin: { left: number; top: number }) {}

	/** Markup of an HTML element and everything in it. */
	html(el: Element, opacity = 1): string {
		if (el.matches(NOT_DRAWN)) return '';
		if (el instanceof SVGSVGElement) return this.svgRoot(el, opacity);
		if (!(el instanceof HTMLElement) || el.hidden) return '';
		const cs = getComputedStyle(el);
		if (cs.display === 'none' || visuallyHidden(el, cs)) return '';
		const o = opacity * Number(cs.opacity);
		if (o <= 0) return '';
		const visible = cs.visibility === 'visible';
		let out = visible ? this.box(el, cs, o) : '';
		let inner = '';
		for (const child of el.childNodes) {
			if (child.nodeType === Node.TEXT_NODE) {
				if (visible) inner += this.text(child as Text, cs, o);
			} else if (child.nodeType === Node.ELEMENT_NODE) inner += this.html(child as Element, o);
		}
		if (inner && (cs.overflowX !== 'visible' || cs.overflowY !== 'visible')) {
			const r = this.rect(el.getBoundingClientRect());
			const id = `export-clip-${++this.clipCount}`;
			inner = `<clipPath id="${id}"><rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}"/></clipPath><g clip-path="url(#${id})">${inner}</g>`;
		}
		out += inner;
		return out;
	}

	private rect(r: DOMRect) {
		return {
			x: r2(r.left - this.origin.left),
			y: r2(r.top - this.origin.top),
			width: r2(r.width),
			height: r2(r.height)
		};
	}

	/** Shadows, background and borders of an HTML box. */
	private box(el: HTMLElement, cs: CSSStyleDeclaration, opacity: number): string {
		const bg = cs.backgroundColor;
		const sides = (['top', 'right', 'bottom', 'left'] as const).map((side) => ({
			side,
			width: parseFloat(cs.getPropertyValue(`border-${side}-width`)) || 0,
			color: cs.getPropertyValue(`border-${side}-color`),
			style: cs.getPropertyValue(`border-${side}-style`)
		}));
		const drawn = sides.filter(
			(s) => s.width > 0 && s.style !== 'none' && s.style !== 'hidden' && alpha(s.color) > 0
		);
		const shadows = boxShadows(cs.boxShadow).filter((s) => !s.inset && alpha(s.color) > 0);
		if (alpha(bg) === 0 && !drawn.length && !shadows.length) return '';
		const op = opacity < 1 ? ` opacity="${r2(opacity)}"` : '';
		const same =
			drawn.length === 4 &&
			drawn.every((s) => s.width === drawn[0]!.width && s.color === drawn[0]!.color);
		let out = '';
		for (const box of el.getClientRects()) {
			const { width, height } = box;
			const x = box.left - this.origin.left;
			const y = box.top - this.origin.top;
			const radius = cornerRadius(cs.borderTopLeftRadius, width, height);
			const rect = (rx: number, ry: number, rw: number, rh: number, r: number, paint: string) =>
				`<rect x="${r2(rx)}" y="${r2(ry)}" width="${r2(rw)}" height="${r2(rh)}"${r > 0 ? ` rx="${r2(r)}"` : ''} ${paint}${op}/>`;
			for (const s of [...shadows].reverse()) {
				let filter = '';
				if (s.blur > 0) {
					const id = `export-blur-${++this.clipCount}`;
					out += `<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${r2(s.blur / 2)}"/></filter>`;
					filter = ` filter="url(#${id})"`;
				}
				const grow = s.spread;
				out += rect(
					x + s.x - grow,
					y + s.y - grow,
					width + 2 * grow,
					height + 2 * grow,
					radius > 0 ? radius + grow : 0,
					`fill="${s.color}"${filter}`
				);
			}
			if (alpha(bg) > 0) out += rect(x, y, width, height, radius, `fill="${bg}"`);
			if (same && radius > 0) {
				const w = drawn[0]!.width;
				out += rect(
					x + w / 2,
					y + w / 2,
					width - w,
					height - w,
					Math.max(0, radius - w / 2),
					`fill="none" stroke="${drawn[0]!.color}" stroke-width="${r2(w)}"`
				);
				continue;
			}
			for (const s of drawn) {
				const [sx, sy, sw, sh] =
					s.side === 'top'
						? [x, y, width, s.width]
						: s.side === 'bottom'
							? [x, y + height - s.width, width, s.width]
							: s.side === 'left'
								? [x, y, s.width, height]
								: [x + width - s.width, y, s.width, height];
				out += rect(sx, sy, sw, sh, 0, `fill="${s.color}"`);
			}
		}
		return out;
	}

	/** Ascent and descent of a font, as the canvas measures them. */
	private fontMetrics(font: string): [number, number] {
		let m = this.metrics.get(font);
		if (!m) {
			this.ctx.font = font;
			const t = this.ctx.measureText('Hg');
			m = [t.fontBoundingBoxAscent, t.fontBoundingBoxDescent];
			this.metrics.set(font, m);
		}
		return m;
	}

	private noteText(text: string, family: string, weight: string): void {
		this.use.families.add(firstFamily(family));
		this.use.weights.add(Number(weight) || 400);
		for (const c of text) this.use.codePoints.add(c.codePointAt(0)!);
	}

	/** A text node as SVG text, one element per line the browser made. */
	private text(node: Text, cs: CSSStyleDeclaration, opacity: number): string {
		const data = node.data;
		if (!data.trim() && !cs.whiteSpace.startsWith('pre')) return '';
		const chars: CharBox[] = [];
		for (let i = 0; i < data.length;) {
			const char = String.fromCodePoint(data.codePointAt(i)!);
			this.range.setStart(node, i);
			this.range.setEnd(node, i + char.length);
			i += char.length;
			const r = this.range.getClientRects()[0];
			if (!r || (r.width === 0 && /\s/.test(char))) continue;
			chars.push({ char, left: r.left, top: r.top, right: r.right, height: r.height });
		}
		const preserve = /^(pre|break-spaces)/.test(cs.whiteSpace);
		const lines = groupLines(chars, preserve);
		if (!lines.length) return '';
		const font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
		const [ascent, descent] = this.fontMetrics(font);
		const attrs =
			`font-family="${escapeXml(cs.fontFamily)}" font-size="${cs.fontSize}" font-weight="${cs.fontWeight}"` +
			(cs.fontStyle !== 'normal' ? ` font-style="${cs.fontStyle}"` : '') +
			(cs.letterSpacing !== 'normal' ? ` letter-spacing="${cs.letterSpacing}"` : '') +
			(cs.fontVariantNumeric !== 'normal'
				? ` style="font-variant-numeric:${cs.fontVariantNumeric}"`
				: '') +
			(opacity < 1 ? ` opacity="${r2(opacity)}"` : '');
		const halo = textHalo(cs.textShadow);
		let out = '';
		for (const line of lines) {
			const text = transformText(line.text, cs.textTransform);
			this.noteText(text, cs.fontFamily, cs.fontWeight);
			const x = r2(line.left - this.origin.left);
			const y = r2(baseline(line.top, line.height, ascent, descent) - this.origin.top);
			const body = escapeXml(text);
			if (halo)
				out += `<text x="${x}" y="${y}" ${attrs} fill="none" stroke="${halo.color}" stroke-width="${r2(halo.width)}" stroke-linejoin="round" xml:space="preserve">${body}</text>`;
			out += `<text x="${x}" y="${y}" ${attrs} fill="${cs.color}" xml:space="preserve">${body}</text>`;
		}
		return out;
	}

	/** An inline SVG placed where the page shows it. */
	private svgRoot(svg: SVGSVGElement, opacity: number): string {
		const cs = getComputedStyle(svg);
		if (cs.display === 'none' || cs.visibility !== 'visible') return '';
		const o = opacity * Number(cs.opacity);
		if (o <= 0) return '';
		const { x, y, width, height } = this.rect(svg.getBoundingClientRect());
		const attrs = ['viewBox', 'preserveAspectRatio']
			.map((a) => (svg.hasAttribute(a) ? ` ${a}="${escapeXml(svg.getAttribute(a)!)}"` : ''))
			.join('');
		const style = this.styleOf(svg, cs, undefined);
		const inner = this.svgChildren(svg, cs);
		const open = `<svg x="${x}" y="${y}" width="${width}" height="${height}"${attrs} overflow="${cs.overflow === 'visible' ? 'visible' : 'hidden'}"${style}>`;
		const group = o < 1 ? [`<g opacity="${r2(o)}">`, '</g>'] : ['', ''];
		return `${group[0]}${open}${inner}</svg>${group[1]}`;
	}

	private svgChildren(el: Element, cs: CSSStyleDeclaration): string {
		let out = '';
		for (const child of el.childNodes) {
			if (child.nodeType === Node.TEXT_NODE) {
				const text = (child as Text).data;
				if (text.trim() || cs.whiteSpace.startsWith('pre')) {
					this.noteText(text, cs.fontFamily, cs.fontWeight);
					out += escapeXml(text);
				}
			} else if (child instanceof SVGElement) out += this.svgElement(child, cs);
		}
		return out;
	}

	private svgElement(el: SVGElement, parent: CSSStyleDeclaration): string {
		const tag = el.tagName;
		if (SVG_LEFT_OUT.has(tag) || el.matches('[data-export-skip]')) return '';
		const cs = getComputedStyle(el);
		if (cs.display === 'none') return '';
		if (tag === 'image' && !/^data:/.test(el.getAttribute('href') ?? '')) return '';
		let attrs = '';
		for (const a of el.attributes) {
			const name = a.name;
			if (/^(class|style|role|tabindex|focusable|on.*|data-.*|aria-.*)$/.test(name)) continue;
			attrs += ` ${name}="${escapeXml(a.value)}"`;
		}
		const style = this.styleOf(el, cs, parent);
		return `<${tag}${attrs}${style}>${this.svgChildren(el, cs)}</${tag}>`;
	}

	/** The computed style an element needs written out (` style="…"`, or nothing). */
	private styleOf(
		el: Element,
		cs: CSSStyleDeclaration,
		parent: CSSStyleDeclaration | undefined
	): string {
		const decl: string[] = [];
		for (const p of INHERITED) {
			const v = cs.getPropertyValue(p);
			if (!parent || v !== parent.getPropertyValue(p)) decl.push(`${p}:${localUrls(v)}`);
		}
		for (const [p, initial] of OWN) {
			const v = cs.getPropertyValue(p);
			if (v && v !== initial) decl.push(`${p}:${localUrls(v)}`);
		}
		if (parent) {
			for (const p of GEOMETRY) {
				const v = cs.getPropertyValue(p);
				if (!v || v === 'auto') continue;
				const attr = el.getAttribute(p);
				if (attr === null ? v !== '0px' : `${parseFloat(attr)}px` !== v && attr.trim() !== v)
					decl.push(`${p}:${v}`);
			}
			const transform = cs.transform;
			if (transform !== 'none' && !el.hasAttribute('transform'))
				decl.push(
					`transform:${transform}`,
					`transform-origin:${cs.transformOrigin}`,
					`transform-box:${cs.transformBox}`
				);
		}
		return decl.length ? ` style="${escapeXml(decl.join(';'))}"` : '';
	}
}

/** Visually hidden for screen readers only (clipped to nothing, or a 1 px clipped box). */
function visuallyHidden(el: HTMLElement, cs: CSSStyleDeclaration): boolean {
	if (
		/^(absolute|fixed)$/.test(cs.position) &&
		cs.clip !== 'auto' &&
		/\b0px\b.*\b0px\b/.test(cs.clip)
	)
		return true;
	if (cs.clipPath === 'inset(50%)') return true;
	return cs.overflow === 'hidden' && el.offsetWidth <= 1 && el.offsetHeight <= 1;
}

/** One CSS box-shadow (computed value: colour first, lengths in px). */
export interface BoxShadow {
	color: string;
	x: number;
	y: number;
	blur: number;
	spread: number;
	inset: boolean;
}

/** The shadows of a computed `box-shadow`, first (topmost) first. */
export function boxShadows(value: string): BoxShadow[] {
	if (!value || value === 'none') return [];
	const shadows: BoxShadow[] = [];
	for (const part of value.split(/,(?![^(]*\))/)) {
		const color = /(?:rgba?|hsla?)\([^)]*\)|#\w+/.exec(part)?.[0] ?? 'rgb(0, 0, 0)';
		const lengths =
			part
				.replace(color, '')
				.match(/-?[\d.]+px|\b0\b/g)
				?.map((n) => parseFloat(n)) ?? [];
		const [x = 0, y = 0, blur = 0, spread = 0] = lengths;
		shadows.push({ color, x, y, blur, spread, inset: /\binset\b/.test(part) });
	}
	return shadows;
}

/** A computed corner radius in px (`50%` of the smaller side for round boxes). */
export function cornerRadius(value: string, width: number, height: number): number {
	const first = value.trim().split(/\s+/)[0] ?? '0';
	const n = parseFloat(first) || 0;
	return first.endsWith('%') ? (Math.min(width, height) * n) / 100 : n;
}

/** A text-shadow used as a halo, drawn as a stroke behind the text. */
export function textHalo(shadow: string): { color: string; width: number } | undefined {
	if (!shadow || shadow === 'none') return undefined;
	const m =
		/^((?:rgba?|hsla?)\([^)]*\)|#\w+|[a-z]+)\s+(-?[\d.]+)px\s+(-?[\d.]+)px(?:\s+([\d.]+)px)?/.exec(
			shadow
		);
	if (!m || alpha(m[1]!) === 0) return undefined;
	return { color: m[1]!, width: Math.max(2, 1.5 * Number(m[4] ?? 0)) };
}
