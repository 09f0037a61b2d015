/**
 * Fitting a chart into the story's sticky graphic: on a short screen a chart whose drawing takes
 * the column's width is taller than the graphic, which would cut off its source line and PNG
 * button. Its drawing is narrowed instead (it keeps its aspect, so it gives up the height); the
 * title, legend and footer keep the column's width, so their text does not wrap onto more lines.
 */

/** What fitting measures, in CSS px: the chart's height and its drawing's size. */
export interface FitBox {
	height: number;
	drawingWidth: number;
	drawingHeight: number;
}

/**
 * The drawing's width at which the chart in `box` fits `available` px of height, no narrower than
 * `min`, or undefined when it fits already (or has no drawing to shrink): the drawing loses the
 * overflow in height, so that times its aspect in width.
 */
export function fitWidth(box: FitBox, available: number, min: number): number | undefined {
	const over = box.height - available;
	if (over < 1 || box.drawingHeight <= 0 || box.drawingWidth <= min) return undefined;
	const width = box.drawingWidth - Math.ceil((over * box.drawingWidth) / box.drawingHeight);
	return Math.max(min, width);
}
