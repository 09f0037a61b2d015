/**
 * Observable Plot options for each state of the spending chart at each size. Pure: the server
 * renders them with a DOM of its own (src/lib/server/defence-spending.ts); no Plot in the browser.
 * Labels are placed from estimated text widths; the browser tests check that none overlap.
 */
import * as Plot from '@observablehq/plot';
import { nice, ticks } from 'd3';
import {
	CHART_FONT_SIZE,
	CHART_LINE_HEIGHT,
	COLORS,
	formatBillionsTick,
	formatPercent,
	formatYear
} from '../defaults';
import type {
	ComparisonFigures,
	ShareFigures,
	SpendingFigures,
	StateId,
	UsShareFigures,
	WorldFigures,
	YearValue
} from './figures';
import { axisNote, comparisonRows, DRAWING_WORDS, rangesOf, shareNote } from './text';
import { yearTicks, type ChartSize } from './sizes';

/** The class of every SVG the chart renders (styled once, in DefenceSpending.svelte). */
export const PLOT_CLASS = 'ds-plot';

/** Height of one line of chart text, in px. */
export const LINE = CHART_FONT_SIZE * CHART_LINE_HEIGHT;

/** Sizes narrower than this get the short labels. */
const COMPACT_BELOW = 400;

/** Width of `text` (its longest line) in px, estimated for Noto Sans bold; generous, so labels keep clear. */
export function textWidth(text: string, fontSize = CHART_FONT_SIZE): number {
	let widest = 0;
	for (const line of text.split('\n')) {
		let ems = 0;
		for (const ch of line)
			ems += /[ .,:;!|il'’()]/.test(ch) ? 0.3 : /[A-Zmw%$—–]/.test(ch) ? 0.8 : 0.62;
		widest = Math.max(widest, ems * fontSize);
	}
	return widest;
}

/** The first of `candidates` (longest first) whose widest line fits `width` px; else the last. */
export function fitting(candidates: readonly string[], width: number): string {
	return candidates.find((c) => textWidth(c) <= width) ?? candidates[candidates.length - 1]!;
}

/** A round axis from 0 past `value`, and its ticks: d3's `nice` and `ticks`, about `count` of them. */
export function valueScale(value: number, count: number): { max: number; ticks: number[] } {
	const [, max] = nice(0, value, count);
	return { max, ticks: ticks(0, max, count) };
}

/** Plot area width in px. */
const innerWidth = (size: ChartSize) => size.width - size.margin.left - size.margin.right;

/** How many years a label `px` wide covers on a time axis from `first` to `last`. */
function yearsSpanned(px: number, first: number, last: number, size: ChartSize): number {
	return (px / innerWidth(size)) * (last - first);
}

/** The largest (or smallest) value over [from, to] (years), skipping gaps. */
function extremeOver(
	values: readonly YearValue[],
	from: number,
	to: number,
	pick: 'max' | 'min'
): number {
	const inRange = values
		.filter((v) => v.year >= Math.floor(from) && v.year <= Math.ceil(to) && v.value !== null)
		.map((v) => v.value!);
	return pick === 'max' ? Math.max(...inRange) : Math.min(...inRange);
}

const billions = (v: YearValue) => (v.value === null ? NaN : v.value / 1000);
/** A background-coloured outline that keeps a label legible over lines. */
const halo = { stroke: COLORS.bg, strokeWidth: 4, paintOrder: 'stroke' } as const;

/** Size and margins; the left margin fits the widest of `tickLabels` when given. */
function plotBox(size: ChartSize, tickLabels: readonly string[] = []): Plot.PlotOptions {
	const widest = Math.max(0, ...tickLabels.map((t) => textWidth(t)));
	return {
		width: size.width,
		height: size.height,
		marginTop: size.margin.top,
		marginRight: size.margin.right,
		marginBottom: size.margin.bottom,
		marginLeft: tickLabels.length ? Math.ceil(widest) + 10 : size.margin.left,
		className: PLOT_CLASS
	};
}

function yearAxis(first: number, last: number, size: ChartSize): Plot.ScaleOptions {
	return {
		domain: [first, last],
		ticks: yearTicks(first, last, size.yearStep),
		tickFormat: formatYear,
		label: null
	};
}

function valueAxis(max: number, ticks: number[], format: (v: number) => string): Plot.ScaleOptions {
	return { domain: [0, max], ticks, tickFormat: format, tickSize: 0, label: null, grid: true };
}

/** The y-axis title, written above the axis at the top left. */
function axisTitle(text: string, frame: Plot.PlotOptions): Plot.Markish {
	return Plot.text([text], {
		frameAnchor: 'top-left',
		dx: -frame.marginLeft! + 1,
		dy: -frame.marginTop! + 4,
		lineAnchor: 'top',
		textAnchor: 'start',
		fill: COLORS.muted
	});
}

/** `world`: the world total as a line with a gap where SIPRI has none, NATO's part as an area. */
export function worldPlot(f: WorldFigures, size: ChartSize): Plot.PlotOptions {
	const first = f.world[0]!.year;
	const last = f.world[f.world.length - 1]!.year;
	const { max, ticks } = valueScale(Math.max(...f.world.map(billions).filter(Number.isFinite)), 3);
	const compact = size.width < COMPACT_BELOW;
	const lastWorld = f.world[f.world.length - 1]!;
	const natoLabel = 'NATO members';
	const natoFrom = first + 1;
	const natoTo = natoFrom + yearsSpanned(textWidth(natoLabel), first, last, size);
	const natoLow = extremeOver(f.nato, natoFrom, natoTo, 'min') / 1000;
	const gap = f.gaps[0];
	const gapLabel = gap === undefined ? '' : DRAWING_WORDS.noWorldTotal(gap);
	const gapTop =
		gap === undefined
			? 0
			: extremeOver(
					f.world,
					gap - 1,
					gap + yearsSpanned(textWidth(gapLabel), first, last, size),
					'max'
				) / 1000;
	const box = plotBox(size, ticks.map(formatBillionsTick));
	return {
		...box,
		x: yearAxis(first, last, size),
		y: valueAxis(max, ticks, formatBillionsTick),
		marks: [
			axisTitle(axisNote(f.basis, compact), box),
			Plot.areaY(f.nato, { x: 'year', y: billions, fill: COLORS.nato, fillOpacity: 0.22 }),
			Plot.lineY(f.nato, { x: 'year', y: billions, stroke: COLORS.nato, strokeWidth: 2 }),
			Plot.lineY(f.world, {
				x: 'year',
				y: billions,
				stroke: COLORS.fg,
				strokeWidth: 2.5,
				className: 'ds-world-line'
			}),
			Plot.ruleY([0], { stroke: COLORS.fg }),
			Plot.text([lastWorld], {
				x: 'year',
				y: billions,
				text: () => DRAWING_WORDS.world,
				textAnchor: 'end',
				lineAnchor: 'bottom',
				dy: -8,
				fill: COLORS.fg,
				fontWeight: 'bold',
				...halo
			}),
			Plot.text([{ year: natoFrom, value: natoLow / 2 }], {
				x: 'year',
				y: 'value',
				text: () => natoLabel,
				textAnchor: 'start',
				fill: COLORS.nato,
				fontWeight: 'bold'
			}),
			...(gap === undefined
				? []
				: [
						Plot.text([{ year: gap, value: gapTop }], {
							x: 'year',
							y: 'value',
							text: () => gapLabel,
							textAnchor: 'start',
							lineAnchor: 'bottom',
							lineHeight: CHART_LINE_HEIGHT,
							dy: -10,
							dx: -4,
							fill: COLORS.muted,
							...halo
						})
					])
		]
	};
}

/**
 * The claim's label at the right end of its line: the quote on one line if it clears the labels
 * of the years above the claim, else a shorter one on two lines.
 */
export function claimLabelFitting(
	f: ShareFigures,
	runs: readonly { year: number; text: string }[],
	box: Plot.PlotOptions,
	size: ChartSize
): string {
	const first = f.share[0]!.year;
	const last = f.share[f.share.length - 1]!.year;
	const left = box.marginLeft!;
	const right = size.width - box.marginRight!;
	const xOf = (year: number) => left + ((year - first) / (last - first)) * (right - left);
	const runsEnd = Math.max(left, ...runs.map((r) => xOf(r.year) + textWidth(r.text) / 2));
	const candidates = [...DRAWING_WORDS.claimed(f.quote, f.claim)];
	return (
		candidates.find((c) => right - textWidth(c) > runsEnd + 8) ?? candidates[candidates.length - 1]!
	);
}

/** `share`: NATO's share over time, the claim as a reference line, the years above it marked. */
export function sharePlot(f: ShareFigures, size: ChartSize): Plot.PlotOptions {
	const first = f.share[0]!.year;
	const last = f.share[f.share.length - 1]!.year;
	const compact = size.width < COMPACT_BELOW;
	const values = f.share.flatMap((s) => (s.value === null ? [] : [s.value]));
	const top = Math.ceil((Math.max(f.claim, ...values) + 0.15) * 10) / 10;
	const above = f.share.filter((s) => f.above.includes(s.year));
	const runs = rangesOf(f.above).map((run) => ({
		year: (run.first + run.last) / 2,
		value: Math.max(
			...above.filter((s) => s.year >= run.first && s.year <= run.last).map((s) => s.value!)
		),
		text: run.text
	}));
	const gap = f.gaps[0];
	const beforeGap = gap === undefined ? undefined : f.share.find((s) => s.year === gap - 1);
	const share = (v: YearValue) => (v.value === null ? NaN : v.value);
	const ticks = valueScale(top, 4).ticks.filter((t) => t <= top);
	const tickFormat = (v: number) => formatPercent(v, 0);
	const box = plotBox(size, ticks.map(tickFormat));
	const claimLabel = claimLabelFitting(f, runs, box, size);
	return {
		...box,
		x: yearAxis(first, last, size),
		y: valueAxis(top, ticks, tickFormat),
		marks: [
			axisTitle(shareNote(f.basis, compact), box),
			Plot.ruleY([0], { stroke: COLORS.fg }),
			Plot.ruleY([f.claim], { stroke: COLORS.accent, strokeWidth: 2, strokeDasharray: '6 4' }),
			Plot.text([f.claim], {
				y: (d: number) => d,
				frameAnchor: 'right',
				textAnchor: 'end',
				lineAnchor: 'bottom',
				dy: -6,
				text: () => claimLabel,
				lineHeight: CHART_LINE_HEIGHT,
				fill: COLORS.fg,
				fontWeight: 'bold',
				...halo
			}),
			Plot.lineY(f.share, { x: 'year', y: share, stroke: COLORS.nato, strokeWidth: 2.5 }),
			Plot.dot(above, {
				x: 'year',
				y: share,
				r: compact ? 3.5 : 4.5,
				fill: COLORS.accent,
				className: 'ds-above-claim'
			}),
			Plot.text(runs, {
				x: 'year',
				y: 'value',
				text: 'text',
				lineAnchor: 'bottom',
				dy: -8,
				fill: COLORS.fg,
				fontWeight: 'bold',
				...halo
			}),
			Plot.dot([f.claimYear], {
				x: 'year',
				y: 'share',
				r: compact ? 3.5 : 4.5,
				fill: COLORS.nato,
				stroke: COLORS.bg
			}),
			Plot.text([f.claimYear], {
				x: 'year',
				y: 'share',
				text: (d: { year: number; share: number }) =>
					`${formatYear(d.year)}: ${formatPercent(d.share)}`,
				textAnchor: 'end',
				lineAnchor: 'top',
				dy: 10,
				fill: COLORS.nato,
				fontWeight: 'bold',
				...halo
			}),
			...(gap !== undefined && beforeGap?.value != null
				? [
						Plot.text([{ year: gap, value: beforeGap.value }], {
							x: 'year',
							y: 'value',
							text: () => DRAWING_WORDS.noShare(gap),
							textAnchor: 'start',
							lineAnchor: 'top',
							lineHeight: CHART_LINE_HEIGHT,
							dy: 14,
							dx: -4,
							fill: COLORS.muted,
							...halo
						})
					]
				: [])
		]
	};
}

/** Vertical positions (px from the top of the plot area) of the comparison chart's rows. */
export interface ComparisonLayout {
	/** Each row: the baseline of its label's last line, and its bar's top and bottom. */
	rows: { baseline: number; top: number; bottom: number }[];
	/** The height all of it takes. */
	height: number;
}

/**
 * Stacks a note and rows (label lines above a bar) from the top: bars as tall as the height
 * allows up to `maxBar` px, what is left spread between the rows up to `maxGap`, the rest below.
 */
export function comparisonLayout(
	noteLines: number,
	labelLines: readonly number[],
	available: number,
	maxBar = 4 * LINE,
	maxGap = 2.5 * LINE
): ComparisonLayout {
	const minGap = LINE * 0.9;
	const labels = labelLines.reduce((s, n) => s + n * LINE + 4, 0);
	const fixed = noteLines * LINE + labels + minGap * labelLines.length;
	const bar = Math.max(0, Math.min(maxBar, (available - fixed) / labelLines.length));
	const spare = Math.max(0, available - fixed - bar * labelLines.length) / labelLines.length;
	const gap = Math.min(maxGap, minGap + spare);
	let y = noteLines * LINE;
	const rows = labelLines.map((lines) => {
		y += gap + lines * LINE;
		const row = { baseline: y, top: y + 4, bottom: y + 4 + bar };
		y = row.bottom;
		return row;
	});
	return { rows, height: y };
}

/**
 * `claim-2019`, `latest`: three bars on one scale, each as long as SIPRI's world total: the claimed
 * share, NATO's members (SIPRI) with the rest of the world, and NATO's own figure against the world.
 */
export function comparisonPlot(f: ComparisonFigures, size: ChartSize): Plot.PlotOptions {
	const margin = { top: 6, right: 2, bottom: 6, left: 2 };
	const width = size.width - margin.left - margin.right;
	const pad = 8;
	const words = comparisonRows(f);
	const text = {
		...words,
		note: fitting(words.note, width),
		claimLabel: fitting(words.claimLabel, width),
		sipriLabel: fitting(words.sipriLabel, width),
		officialLabel: fitting(words.officialLabel, width),
		restInside: fitting(words.restInside, (1 - f.share) * width - 2 * pad)
	};
	const official = f.official;
	const rows = [
		{
			label: text.claimLabel,
			fill: COLORS.accentLight,
			stroke: COLORS.accent,
			value: f.claim * f.world,
			inside: text.claimInside,
			solid: false
		},
		{
			label: text.sipriLabel,
			fill: COLORS.nato,
			stroke: 'none',
			value: f.nato,
			inside: text.natoInside,
			solid: true
		},
		...(official
			? [
					{
						label: text.officialLabel,
						fill: COLORS.natoLight,
						stroke: COLORS.nato,
						value: official.usdMillions,
						inside: text.officialInside,
						solid: false
					}
				]
			: [])
	];
	const height = size.height - margin.top - margin.bottom;
	const layout = comparisonLayout(
		text.note.split('\n').length,
		rows.map((r) => r.label.split('\n').length),
		height
	);
	const bars = rows.map((r, i) => ({ ...r, ...layout.rows[i]! }));
	const x = (usdMillions: number) => usdMillions / 1000;
	const sipri = bars[1]!;
	// As tall as the rows, where they need less than the size's height: no empty band below.
	const drawn = Math.min(size.height, Math.ceil(margin.top + layout.height + margin.bottom));
	return {
		...plotBox(size),
		height: drawn,
		marginTop: margin.top,
		marginRight: margin.right,
		marginBottom: margin.bottom,
		marginLeft: margin.left,
		x: { domain: [0, x(f.world)], axis: null },
		y: { domain: [0, height], range: [margin.top, size.height - margin.bottom], axis: null },
		marks: [
			Plot.text([text.note], {
				frameAnchor: 'top-left',
				lineAnchor: 'top',
				textAnchor: 'start',
				lineHeight: CHART_LINE_HEIGHT,
				fill: COLORS.muted
			}),
			// Each bar's track is the world total; the rest of the world is what the fill leaves.
			Plot.rect(bars, { x1: 0, x2: x(f.world), y1: 'top', y2: 'bottom', fill: COLORS.worldTrack }),
			// The claim's bar has a dashed outline: an amount said, not spent.
			...[bars.slice(0, 1), bars.slice(1)].map((some, i) =>
				Plot.rect(some, {
					x1: 0,
					x2: (d: (typeof bars)[number]) => x(d.value),
					y1: 'top',
					y2: 'bottom',
					fill: 'fill',
					stroke: 'stroke',
					strokeWidth: 2,
					strokeDasharray: i === 0 ? '6 3' : undefined,
					inset: 1
				})
			),
			Plot.ruleX(bars, {
				x: x(f.claim * f.world),
				y1: 'top',
				y2: 'bottom',
				stroke: COLORS.accent,
				strokeWidth: 2,
				strokeDasharray: '4 3'
			}),
			Plot.text(bars, {
				x: 0,
				y: 'baseline',
				text: 'label',
				textAnchor: 'start',
				lineAnchor: 'bottom',
				lineHeight: CHART_LINE_HEIGHT,
				fill: COLORS.fg,
				fontWeight: 'bold'
			}),
			Plot.text(
				bars.filter((b) => b.solid),
				{
					x: (d) => x(d.value),
					y: (d) => (d.top + d.bottom) / 2,
					text: 'inside',
					textAnchor: 'end',
					dx: -pad,
					lineHeight: CHART_LINE_HEIGHT,
					fill: COLORS.onNato,
					fontWeight: 'bold'
				}
			),
			Plot.text(
				bars.filter((b) => !b.solid),
				{
					x: (d) => x(d.value),
					y: (d) => (d.top + d.bottom) / 2,
					text: 'inside',
					textAnchor: 'end',
					dx: -pad,
					lineHeight: CHART_LINE_HEIGHT,
					fill: COLORS.fg,
					fontWeight: 'bold'
				}
			),
			Plot.text([sipri], {
				x: x(f.world),
				y: (d) => (d.top + d.bottom) / 2,
				text: () => text.restInside,
				textAnchor: 'end',
				dx: -pad,
				lineHeight: CHART_LINE_HEIGHT,
				fill: COLORS.fg
			})
		]
	};
}

/** `us-share`: the United States and the other members, stacked, with the US share marked. */
export function usSharePlot(f: UsShareFigures, size: ChartSize): Plot.PlotOptions {
	const first = f.us[0]!.year;
	const last = f.us[f.us.length - 1]!.year;
	const compact = size.width < COMPACT_BELOW;
	const stack = f.us.map((u, i) => {
		const o = f.others[i]!;
		const us = u.value === null ? NaN : u.value / 1000;
		const others = o.value === null ? NaN : o.value / 1000;
		return { year: u.year, us, total: us + others };
	});
	const totals: YearValue[] = stack.map((s) => ({ year: s.year, value: s.total }));
	const usValues: YearValue[] = stack.map((s) => ({ year: s.year, value: s.us }));
	const { max, ticks } = valueScale(
		Math.max(...totals.flatMap((t) => (Number.isFinite(t.value) ? [t.value!] : []))),
		3
	);
	const othersLabel = DRAWING_WORDS.otherMembers(compact);
	const othersFrom = first + 1;
	const othersTop = extremeOver(
		totals,
		othersFrom,
		othersFrom + yearsSpanned(textWidth(othersLabel), first, last, size),
		'max'
	);
	const usLabel = DRAWING_WORDS.unitedStates;
	const usLow = extremeOver(
		usValues,
		othersFrom,
		othersFrom + yearsSpanned(textWidth(usLabel), first, last, size),
		'min'
	);
	const marks = f.marks.map((m, i) => ({
		year: m.year,
		value: m.us / 1000,
		// The last mark low in the area, the earlier ones higher, so that their labels stay apart.
		y: (m.us / 1000) * (i === f.marks.length - 1 ? 0.22 : 0.6),
		text: DRAWING_WORDS.usShareMark(m.year, m.share)
	}));
	const box = plotBox(size, ticks.map(formatBillionsTick));
	return {
		...box,
		x: yearAxis(first, last, size),
		y: valueAxis(max, ticks, formatBillionsTick),
		marks: [
			axisTitle(axisNote(f.basis, compact), box),
			Plot.areaY(stack, { x: 'year', y1: 'us', y2: 'total', fill: COLORS.natoLight }),
			Plot.areaY(stack, { x: 'year', y1: 0, y2: 'us', fill: COLORS.nato }),
			Plot.ruleY([0], { stroke: COLORS.fg }),
			Plot.dot(marks, {
				x: 'year',
				y: 'value',
				r: 4,
				fill: COLORS.onNato,
				stroke: COLORS.nato,
				strokeWidth: 2
			}),
			Plot.ruleX(marks, { x: 'year', y1: 'y', y2: 'value', stroke: COLORS.onNato, strokeWidth: 1 }),
			Plot.text(marks, {
				x: 'year',
				y: 'y',
				text: 'text',
				textAnchor: 'end',
				lineAnchor: 'middle',
				dx: -5,
				lineHeight: CHART_LINE_HEIGHT,
				fill: COLORS.onNato,
				fontWeight: 'bold'
			}),
			Plot.text([{ year: othersFrom, value: usLow / 2 }], {
				x: 'year',
				y: 'value',
				text: () => usLabel,
				textAnchor: 'start',
				fill: COLORS.onNato,
				fontWeight: 'bold'
			}),
			Plot.text([{ year: othersFrom, value: othersTop }], {
				x: 'year',
				y: 'value',
				text: () => othersLabel,
				textAnchor: 'start',
				lineAnchor: 'bottom',
				dy: -6,
				fill: COLORS.fg,
				fontWeight: 'bold',
				...halo
			})
		]
	};
}

/** The Plot options of state `id` at `size`. */
export function statePlot(
	figures: SpendingFigures,
	id: StateId,
	size: ChartSize
): Plot.PlotOptions {
	switch (id) {
		case 'world':
			return worldPlot(figures.world, size);
		case 'share':
			return sharePlot(figures.share, size);
		case 'claim-2019':
			return comparisonPlot(figures['claim-2019'], size);
		case 'us-share':
			return usSharePlot(figures['us-share'], size);
		case 'latest':
			return comparisonPlot(figures.latest, size);
	}
}
