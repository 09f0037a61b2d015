/** The printed report: one table per section (subjects × figures) and one of the budgets. */
import type { Unit, Verdict } from './budgets';

/** The unit of a figure, from its name. */
export function unitOf(id: string): Unit | 'px/s' {
	const [section = '', , name = ''] = id.split(':');
	if (name === 'speed') return 'px/s';
	if (/^(requests|longTasks|over16|over33|frames|changes|lateFrames|steps|images)$/.test(name))
		return 'count';
	if (name === 'chartAtFirstPaint') return 'flag';
	if (name === 'cls') return 'score';
	if (section === 'bytes' || section === 'static') return 'B';
	return 'ms';
}

/** A figure for people: `48.3 KB`, `812 ms`, `16.7 ms`, `0.000`, `yes`. */
export function formatValue(value: number | null, unit: string): string {
	if (value === null || Number.isNaN(value)) return '–';
	switch (unit) {
		case 'B':
			return value < 1000 ? `${value} B` : `${(value / 1000).toFixed(1)} KB`;
		case 'ms':
			return `${value < 100 ? value.toFixed(1) : Math.round(value)} ms`;
		case 'score':
			return value.toFixed(3);
		case 'flag':
			return value >= 1 ? 'yes' : 'no';
		case 'px/s':
			return `${Math.round(value)} px/s`;
		default:
			return String(Math.round(value * 100) / 100);
	}
}

/** A budget's limit for people: `≤ 50.0 KB`, `≥ yes`. */
export function formatLimit(verdict: Verdict): string {
	const { max, min, unit } = verdict.budget;
	if (unit === 'flag') return min !== undefined ? 'yes' : 'no';
	const parts = [];
	if (max !== undefined) parts.push(`≤ ${formatValue(max, unit)}`);
	if (min !== undefined) parts.push(`≥ ${formatValue(min, unit)}`);
	return parts.join(', ');
}

/** A markdown table with its columns padded to line up in a terminal. */
export function markdownTable(
	head: readonly string[],
	rows: readonly (readonly string[])[]
): string {
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: readonly string[]) =>
		`| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
	return [
		line(head),
		`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
		...rows.map(line)
	].join('\n');
}

/** ` ✗` for a figure over a budget, ` ✓` for one within all of its budgets, '' for one without. */
export function budgetMark(id: string, verdicts: readonly Verdict[]): string {
	const found = verdicts.filter((v) => v.metric === id);
	if (found.some((v) => v.status === 'fail')) return ' ✗';
	if (found.some((v) => v.status === 'pass')) return ' ✓';
	return '';
}

/**
 * A section's figures as subjects × names, e.g. for `bytes`: one row per page, one column per
 * type. A figure under a budget is marked ✓ (holds) or ✗ (broken).
 */
export function sectionTable(
	values: Readonly<Record<string, number | null>>,
	section: string,
	verdicts: readonly Verdict[] = []
): string {
	const ids = Object.keys(values).filter((id) => id.startsWith(`${section}:`));
	const subjects = [...new Set(ids.map((id) => id.split(':')[1]!))];
	const names = [...new Set(ids.map((id) => id.split(':')[2]!))];
	const mark = (id: string) => budgetMark(id, verdicts);
	const rows = subjects.map((subject) => [
		subject,
		...names.map((name) => {
			const id = `${section}:${subject}:${name}`;
			return id in values ? `${formatValue(values[id] ?? null, unitOf(id))}${mark(id)}` : '';
		})
	]);
	return markdownTable([section, ...names], rows);
}

/** Every budget's verdict: what, the figure, its value, the limit, and the result. */
export function budgetTable(verdicts: readonly Verdict[]): string {
	return markdownTable(
		['budget', 'figure', 'value', 'limit', 'result'],
		verdicts.map((v) => [
			v.budget.label,
			v.metric,
			formatValue(v.value, v.budget.unit),
			formatLimit(v),
			v.status === 'pass' ? 'holds' : v.status === 'fail' ? 'BROKEN' : `not measured (${v.reason})`
		])
	);
}
