/**
 * Summary statistics for benchmark samples. Every figure the benchmark reports is the median of
 * several runs; frame times are summarised by percentiles.
 */

/** The middle value of `values` (the mean of the two middle ones for an even count); NaN if empty. */
export function median(values: readonly number[]): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The `p`-th percentile (0–100) of `values` by the nearest-rank method: the smallest value that
 * at least p% of the values are at or below. So it is always one of the samples; NaN if empty.
 */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return NaN;
	if (p < 0 || p > 100) throw new RangeError(`bench: percentile ${p} is not within 0–100`);
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[rank - 1]!;
}

/**
 * The median of each key over several runs' records, e.g. `medianOf([{lcp: 1}, {lcp: 3}, {lcp: 2}])`
 * is `{lcp: 2}`. A run that lacks a key (or has null) is left out for that key; a key no run has
 * is null.
 */
export function medianOf(
	runs: readonly Readonly<Record<string, number | null | undefined>>[]
): Record<string, number | null> {
	const keys = new Set(runs.flatMap((run) => Object.keys(run)));
	const out: Record<string, number | null> = {};
	for (const key of keys) {
		const values = runs
			.map((run) => run[key])
			.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
		out[key] = values.length ? median(values) : null;
	}
	return out;
}
