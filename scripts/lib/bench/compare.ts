/**
 * Comparing two builds (`npm run bench -- --compare <ref>`): the order their runs take turns in,
 * each figure's spread over the runs, and whether a difference is beyond it. Pure.
 */
import { median } from './stats';

/** Runs per build with --compare: below this a difference beyond the spread means little. */
export const COMPARE_MIN_RUNS = 5;

/**
 * The order of `runs` runs of `builds` builds taking turns, run by run (A, B, A, B, …), so that
 * whatever else the machine is doing hits each build alike.
 */
export function alternation(runs: number, builds: number): { run: number; build: number }[] {
	const order: { run: number; build: number }[] = [];
	for (let run = 0; run < runs; run++)
		for (let build = 0; build < builds; build++) order.push({ run, build });
	return order;
}

/** A figure's runs: their median and range. */
export interface Spread {
	median: number;
	min: number;
	max: number;
	runs: number;
}

/** The spread of the finite values among `values`; null when there are none. */
export function spread(values: readonly (number | null | undefined)[]): Spread | null {
	const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
	if (finite.length === 0) return null;
	return {
		median: median(finite),
		min: Math.min(...finite),
		max: Math.max(...finite),
		runs: finite.length
	};
}

/**
 * How the second build's figure stands to the first's: `same` (every run of both alike), `noise`
 * (the two ranges overlap), `lower` or `higher` (every run of one below every run of the other),
 * `not measured` (a build has no value).
 */
export type Difference = 'same' | 'noise' | 'lower' | 'higher' | 'not measured';

export interface FigureComparison {
	figure: string;
	base: Spread | null;
	head: Spread | null;
	/** The head's median minus the base's; null when either is not measured. */
	difference: number | null;
	verdict: Difference;
}

/** Compares one figure's runs in the base build with its runs in the head build. */
export function compareFigure(
	figure: string,
	baseRuns: readonly (number | null | undefined)[],
	headRuns: readonly (number | null | undefined)[]
): FigureComparison {
	const [base, head] = [spread(baseRuns), spread(headRuns)];
	if (!base || !head) return { figure, base, head, difference: null, verdict: 'not measured' };
	const difference = head.median - base.median;
	const verdict: Difference =
		base.min === base.max && head.min === head.max && base.min === head.min
			? 'same'
			: base.min <= head.max && head.min <= base.max
				? 'noise'
				: difference < 0
					? 'lower'
					: 'higher';
	return { figure, base, head, difference, verdict };
}

/** Each build's runs of every figure, by figure name (`phone:/:lcp` → one value a run). */
export type RunsByFigure = Record<string, readonly (number | null)[]>;

/** Every figure either build has, in the base's order then the head's others. */
export function compareBuilds(base: RunsByFigure, head: RunsByFigure): FigureComparison[] {
	const figures = [...new Set([...Object.keys(base), ...Object.keys(head)])];
	return figures.map((figure) => compareFigure(figure, base[figure] ?? [], head[figure] ?? []));
}

/** How many figures got each verdict. */
export function tallyVerdicts(rows: readonly FigureComparison[]): Record<Difference, number> {
	const counts: Record<Difference, number> = {
		same: 0,
		noise: 0,
		lower: 0,
		higher: 0,
		'not measured': 0
	};
	for (const row of rows) counts[row.verdict]++;
	return counts;
}
