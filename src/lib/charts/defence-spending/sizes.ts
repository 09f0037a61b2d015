/**
 * The widths each state is drawn at. The SVG scales with its box, text included, so each size
 * is used only from a container as wide as its design width (text never below CHART_FONT_SIZE
 * px, apart from a 320 px phone, where the compact size shrinks by 5%) up to the next size's,
 * where the next size takes over.
 */

/** One drawing size of the chart. */
export interface ChartSize {
	/** Name used in island keys (`share-compact`) and CSS (`[data-size]`). */
	name: string;
	/** Design width and height, in SVG user units (CSS px at scale 1). */
	width: number;
	height: number;
	/** The container width (CSS px) from which this size is shown; 0 for the smallest. */
	from: number;
	/** Space around the plotting area for axes and labels. */
	margin: { top: number; right: number; bottom: number; left: number };
	/** The step between year ticks on time axes. */
	yearStep: number;
}

/** Smallest first; every state of the chart is drawn at each. */
export const SIZES: readonly ChartSize[] = [
	{
		name: 'compact',
		width: 320,
		height: 320,
		from: 0,
		margin: { top: 36, right: 14, bottom: 28, left: 40 },
		yearStep: 10
	},
	{
		name: 'medium',
		width: 480,
		height: 360,
		from: 480,
		margin: { top: 36, right: 18, bottom: 28, left: 44 },
		yearStep: 5
	},
	{
		name: 'regular',
		width: 720,
		height: 420,
		from: 720,
		margin: { top: 36, right: 24, bottom: 30, left: 48 },
		yearStep: 5
	},
	{
		name: 'wide',
		width: 1080,
		height: 500,
		from: 1080,
		margin: { top: 36, right: 32, bottom: 30, left: 52 },
		yearStep: 5
	}
];

/** The size shown in a container `width` CSS px wide. */
export function sizeFor(width: number): ChartSize {
	let chosen = SIZES[0]!;
	for (const size of SIZES) if (width >= size.from) chosen = size;
	return chosen;
}

/** The size named `name`; throws for an unknown name. */
export function sizeNamed(name: string): ChartSize {
	const size = SIZES.find((s) => s.name === name);
	if (!size)
		throw new RangeError(
			`defence-spending: no size "${name}"; the sizes are ${SIZES.map((s) => s.name).join(', ')}`
		);
	return size;
}

/** The year ticks of a time axis: every `step` years, on multiples of `step`, within [first, last]. */
export function yearTicks(first: number, last: number, step: number): number[] {
	const ticks: number[] = [];
	for (let y = Math.ceil(first / step) * step; y <= last; y += step) ticks.push(y);
	return ticks;
}
