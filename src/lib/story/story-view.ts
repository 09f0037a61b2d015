import type { StoryStep } from '$lib/data/story';
import { fallbackPath } from '$lib/export/fallback';

/**
 * The static picture of `chart` in `state` (made after the build), as a path from the site's root
 * (`fallback/<chart>/<state>.png`): a page puts its own relative path to the root before it, so
 * the site works from any folder.
 */
export function fallbackImage(chart: string, state: string): string {
	return fallbackPath(chart, state);
}

/** What the page's scripts know of a step: which chart state it shows. */
export type StepRef = Pick<StoryStep, 'id' | 'chart' | 'state'>;

/** A step as the page shows it: its copy, and its chart state's label, description and picture. */
export interface StepView extends StoryStep {
	/** The state's heading, e.g. "29 March 2004: 26 members". */
	label: string;
	/** The state's generated description (alt text of the static picture). */
	description: string;
	/** The chart's source line. */
	source: string;
	/** `fallbackImage(chart, state)`. */
	image: string;
}

/** The step the graphic shows for the scroll engine's index: above the story, the first. */
export function shownStep<S extends StepRef>(steps: readonly S[], index: number): S | undefined {
	return steps[Math.min(steps.length - 1, Math.max(0, index))];
}

/** The state each chart shows before anyone scrolls: that of its first step. */
export function firstStates(steps: readonly StepRef[]): Record<string, string> {
	const states: Record<string, string> = {};
	for (const step of steps) states[step.chart] ??= step.state;
	return states;
}

/**
 * With step `index` shown, the state each other chart should hold while hidden: that of its next
 * step, or of its last one when none follows. The story readies the hidden chart in it, so that
 * scrolling on to that step only swaps the charts.
 */
export function upcomingStates(steps: readonly StepRef[], index: number): Record<string, string> {
	const shown = shownStep(steps, index);
	const states: Record<string, string> = {};
	const at = Math.max(0, index);
	for (const step of [...steps.slice(at + 1), ...steps.slice(0, at).reverse()])
		if (step.chart !== shown?.chart) states[step.chart] ??= step.state;
	return states;
}

/** The id of a step's element and the fragment that links to it. */
export const stepAnchor = (id: string): string => `step-${id}`;

/**
 * The state `chart` will show next when reading on from step `index` (down the story if
 * `forward`, else up): that of its nearest step ahead whose state differs from the one it shows
 * at `index` (that of its nearest step there or behind). Undefined if none.
 */
export function nextState(
	steps: readonly StepRef[],
	index: number,
	chart: string,
	forward: boolean
): string | undefined {
	const at = Math.max(0, index);
	const before = steps.slice(0, at + 1).reverse();
	const now = (forward ? before : steps.slice(at)).find((s) => s.chart === chart)?.state;
	const ahead = forward ? steps.slice(at + 1) : before.slice(1);
	return ahead.find((s) => s.chart === chart && s.state !== now)?.state;
}
