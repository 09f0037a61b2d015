/**
 * The pure maths of the scroll engine: which step is active for given boxes and a trigger line,
 * how far through it the line is, and whether the page moves too fast for a change to show.
 * Every value is in client pixels, the coordinates `getBoundingClientRect()` gives.
 */

/** The top and bottom edge of a box. */
export interface Span {
	top: number;
	bottom: number;
}

/** The part of the page a reader sees: its top edge and height. */
export interface Band {
	top: number;
	height: number;
}

/** A measurement of the steps at one moment. */
export interface Reading {
	/** The active step, or -1 while the trigger line is above the first step. */
	index: number;
	/** How far the trigger line is through the active step, 0 to 1. */
	progress: number;
	/** Where the trigger line is, measured from the first step's top (moves only with scrolling). */
	position: number;
	/** The band's height, to judge speeds by. */
	height: number;
	/** When it was taken, in milliseconds. */
	time: number;
}

/** The y of the trigger line: `offset` of the way down the band (0 its top, 1 its bottom). */
export function triggerLine(band: Band, offset: number): number {
	return band.top + band.height * Math.min(1, Math.max(0, offset));
}

/** True for a box that takes no room (a step that is not displayed). */
function empty(span: Span): boolean {
	return span.bottom - span.top <= 0;
}

/**
 * The index of the active step: the last step, in document order, whose top is at or above the
 * trigger line; -1 when the line is above every step. Boxes that take no room are skipped.
 */
export function activeIndex(steps: readonly Span[], trigger: number): number {
	let active = -1;
	steps.forEach((step, i) => {
		if (!empty(step) && step.top <= trigger) active = i;
	});
	return active;
}

/** How far the trigger line is through `step`: 0 at its top, 1 at its bottom, clamped. */
export function stepProgress(step: Span, trigger: number): number {
	if (empty(step)) return 0;
	return Math.min(1, Math.max(0, (trigger - step.top) / (step.bottom - step.top)));
}

/** Reads the steps' boxes against the band: the active step and the progress through it. */
export function read(steps: readonly Span[], band: Band, offset: number, time: number): Reading {
	const trigger = triggerLine(band, offset);
	const index = activeIndex(steps, trigger);
	const first = steps.find((s) => !empty(s));
	return {
		index,
		progress: index < 0 ? 0 : stepProgress(steps[index]!, trigger),
		position: first ? trigger - first.top : 0,
		height: band.height,
		time
	};
}

/** The speed of the page between two readings, in band heights per second. */
export function speed(before: Reading, after: Reading): number {
	const moved = Math.abs(after.position - before.position);
	if (moved === 0) return 0;
	const seconds = (after.time - before.time) / 1000;
	const height = Math.max(1, after.height);
	return seconds <= 0 ? Infinity : moved / height / seconds;
}

/** Readings further apart than this (ms), unless from consecutive frames, say nothing of speed. */
export const FRESH_MS = 100;

/**
 * Whether a new active step may be shown now. It may at the first reading (at mount); otherwise
 * it needs the page's speed from a reading of the frame before (`consecutive`) or at most
 * `FRESH_MS` earlier, and that speed at most `maxSpeed` band heights per second. During a fling
 * or after a jump it waits (measured again each frame), so that passing many steps changes the
 * graphic once, when the page comes to rest.
 */
export function settled(
	before: Reading | undefined,
	after: Reading,
	maxSpeed: number,
	consecutive = false
): boolean {
	if (before === undefined) return true;
	if (!consecutive && after.time - before.time > FRESH_MS) return false;
	return speed(before, after) <= maxSpeed;
}
