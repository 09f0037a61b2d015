/**
 * Label placement for the map's HTML labels. Labels keep their type size at every width, so
 * which of them fit depends on the width: for each state and each width tier, labels are placed
 * greedily in order of priority and a label that would overlap one already placed (or a marker,
 * or the inset's frame) is moved beside its point, or left out at that tier. Small members get a
 * marker, and their label sits beside it on whichever side is free.
 */

/** A width tier: container widths below `below` px (the last has none), checked at `width` px. */
export interface LabelTier {
	name: 's' | 'm' | 'l';
	/** The narrowest container width of the tier, at which collisions are checked. */
	width: number;
	/** Type size in px. */
	font: number;
	/** The tier applies below this container width (px); undefined for the widest. */
	below?: number;
}

export const LABEL_TIERS: readonly LabelTier[] = [
	{ name: 'l', width: 900, font: 13 },
	{ name: 'm', width: 480, font: 12, below: 900 },
	{ name: 's', width: 320, font: 11, below: 480 }
];

/** Where a label sits relative to its point: centred on it, or beside a marker. */
export type LabelSide = 'c' | 'r' | 'l' | 't' | 'b';

/** A label that may be shown: its text, point (map units), priority and whether it has a marker. */
export interface LabelCandidate {
	key: string;
	text: string;
	x: number;
	y: number;
	/** Higher is placed first. */
	priority: number;
	/** A marker is drawn at the point; the label goes beside it. */
	marker: boolean;
	/** A shorter text tried where the full one does not fit (`US`). */
	short?: string;
}

/** A placed label: the element key (`key:side`, `key:side:short`) the CSS shows. */
export interface PlacedLabel {
	key: string;
	side: LabelSide;
	/** Whether the short text is shown. */
	short: boolean;
}

/** The element key of a placed label. */
export function elementKey(p: PlacedLabel): string {
	return `${p.key}:${p.side}${p.short ? ':short' : ''}`;
}

/** The map's size in map units and rectangles labels must avoid (map units). */
export interface LabelSpace {
	width: number;
	height: number;
	avoid: readonly Box[];
}

/** [x0, y0, x1, y1] */
export type Box = [number, number, number, number];

/** Marker diameter and the gap between marker and label, in px. */
export const MARKER_PX = 8;
export const GAP_PX = 3;

/** Horizontal padding of a label on each side, in px (it sits on a small card). */
export const PAD_PX = 3;

/** An estimate of a label's size in px (Noto Sans averages about 0.56 em a character). */
export function labelSize(text: string, font: number): [number, number] {
	return [Math.ceil(text.length * font * 0.56) + 2 * PAD_PX + 2, Math.ceil(font * 1.25)];
}

/** The box (px) of a label at `side` of its point, drawn `scale` px per map unit. */
export function labelBox(
	c: LabelCandidate,
	side: LabelSide,
	font: number,
	scale: number,
	text = c.text
): Box {
	const [w, h] = labelSize(text, font);
	const x = c.x * scale;
	const y = c.y * scale;
	const off = MARKER_PX / 2 + GAP_PX;
	switch (side) {
		case 'c':
			return [x - w / 2, y - h / 2, x + w / 2, y + h / 2];
		case 'r':
			return [x + off, y - h / 2, x + off + w, y + h / 2];
		case 'l':
			return [x - off - w, y - h / 2, x - off, y + h / 2];
		case 't':
			return [x - w / 2, y - off - h, x + w / 2, y - off];
		case 'b':
			return [x - w / 2, y + off, x + w / 2, y + off + h];
	}
}

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Places the labels of one state at one tier. Returns those that fit, in priority order.
 * Markers of the state's labels are obstacles for every label but their own.
 */
export function placeLabels(
	candidates: readonly LabelCandidate[],
	tier: LabelTier,
	space: LabelSpace
): PlacedLabel[] {
	const scale = tier.width / space.width;
	const frame: Box = [0, 0, space.width * scale, space.height * scale];
	const avoid = space.avoid.map((b) => b.map((v) => v * scale) as Box);
	const markers = candidates
		.filter((c) => c.marker)
		.map((c) => {
			const r = MARKER_PX / 2;
			return {
				key: c.key,
				box: [c.x * scale - r, c.y * scale - r, c.x * scale + r, c.y * scale + r] as Box
			};
		});
	const placed: { key: string; box: Box }[] = [];
	const result: PlacedLabel[] = [];
	const order = [...candidates].sort(
		(a, b) => b.priority - a.priority || a.key.localeCompare(b.key)
	);
	for (const c of order) {
		// A label sits on its point, or beside it when that is taken (beside its marker, if any).
		const sides: LabelSide[] = c.marker ? ['r', 'l', 't', 'b'] : ['c', 'r', 'l', 't', 'b'];
		const tries = sides.map((side) => ({ side, short: false }));
		if (c.short) tries.push(...sides.map((side) => ({ side, short: true })));
		for (const { side, short } of tries) {
			const box = labelBox(c, side, tier.font, scale, short ? c.short : c.text);
			const inFrame = within(box, frame);
			const inAvoided = avoid.some((a) =>
				contains(a, [c.x * scale, c.y * scale]) ? !within(box, a) : overlaps(a, box)
			);
			if (!inFrame || inAvoided) continue;
			if (placed.some((p) => overlaps(p.box, box))) continue;
			if (markers.some((m) => m.key !== c.key && overlaps(m.box, box))) continue;
			placed.push({ key: c.key, box });
			result.push({ key: c.key, side, short });
			break;
		}
	}
	return result;
}

/** Whether box `a` lies inside box `b`. */
function within(a: Box, b: Box): boolean {
	return a[0] >= b[0] && a[1] >= b[1] && a[2] <= b[2] && a[3] <= b[3];
}

/** Whether a point lies in a box. */
function contains(box: Box, [x, y]: [number, number]): boolean {
	return x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
}
