/**
 * Defaults every chart shares: the locale and number formats a reader sees, colours (theme
 * tokens, so light and dark themes follow), and type sizes of build-time SVGs.
 */

import { LOCALE } from '$lib/locale';

export { LOCALE };

/** Colours as theme tokens (src/lib/styles/theme.css), usable as Plot fills and strokes. */
export const COLORS = {
	/** NATO, its members and their totals. */
	nato: 'var(--nato)',
	/** A light NATO tint: NATO's own figures beside SIPRI's, the members other than the US. */
	natoLight: 'color-mix(in srgb, var(--nato) 32%, var(--bg))',
	/** Text on a solid NATO fill (the page background, so it contrasts in both themes). */
	onNato: 'var(--bg)',
	/** The world, or the rest of the world beside NATO. */
	world: 'var(--world)',
	/** A claim being checked and the values that exceed it. */
	accent: 'var(--accent)',
	/** A light accent tint: the claimed amount as a bar. */
	accentLight: 'color-mix(in srgb, var(--accent) 35%, var(--bg))',
	/** The track of a bar whose full length is the world total. */
	worldTrack: 'color-mix(in srgb, var(--world) 28%, var(--bg))',
	/** Text and axes. */
	fg: 'var(--fg)',
	/** Secondary text (notes, axis labels). */
	muted: 'var(--muted)',
	/** Grid lines and rules. */
	rule: 'var(--rule)',
	/** The page background (halos behind labels). */
	bg: 'var(--bg)'
} as const;

/** Font size of chart text in SVG user units at the design width (the graphic never shrinks below it). */
export const CHART_FONT_SIZE = 13;

/** Line height of multi-line chart labels, in ems. */
export const CHART_LINE_HEIGHT = 1.2;

const whole = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(LOCALE, {
	minimumFractionDigits: 1,
	maximumFractionDigits: 1
});
const percent = (digits: number) =>
	new Intl.NumberFormat(LOCALE, {
		style: 'percent',
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	});
const percents = [percent(0), percent(1)];
const plainYear = new Intl.NumberFormat(LOCALE, { useGrouping: false, maximumFractionDigits: 0 });
const dollars = new Intl.NumberFormat(LOCALE, {
	style: 'currency',
	currency: 'USD',
	currencyDisplay: 'narrowSymbol',
	minimumFractionDigits: 1,
	maximumFractionDigits: 1
});
const wholeDollars = new Intl.NumberFormat(LOCALE, {
	style: 'currency',
	currency: 'USD',
	currencyDisplay: 'narrowSymbol',
	maximumFractionDigits: 0
});

/** A year as written: 2019 (no grouping). */
export function formatYear(year: number): string {
	return plainYear.format(year);
}

/** A count: 1,234. */
export function formatCount(n: number): string {
	return whole.format(n);
}

/** Millions of US$ as billions with one decimal: `1917000` → "$1,917.0 bn". */
export function formatUsdBillions(usdMillions: number): string {
	return `${dollars.format(usdMillions / 1000)} bn`;
}

/** Millions of US$ as whole billions: `1917000` → "$1,917 bn". */
export function formatUsdBillionsShort(usdMillions: number): string {
	return `${wholeDollars.format(usdMillions / 1000)} bn`;
}

/** Billions (already divided) for axis ticks: `1500` → "1,500". */
export function formatBillionsTick(usdBillions: number): string {
	return whole.format(usdBillions);
}

/** A fraction as a percentage: `0.5400` → "54.0%" (or "54%" with `digits` 0). */
export function formatPercent(fraction: number, digits: 0 | 1 = 1): string {
	return percents[digits]!.format(fraction);
}

/** A number with one decimal: "0.9". */
export function formatOneDecimal(n: number): string {
	return oneDecimal.format(n);
}
