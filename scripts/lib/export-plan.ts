/**
 * From a parsed command line and the built charts to the list of images to make, each with its
 * file name; unknown steps and dates outside a chart's states are UsageErrors, found before any
 * browser starts.
 */
import type { ExportArgs, PresetName, Selection, Theme } from './export-args';
import { UsageError } from './export-args';
import type { BuiltChart, BuiltState } from './export-build';

/** One image to make. */
export interface ExportJob {
	chart: BuiltChart['chart'];
	state: string;
	/** First day of a dated state. */
	from?: string;
	theme: Theme;
	width: number;
	height?: number;
	scale: number;
	transparent: boolean;
	plain: boolean;
	/** File name without extension. */
	name: string;
}

/** The states of `chart` a selection asks for. */
export function selectStates(chart: BuiltChart, selection: Selection): BuiltState[] {
	const { states } = chart;
	switch (selection.kind) {
		case 'all':
			return states;
		case 'default': {
			const state = states.find((s) => s.key === chart.defaultKey) ?? states[0];
			return state ? [state] : [];
		}
		case 'step': {
			const state = states.find((s) => s.key === selection.step);
			if (!state)
				throw new UsageError(
					`export: ${chart.chart} has no state "${selection.step}"; its states are ${states.map((s) => s.key).join(', ')}`
				);
			return [state];
		}
		case 'date':
		case 'year': {
			const date = selection.kind === 'date' ? selection.date : `${selection.year}-12-31`;
			const asked = selection.kind === 'date' ? `--date ${date}` : `--year ${selection.year}`;
			const dated = states.filter((s) => s.from !== undefined);
			if (!dated.length)
				throw new UsageError(
					`export: ${chart.chart} has no dated states, so ${asked} cannot pick one; use --step ${states.map((s) => s.key).join('|')}`
				);
			const state = dated.filter((s) => s.from! <= date).pop();
			if (!state)
				throw new UsageError(
					`export: ${asked} is before ${chart.chart}'s first state (${dated[0]!.from}); ask for a later one`
				);
			return [state];
		}
	}
}

/** File name (no extension) of an image: chart, state, theme, variants, size. */
export function jobName(job: Omit<ExportJob, 'name'>, preset: PresetName | undefined): string {
	const size = preset ?? `${job.width}x${job.height ?? 'auto'}`;
	const variants = [job.plain && 'plain', job.transparent && 'transparent'].filter(Boolean);
	return [job.chart, job.state, job.theme, ...variants, `${size}@${job.scale}x`].join('_');
}

/** Every image a command line asks for, in order: chart, state, theme. */
export function planExports(args: ExportArgs, charts: readonly BuiltChart[]): ExportJob[] {
	const jobs: ExportJob[] = [];
	for (const chart of charts) {
		for (const state of selectStates(chart, args.selection)) {
			for (const theme of args.themes) {
				const job = {
					chart: chart.chart,
					state: state.key,
					...(state.from ? { from: state.from } : {}),
					theme,
					width: args.width,
					...(args.height !== undefined ? { height: args.height } : {}),
					scale: args.scale,
					transparent: args.transparent,
					plain: args.plain
				};
				jobs.push({ ...job, name: jobName(job, args.preset) });
			}
		}
	}
	return jobs;
}
