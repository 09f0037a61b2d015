/** What one build's run has measured so far: its figures, every run's own, and what it saw. */
import type { Figures } from './budgets';
import type { Received } from './bytes';
import type { ScrollRecording } from './probe';
import { medianOf } from './stats';

/** A build to measure. */
export interface Target {
	/** What it is, for the report: `working tree`, `fcd826a`. */
	name: string;
	/** The build directory to serve. */
	dir: string;
	/** How it came to be (`built build/ (…)`, `using build/ as it is`). */
	build: string;
}

export interface Tally {
	figures: Figures;
	/** Every run's own figures, by `<section>:<subject>`. */
	runs: Record<string, Record<string, number | null>[]>;
	/** What each page requested on its (first run's) first load. */
	requests: Record<string, Received[]>;
	/** The element of the largest contentful paint in each run, by `<profile>:<page>`. */
	lcpElements: Record<string, string[]>;
	/** The first scroll's raw recording (frame times, crossings, state changes), to look into. */
	scrollRecording: ScrollRecording | null;
}

export function newTally(): Tally {
	return {
		figures: { values: {}, missing: {} },
		runs: {},
		requests: {},
		lcpElements: {},
		scrollRecording: null
	};
}

/** Sets the figures `<prefix>:<name>` from one record. */
export function setFigures(
	tally: Tally,
	prefix: string,
	values: Record<string, number | null>
): void {
	for (const [name, value] of Object.entries(values))
		tally.figures.values[`${prefix}:${name}`] = value;
}

/** Marks the figures `<prefix>:<name>` as not measured, and why. */
export function missFigures(
	tally: Tally,
	prefix: string,
	names: readonly string[],
	reason: string
): void {
	for (const name of names) {
		tally.figures.values[`${prefix}:${name}`] = null;
		tally.figures.missing[`${prefix}:${name}`] = reason;
	}
}

/** Keeps every run of `<prefix>` and sets its figures to their medians. */
export function keepRuns(
	tally: Tally,
	prefix: string,
	runs: readonly Record<string, number | null>[]
): void {
	tally.runs[prefix] = [...runs];
	setFigures(tally, prefix, medianOf(runs));
}
