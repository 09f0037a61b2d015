/** Where a chart is shown: it looks the same in each, with the furniture each needs. */
export type ChartMode = 'story' | 'embed' | 'export';

/** A data table that accompanies a chart state (for screen readers and for checking). */
export interface TableModel {
	caption: string;
	columns: string[];
	rows: string[][];
}

/** One state of a chart: what a reader sees at one step or date. */
export interface ChartState {
	/** Stable id, used in URLs and file names (`2004-03-29`, `share`). */
	key: string;
	/** Short heading of the state, e.g. "29 March 2004: 26 members". */
	label: string;
	/** The generated description of the state (alt text, aria-live announcement, PNG sidecar). */
	description: string;
	table: TableModel;
	/** For dated states: the first day (YYYY-MM-DD) it holds; it lasts until the next state's. */
	from?: string;
	/**
	 * The sources of this state's figures, complete, when they differ from state to state: the
	 * chart then shows this line in place of its own `source`.
	 */
	source?: string;
	/** The data releases the state is drawn from, in short ("SIPRI 2025; NATO June 2019"). */
	release?: string;
	/**
	 * Classes the graphic's root carries in this state (space-separated), for a chart whose CSS is
	 * keyed on them: `showState` swaps only the classes that differ, so the browser restyles only what
	 * changes.
	 */
	classes?: string;
}

/** Everything a chart component needs, computed at build time from `data/`. */
export interface ChartModel<S extends ChartState = ChartState> {
	/** The chart's id, as in URLs (`/embed/<id>/`) and on the command line. */
	chart: string;
	title: string;
	subtitle: string;
	/** Source line naming the release or edition and the price basis. */
	source: string;
	/** The data releases the chart is drawn from, in short (a state may name its own). */
	release: string;
	credit: string;
	states: S[];
	/** The state shown when none is asked for. */
	defaultKey: string;
}

/**
 * The model with only the states whose keys are in `keys`, in the model's order. Its default
 * state stays if it is among them, otherwise the first of them is the default. Throws, naming the
 * states, for a key the model does not have.
 */
export function withStates<M extends ChartModel>(model: M, keys: readonly string[]): M {
	const unknown = keys.filter((k) => !model.states.some((s) => s.key === k));
	if (unknown.length > 0 || keys.length === 0)
		throw new RangeError(
			`${model.chart}: ${keys.length === 0 ? 'no states asked for' : `no state ${unknown.join(', ')}`}; the states are ${model.states.map((s) => s.key).join(', ')}`
		);
	const states = model.states.filter((s) => keys.includes(s.key));
	const defaultKey = states.some((s) => s.key === model.defaultKey)
		? model.defaultKey
		: states[0]!.key;
	return { ...model, states, defaultKey };
}
