/**
 * Where the parts of an exported chart go: the header at the top, the footer at the bottom, the
 * graphic between them, shrunk (never stretched) to fit a fixed height and centred.
 */

/** Options of an export; each one is optional. */
export interface ExportOptions {
	/** Image width in CSS pixels, padding included; default the figure's width on the page plus padding. */
	width?: number;
	/** Image height in CSS pixels; default the chart's natural height at that width plus padding. */
	height?: number;
	/** Device pixels per CSS pixel; default 2. The PNG is `width×scale` by `height×scale`. */
	scale?: number;
	/** Colour theme; default the page's. */
	theme?: 'light' | 'dark';
	/** No background; default false. */
	transparent?: boolean;
	/** The graphic alone, without title, subtitle, source and credit; default false. */
	plain?: boolean;
	/** The state to draw; default the one the figure shows. */
	state?: string;
	/** Margin around the chart in CSS pixels; default 16. */
	padding?: number;
}

export const EXPORT_DEFAULTS = { scale: 2, padding: 16 } as const;

/** From this width ÷ height on, an image is wide enough to set a chart's legend beside its drawing. */
export const BESIDE_FROM_ASPECT = 1.5;

/**
 * How an export of `width` × `height` lays the chart out: `beside` (the state's panel, its legend,
 * to the right of the drawing) for a wide image of fixed height, else `stacked` (as on the page).
 */
export function arrangementFor(width: number, height: number | undefined): 'beside' | 'stacked' {
	return height !== undefined && width / height >= BESIDE_FROM_ASPECT ? 'beside' : 'stacked';
}

/** The graphic is not shrunk below this share of its natural height. */
export const MIN_GRAPHIC_SCALE = 0.25;

/** The chart as the page laid it out at the export width (CSS pixels, relative to the figure). */
export interface NaturalSize {
	/** Height of the whole figure (header, graphic, footer). */
	height: number;
	/** Top and height of the graphic. */
	bodyTop: number;
	bodyHeight: number;
}

/** Offsets of the parts in the image, and the graphic's scale. */
export interface Placement {
	width: number;
	height: number;
	header: { x: number; y: number };
	/** The graphic: `translate(x, y) scale(scale) translate(0, -top)` of figure coordinates. */
	body: { x: number; y: number; scale: number; top: number };
	footer: { x: number; y: number };
}

/** An export that cannot be made as asked (too small, bad numbers); the message says what to change. */
export class ExportError extends Error {
	override name = 'ExportError';
}

/**
 * Places header, graphic and footer in a `width` × `height` image (height omitted: the natural
 * height). Header and footer keep their size; the footer moves to the bottom.
 */
export function placeParts(
	natural: NaturalSize,
	width: number,
	height: number | undefined,
	padding: number
): Placement {
	const imageHeight = height ?? Math.ceil(natural.height + 2 * padding);
	const extra = imageHeight - 2 * padding - natural.height;
	let scale = 1;
	if (extra < 0) {
		scale = natural.bodyHeight > 0 ? (natural.bodyHeight + extra) / natural.bodyHeight : 0;
		if (scale < MIN_GRAPHIC_SCALE) {
			const least = Math.ceil(imageHeight - extra - natural.bodyHeight * (1 - MIN_GRAPHIC_SCALE));
			throw new ExportError(
				`export: a height of ${imageHeight} px leaves too little room for the graphic at ${width} px wide; ` +
					`use a height of at least ${least} px (natural height ${Math.ceil(natural.height + 2 * padding)} px), or plain`
			);
		}
	}
	const contentWidth = width - 2 * padding;
	return {
		width,
		height: imageHeight,
		header: { x: padding, y: padding },
		body: {
			x: padding + (contentWidth * (1 - scale)) / 2,
			y: padding + natural.bodyTop + Math.max(0, extra) / 2,
			scale,
			top: natural.bodyTop
		},
		footer: { x: padding, y: padding + extra }
	};
}
