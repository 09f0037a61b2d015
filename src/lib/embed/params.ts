import { dateProblem } from '$lib/data/fields';

/** A state a figure holds, as the embed reads it from the prerendered panels. */
export interface StateOption {
	key: string;
	/** First day the state holds (dated charts only). */
	from?: string;
	/** The state's heading, e.g. "4 April 1949: 12 members". */
	label?: string;
}

/** The state asked for by the URL, and warnings for values that could not be used. */
export interface StateChoice {
	key: string;
	warnings: string[];
	/** For the reader, in the chart: why it shows another state than the URL asked for. */
	notice?: string;
}

/** What the chart tells its reader when the URL asks for a day before its first state. */
export function beforeFirstNotice(asked: string, first: StateOption): string {
	return `${asked} is before the chart's first state, ${first.label ?? first.from}. It shows that state.`;
}

/** The query parameters an embed page reads; any other is ignored without a word. */
export const EMBED_PARAMS = ['step', 'date', 'year', 'theme', 'plain', 'transparent'] as const;
export type EmbedParam = (typeof EMBED_PARAMS)[number];

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** How an embed looks, from `?theme=`, `?plain=` and `?transparent=`. */
export interface EmbedFlags {
	/** Colour theme (the page's `data-theme`). */
	theme: Theme;
	/** Leave out the header and the footer (title, source: still there for screen readers). */
	plain: boolean;
	/** No page background, for hosts that set their own. */
	transparent: boolean;
}

export const FLAG_DEFAULTS: Readonly<EmbedFlags> = {
	theme: 'light',
	plain: false,
	transparent: false
};

/** A value quoted for a warning, cut short so a hostile URL cannot flood the console. */
export function quote(value: string): string {
	return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/**
 * The embed parameters in a query string, each at most once: a parameter given twice is
 * ambiguous, so it is dropped (its default holds) with one warning.
 */
export function readParams(search: string): { params: URLSearchParams; warnings: string[] } {
	const all = new URLSearchParams(search);
	const params = new URLSearchParams();
	const warnings: string[] = [];
	for (const name of EMBED_PARAMS) {
		const values = all.getAll(name);
		if (values.length === 1) params.set(name, values[0]!);
		else if (values.length > 1)
			warnings.push(`${name} is given ${values.length} times; using the default`);
	}
	return { params, warnings };
}

const ON = ['1', 'true', ''];
const OFF = ['0', 'false'];

/** The look of an embed from its parameters; anything unusable keeps its default, with a warning. */
export function readFlags(params: URLSearchParams): { flags: EmbedFlags; warnings: string[] } {
	const flags: EmbedFlags = { ...FLAG_DEFAULTS };
	const warnings: string[] = [];
	const theme = params.get('theme');
	if (theme !== null) {
		if ((THEMES as readonly string[]).includes(theme)) flags.theme = theme as Theme;
		else warnings.push(`theme ${quote(theme)} is not ${THEMES.join(', ')}; using ${flags.theme}`);
	}
	for (const name of ['plain', 'transparent'] as const) {
		const value = params.get(name);
		if (value === null) continue;
		if (ON.includes(value)) flags[name] = true;
		else if (OFF.includes(value)) flags[name] = false;
		else warnings.push(`${name} ${quote(value)} is not 1 or 0; using ${flags[name] ? 1 : 0}`);
	}
	return { flags, warnings };
}

/**
 * Picks a figure's state from `?step=`, `?date=` or `?year=` (in that order of precedence).
 * A date picks the last state that starts on or before it (the first state for a date before
 * them all); a year means its last day. Anything unusable falls back to `fallback` with a warning.
 */
export function chooseState(
	options: readonly StateOption[],
	params: URLSearchParams,
	fallback: string
): StateChoice {
	const warnings: string[] = [];
	const keys = options.map((o) => o.key).join(', ');
	const step = params.get('step');
	if (step !== null) {
		if (options.some((o) => o.key === step)) return { key: step, warnings };
		warnings.push(`unknown step ${quote(step)}; the steps are ${keys}`);
	}
	const dateParam = params.get('date');
	const yearParam = params.get('year');
	const name = dateParam !== null ? 'date' : 'year';
	const value = dateParam ?? yearParam;
	if (value === null) return { key: fallback, warnings };
	const dated = options
		.filter((o): o is Required<StateOption> => o.from !== undefined)
		.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
	const first = dated[0];
	if (!first) {
		warnings.push(
			`this chart's states are not dated, so ?${name}= does not apply; use ?step= with one of ${keys}`
		);
		return { key: fallback, warnings };
	}
	let day: string | null = null;
	if (name === 'year') {
		if (/^\d{4}$/.test(value)) day = `${value}-12-31`;
		else warnings.push(`year ${quote(value)} is not a four-digit year`);
	} else {
		const problem = dateProblem(value);
		if (problem === null) day = value;
		else if (problem === 'no such day') warnings.push(`${value} is not a day of the calendar`);
		else warnings.push(`date ${quote(value)} is not a date written YYYY-MM-DD`);
	}
	if (day === null) return { key: fallback, warnings };
	const on = day;
	const holding = dated.filter((o) => o.from <= on);
	const last = holding[holding.length - 1];
	if (last) return { key: last.key, warnings };
	warnings.push(`${value} is before the first state (${first.from})`);
	return { key: first.key, warnings, notice: beforeFirstNotice(value, first) };
}
