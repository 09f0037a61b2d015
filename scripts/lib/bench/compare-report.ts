/** The report of `npm run bench -- --compare <ref>`: one table of every figure, and its JSON. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Verdict } from './budgets';
import {
	compareBuilds,
	tallyVerdicts,
	type FigureComparison,
	type RunsByFigure,
	type Spread
} from './compare';
import { RESULTS_DIR } from './report';
import type { BenchResult } from './run';
import { budgetMark, formatValue, markdownTable, unitOf } from './table';

/** A build in a comparison: its name, the commit it was built from, and its results. */
export interface Compared {
	name: string;
	/** The commit (the working tree's HEAD for the working tree). */
	commit: string;
	/** What it is, for people: `fcd826a, built in a temporary worktree`. */
	about: string;
	result: BenchResult;
}

export interface ComparisonResult {
	when: string;
	base: Compared;
	head: Compared;
	rows: FigureComparison[];
}

/** Every figure's values run by run (a figure measured once has one). */
export function runsByFigure(result: Pick<BenchResult, 'figures' | 'runs'>): RunsByFigure {
	const out: RunsByFigure = {};
	for (const [id, value] of Object.entries(result.figures.values)) {
		const [section, subject, name] = id.split(':') as [string, string, string];
		const runs = result.runs[`${section}:${subject}`];
		out[id] = runs ? runs.map((run) => run[name] ?? null) : [value];
	}
	return out;
}

export function comparison(base: Compared, head: Compared): ComparisonResult {
	return {
		when: head.result.when,
		base,
		head,
		rows: compareBuilds(runsByFigure(base.result), runsByFigure(head.result))
	};
}

/** A difference for people, signed: `+12.3 ms (+5%)`, `−199 B (<1%)`, `0` (also when it rounds to 0). */
export function formatDifference(
	difference: number | null,
	base: number | null,
	unit: string
): string {
	if (difference === null) return '–';
	const size = formatValue(Math.abs(difference), unit === 'flag' ? 'count' : unit);
	if (difference === 0 || /^0(\.0+)?( |$)/.test(size)) return '0';
	const sign = difference > 0 ? '+' : '−';
	const percent = base ? Math.round(Math.abs(difference / base) * 100) : 0;
	const share = !base || unit === 'flag' ? '' : percent === 0 ? ' (<1%)' : ` (${sign}${percent}%)`;
	return `${sign}${size}${share}`;
}

/** A build's cell: the median with its budget mark, then the range when the runs differ. */
export function formatSpread(spread: Spread | null, unit: string, mark = ''): string {
	if (!spread) return '–';
	const median = `${formatValue(spread.median, unit)}${mark}`;
	if (spread.min === spread.max) return median;
	const [low, high] = [formatValue(spread.min, unit), formatValue(spread.max, unit)];
	const [lowNumber, lowUnit] = low.split(' ');
	const [highNumber, highUnit] = high.split(' ');
	return lowUnit === highUnit
		? `${median} (${lowNumber}–${highNumber})`
		: `${median} (${low}–${high})`;
}

/** Whether a row is 0 in every run of both builds (left out of the printed table). */
const zeroInBoth = (row: FigureComparison) =>
	row.verdict === 'same' && row.base?.median === 0 && row.head?.median === 0;

/** The comparison as one markdown table, figures that are 0 in both builds left out. */
export function comparisonTable(
	rows: readonly FigureComparison[],
	names: readonly [string, string],
	verdicts: readonly [readonly Verdict[], readonly Verdict[]] = [[], []]
): string {
	return markdownTable(
		['figure', names[0], names[1], 'difference', 'verdict'],
		rows
			.filter((row) => !zeroInBoth(row))
			.map((row) => {
				const unit = unitOf(row.figure);
				return [
					row.figure,
					formatSpread(row.base, unit, budgetMark(row.figure, verdicts[0])),
					formatSpread(row.head, unit, budgetMark(row.figure, verdicts[1])),
					formatDifference(row.difference, row.base?.median ?? null, unit),
					row.verdict
				];
			})
	);
}

/** The printed report. */
export function renderComparison(result: ComparisonResult): string {
	const { base, head, rows } = result;
	const m = head.result.machine;
	const counts = tallyVerdicts(rows);
	const left = rows.filter(zeroInBoth).length;
	const out = [
		`# Comparison (${head.result.mode}) ${result.when}`,
		'',
		`Base: ${base.about}. Head: ${head.about}.`,
		`Machine: ${m.cpus} CPUs (${m.cpu}), ${m.os}, Node ${m.node}, Chromium ${m.chromium}; load average ${m.loadBefore} before, ${m.loadAfter} after.`,
		`Each timed figure: ${head.result.settings.runs} runs per build, the builds taking turns run by run; bytes once per build (they are exact).`
	];
	if (Number(m.loadBefore) > Number(m.cpus))
		out.push(
			'',
			`Warning: the machine was busy (load average ${m.loadBefore} on ${m.cpus} CPUs before the run); both builds share the noise, but a small difference may hide in it.`
		);
	out.push(
		'',
		comparisonTable(rows, [base.name, head.name], [base.result.verdicts, head.result.verdicts]),
		'',
		'Each cell is the median of the runs and their range (min–max); ✓ / ✗: within / over its budget. ' +
			'lower / higher: every run of the head build below / above every run of the base; noise: the ranges overlap; same: every run alike.',
		'',
		`Beyond the spread: ${counts.lower} lower, ${counts.higher} higher; ${counts.noise} noise, ${counts.same} same, ${counts['not measured']} not measured` +
			(left ? ` (${left} figures that are 0 in both builds are left out of the table).` : '.')
	);
	return out.join('\n');
}

/** Writes `compare-<time>.json`; returns its path. */
export function writeComparison(result: ComparisonResult, dir = RESULTS_DIR): string {
	mkdirSync(dir, { recursive: true });
	const file = join(dir, `compare-${result.when.replace(/[:.]/g, '-')}.json`);
	writeFileSync(`${file}.tmp`, `${JSON.stringify(result, null, '\t')}\n`);
	renameSync(`${file}.tmp`, file);
	return file;
}
