/** A state a figure holds, as the embed reads it from the prerendered panels. */
export interface StateOption {
	key: string;
	/** First day the state holds (dated charts only). */
	from?: string;
}

/** The state asked for by the URL, and warnings for values that could not be used. */
export interface StateChoice {
	key: string;
	warnings: string[];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Picks a figure's state from `?step=`, `?date=` or `?year=` (in that order of precedence).
 * A date picks the last state that starts on or before it; a year means its last day.
 * Anything unusable falls back to `fallback` with a warning.
 */
export function chooseState(
	options: readonly StateOption[],
	params: URLSearchParams,
	fallback: string
): StateChoice {
	const warnings: string[] = [];
	const step = params.get('step');
	if (step !== null) {
		if (options.some((o) => o.key === step)) return { key: step, warnings };
		warnings.push(
			`unknown step ${JSON.stringify(step)}; the steps are ${options.map((o) => o.key).join(', ')}`
		);
	}
	let date: string | null = null;
	const dateParam = params.get('date');
	const yearParam = params.get('year');
	if (dateParam !== null) {
		if (isDate(dateParam)) date = dateParam;
		else warnings.push(`date ${JSON.stringify(dateParam)} is not a date written YYYY-MM-DD`);
	} else if (yearParam !== null) {
		if (/^\d{4}$/.test(yearParam)) date = `${yearParam}-12-31`;
		else warnings.push(`year ${JSON.stringify(yearParam)} is not a four-digit year`);
	}
	if (date !== null) {
		const dated = options.filter((o) => o.from !== undefined && o.from <= date!);
		const last = dated[dated.length - 1];
		if (last) return { key: last.key, warnings };
		warnings.push(
			`${date} is before the first state (${options.find((o) => o.from)?.from ?? 'none dated'})`
		);
	}
	return { key: fallback, warnings };
}

function isDate(value: string): boolean {
	const m = DATE.exec(value);
	if (!m) return false;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return (
		d.getUTCFullYear() === Number(m[1]) &&
		d.getUTCMonth() === Number(m[2]) - 1 &&
		d.getUTCDate() === Number(m[3])
	);
}
