/**
 * Fitting a chart into the story's sticky graphic: on a short screen a chart whose drawing takes
 * the column's width is taller than the graphic, which would cut off its source line and PNG
 * button. Its drawing is limited in height instead (`--chart-drawing-max-height`, which the chart
 * turns into a width by its `--chart-aspect`), so it narrows, keeping its own aspect; the title,
 * legend and footer keep the column's width, so their text does not wrap onto more lines.
 */

/** What fitting measures, in CSS px: the chart's height and its drawing's box. */
export interface FitBox {
	height: number;
	drawingWidth: number;
	drawingHeight: number;
	/** The width ÷ height the chart's CSS uses to turn the limit into a width (`--chart-aspect`). */
	aspect: number;
}

/**
 * The limit on the drawing's height at which the chart in `box` fits `available` px (the drawing
 * loses the overflow in height, at its own aspect), no lower than `min`; undefined when it fits
 * already or its drawing cannot give up any height.
 */
export function fitHeight(box: FitBox, available: number, min: number): number | undefined {
	const over = box.height - available;
	if (over < 1 || box.drawingHeight <= min || box.drawingWidth <= 0 || !(box.aspect > 0))
		return undefined;
	const height = Math.max(min, box.drawingHeight - over);
	const width = (height * box.drawingWidth) / box.drawingHeight;
	return Math.max(min, Math.floor(width / box.aspect));
}
