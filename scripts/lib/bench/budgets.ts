import ts from 'typescript';

/**
 * Budgets: limits on measured figures, kept in one file (`bench/budgets.json`), and the
 * comparison of a run's figures with them.
 *
 * A figure is named `<section>:<subject>:<name>`, e.g. `bytes:/:js` (JS bytes on the first load of
 * `/`), `phone:/embed/membership-map/:lcp`, `scroll:/:p95`, `export:cli:perImage`. A budget names
 * one figure or, with `*` (any text without a colon), several: `phone:*:lcp` holds every page
 * measured on the phone to the same limit.
 */

/** How a figure is counted and printed. */
export const UNITS = {
	B: 'bytes (compressed, as sent)',
	ms: 'milliseconds',
	score: 'layout shift score',
	count: 'count',
	flag: '1 = yes, 0 = no'
} as const;
export type Unit = keyof typeof UNITS;

export interface Budget {
	/** The figure or figures it limits, `*` matching any text without a colon. */
	metric: string;
	/** The largest value that holds, inclusive. */
	max?: number;
	/** The smallest value that holds, inclusive. */
	min?: number;
	unit: Unit;
	/** What it stands for, for people: "/ first load JS". */
	label: string;
}

/** A run's figures: null where a figure could not be measured, with the reason in `missing`. */
export interface Figures {
	values: Record<string, number | null>;
	/** Why a figure is null: `{ 'step:/:max': 'missing: no [data-step] on /' }`. */
	missing: Record<string, string>;
}

export type Status = 'pass' | 'fail' | 'missing';

export interface Verdict {
	budget: Budget;
	/** The figure's name (the budget's pattern when nothing matched it). */
	metric: string;
	value: number | null;
	status: Status;
	/** For `missing`: what is missing. */
	reason?: string;
}

/** Whether figure `id` is one that `pattern` names. */
export function matches(pattern: string, id: string): boolean {
	const source = pattern
		.split('*')
		.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
		.join('[^:]*');
	return new RegExp(`^${source}$`).test(id);
}

/** Whether `value` is within `budget`. */
export function holds(budget: Budget, value: number): boolean {
	return (
		(budget.max === undefined || value <= budget.max) &&
		(budget.min === undefined || value >= budget.min)
	);
}

/**
 * Every budget against every figure it names, in budget order then figure order. A figure that is
 * null, or a budget that names no figure at all, is `missing` (with the reason the run recorded).
 */
export function compare(budgets: readonly Budget[], figures: Figures): Verdict[] {
	const verdicts: Verdict[] = [];
	const ids = Object.keys(figures.values);
	for (const budget of budgets) {
		const named = ids.filter((id) => matches(budget.metric, id));
		if (named.length === 0) {
			const reasons = Object.entries(figures.missing)
				.filter(([id]) => matches(budget.metric, id) || matches(id, budget.metric))
				.map(([, reason]) => reason);
			verdicts.push({
				budget,
				metric: budget.metric,
				value: null,
				status: 'missing',
				reason: reasons[0] ?? `missing: nothing measured is named ${budget.metric}`
			});
			continue;
		}
		for (const metric of named) {
			const value = figures.values[metric] ?? null;
			if (value === null)
				verdicts.push({
					budget,
					metric,
					value,
					status: 'missing',
					reason: figures.missing[metric] ?? `missing: ${metric} was not measured`
				});
			else verdicts.push({ budget, metric, value, status: holds(budget, value) ? 'pass' : 'fail' });
		}
	}
	return verdicts;
}

/**
 * Whether a run fails: any broken budget does; a figure not measured does too unless
 * `missingFails` is false (the bytes run checks what exists).
 */
export function failed(verdicts: readonly Verdict[], missingFails: boolean): boolean {
	return verdicts.some((v) => v.status === 'fail' || (missingFails && v.status === 'missing'));
}

/** The budgets whose figures are in `section` (`bytes`, `phone`, …). */
export function inSection(budgets: readonly Budget[], sections: readonly string[]): Budget[] {
	return budgets.filter((b) => sections.includes(b.metric.split(':')[0] ?? ''));
}

/** Line and column (1-based) of character `index` in `text`. */
export function lineColumn(text: string, index: number): { line: number; column: number } {
	const before = text.slice(0, Math.max(0, index));
	const lines = before.split('\n');
	return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Where JSON.parse stopped: from its message, or else from TypeScript's JSON parser. */
function syntaxErrorAt(text: string, message: string): number {
	const at = /position (\d+)/.exec(message)?.[1];
	if (at) return Number(at);
	return ts.parseConfigFileTextToJson('budgets.json', text).error?.start ?? 0;
}

/**
 * Reads the budgets file's text. Bad input throws `file:line:column: what is wrong; how to fix it`.
 */
export function parseBudgets(text: string, file: string): Budget[] {
	const fail = (index: number, message: string): never => {
		const { line, column } = lineColumn(text, index);
		throw new Error(`${file}:${line}:${column}: ${message}`);
	};
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		const message = (error instanceof Error ? error.message : String(error)).replace(
			/, "[\s\S]*" is not valid JSON$/,
			''
		);
		return fail(syntaxErrorAt(text, message), `${message}; fix the JSON syntax`);
	}
	const list = (json as { budgets?: unknown } | null)?.budgets;
	if (!Array.isArray(list))
		return fail(
			0,
			'no "budgets" list; write { "budgets": [ { "metric": …, "max": …, "unit": …, "label": … } ] }'
		);
	const budgets: Budget[] = [];
	let from = Math.max(0, text.indexOf('"budgets"'));
	for (const [i, entry] of list.entries()) {
		// Point errors at the entry: the next `{` after the previous entry.
		const at = text.indexOf('{', from);
		from = at + 1;
		const e = (entry ?? {}) as Record<string, unknown>;
		const where = `budgets[${i}]`;
		if (typeof e.metric !== 'string' || e.metric.split(':').length !== 3)
			fail(
				at,
				`${where}: "metric" must name a figure as "section:subject:name", e.g. "bytes:/:js"`
			);
		if (typeof e.unit !== 'string' || !Object.hasOwn(UNITS, e.unit))
			fail(at, `${where}: "unit" must be one of ${Object.keys(UNITS).join(', ')}`);
		if (typeof e.label !== 'string' || e.label === '')
			fail(
				at,
				`${where}: "label" is missing; say what the budget stands for, e.g. "/ first load JS"`
			);
		for (const key of ['max', 'min'] as const)
			if (e[key] !== undefined && (typeof e[key] !== 'number' || !Number.isFinite(e[key])))
				fail(at, `${where}: "${key}" must be a number`);
		if (e.max === undefined && e.min === undefined)
			fail(at, `${where}: give a limit, "max" or "min" (a number in ${String(e.unit)})`);
		budgets.push(e as unknown as Budget);
	}
	return budgets;
}
