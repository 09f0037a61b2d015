import { describe, expect, it } from 'vitest';
import { renderPlot, spendingSources } from '$lib/server/defence-spending';
import { spendingFigures, STATE_IDS } from './figures';
import {
	claimLabelFitting,
	comparisonLayout,
	fitting,
	LINE,
	PLOT_CLASS,
	statePlot,
	textWidth,
	valueScale
} from './plots';
import { SIZES } from './sizes';

const figures = spendingFigures(spendingSources());

describe('valueScale(value, count)', () => {
	it.each([
		[2676.5, 3, 3000, [0, 1000, 2000, 3000]],
		[1457.8, 3, 1500, [0, 500, 1000, 1500]],
		[0.9, 4, 1, [0, 0.2, 0.4, 0.6, 0.8, 1]]
	])('valueScale(%d, %d) runs to %d with ticks %j', (value, count, max, ticks) =>
		expect(valueScale(value, count)).toEqual({ max, ticks })
	);
});

describe('textWidth(text)', () => {
	it('grows with the text and measures the longest line', () => {
		expect(textWidth('World')).toBeGreaterThan(textWidth('Wo'));
		expect(textWidth('No world total\nfor 1991')).toBe(textWidth('No world total'));
	});
});

describe('comparisonLayout(noteLines, labelLines, available)', () => {
	it.each([
		[2, [1, 1, 2], 308],
		[1, [1, 1, 1], 348],
		[1, [1, 1, 1], 488]
	])('notes %d, labels %j in %d px: rows in order, apart, inside', (note, labels, available) => {
		const { rows, height } = comparisonLayout(note, labels, available);
		expect(height).toBeLessThanOrEqual(available + 1e-9);
		let above = note * LINE;
		rows.forEach((row, i) => {
			// The label's lines sit between what is above and the bar.
			expect(row.baseline - labels[i]! * LINE).toBeGreaterThanOrEqual(above);
			expect(row.top).toBeGreaterThan(row.baseline);
			expect(row.bottom - row.top).toBeGreaterThanOrEqual(2 * LINE);
			above = row.bottom;
		});
	});
});

describe('claimLabelFitting(figures, runs, box, size)', () => {
	const f = figures.share;
	const box = { marginLeft: 40, marginRight: 14 };
	it('gives the whole quote where there is room', () => {
		expect(claimLabelFitting(f, [], box, SIZES.at(-1)!)).toBe(`Claimed: ${f.quote}`);
	});
	it('falls back to two short lines when the years above the claim reach the right', () => {
		const runs = [{ year: f.share.at(-1)!.year - 8, text: '2003–2005' }];
		expect(claimLabelFitting(f, runs, box, SIZES[0]!)).toBe('Claimed:\nmore than 70%');
	});
});

describe('statePlot(figures, state, size) rendered', () => {
	for (const id of STATE_IDS)
		for (const size of SIZES)
			it(`${id} at ${size.name}: one SVG of the size's viewBox, classed ${PLOT_CLASS}`, () => {
				const svg = renderPlot(statePlot(figures, id, size));
				const [, w, h] = /^<svg[^>]* viewBox="0 0 (\d+) (\d+)"/.exec(svg)!;
				expect(Number(w)).toBe(size.width);
				// A comparison is as tall as its rows, at most the size's height; the others are the size.
				if (id === 'claim-2019' || id === 'latest')
					expect(Number(h)).toBeLessThanOrEqual(size.height);
				else expect(Number(h)).toBe(size.height);
				expect(svg).toContain(`class="${PLOT_CLASS}"`);
				expect(svg).not.toContain('<style>');
				expect(svg).not.toMatch(/NaN|undefined/);
			});

	it('claim-2019 and latest: no empty band below the last bar', () => {
		for (const id of ['claim-2019', 'latest'] as const)
			for (const size of SIZES) {
				const svg = renderPlot(statePlot(figures, id, size));
				const height = Number(/^<svg[^>]* viewBox="0 0 \d+ (\d+)"/.exec(svg)![1]);
				const attr = (tag: string, name: string) =>
					Number(new RegExp(` ${name}="([\\d.]+)"`).exec(tag)![1]);
				const bottoms = (svg.match(/<rect [^>]*>/g) ?? []).map(
					(tag) => attr(tag, 'y') + attr(tag, 'height')
				);
				expect(height - Math.max(...bottoms), `${id} at ${size.name}`).toBeLessThanOrEqual(8);
			}
	});

	it('world: the world line breaks at 1991 (two segments), never drawn through it', () => {
		const svg = renderPlot(statePlot(figures, 'world', SIZES[0]!));
		const world = /<g [^>]*class="ds-world-line"[^>]*><path d="([^"]+)"/.exec(svg)![1]!;
		expect(world.match(/M/g)).toHaveLength(2);
	});

	it('share: one accent dot per year above the claim', () => {
		const svg = renderPlot(statePlot(figures, 'share', SIZES[1]!));
		const dots = svg.match(/<g [^>]*class="ds-above-claim"[^>]*>(.*?)<\/g>/)![1]!;
		expect(dots.match(/<circle/g)).toHaveLength(figures.share.above.length);
	});
});

describe('fitting(candidates, width)', () => {
	it('takes the first that fits, else the last', () => {
		const long = 'a much longer label than the other one';
		expect(fitting([long, 'short'], 1000)).toBe(long);
		expect(fitting([long, 'short'], textWidth('short'))).toBe('short');
		expect(fitting([long, 'short'], 1)).toBe('short');
	});
});
