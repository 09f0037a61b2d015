import { describe, expect, it } from 'vitest';
import {
	elementKey,
	labelBox,
	LABEL_TIERS,
	labelSize,
	placeLabels,
	type LabelCandidate
} from './labels';

const tier = LABEL_TIERS.find((t) => t.name === 's')!;
const space = { width: 1000, height: 600, avoid: [] };
const label = (
	key: string,
	x: number,
	y: number,
	priority: number,
	extra: Partial<LabelCandidate> = {}
) => ({
	key,
	text: key,
	x,
	y,
	priority,
	marker: false,
	...extra
});

describe('placeLabels', () => {
	it('placeLabels keeps the label of higher priority on its point and moves the other beside it', () => {
		const placed = placeLabels(
			[label('Low', 500, 300, 1), label('High', 505, 302, 2)],
			tier,
			space
		);
		expect(placed).toEqual([
			{ key: 'High', side: 'c', short: false },
			{ key: 'Low', side: 't', short: false }
		]);
	});

	it('placeLabels leaves out a label with no free place around its point', () => {
		const crowd = [-1, 0, 1].flatMap((i) =>
			[-1, 0, 1].map((j) => label(`Crowd${i}${j}`, 500 + i * 120, 300 + j * 40, 9))
		);
		const placed = placeLabels([...crowd, label('Last', 500, 300, 0)], tier, space);
		expect(placed.find((p) => p.key === 'Last')).toBeUndefined();
	});

	it('placeLabels keeps both where they are apart', () => {
		const placed = placeLabels([label('A', 200, 300, 1), label('B', 800, 300, 1)], tier, space);
		expect(placed.map((p) => p.key).sort()).toEqual(['A', 'B']);
	});

	it('placeLabels keeps labels inside the frame: beside the point near an edge, none in a corner', () => {
		expect(placeLabels([label('Edge', 2, 300, 1)], tier, space)).toEqual([
			{ key: 'Edge', side: 'r', short: false }
		]);
		expect(placeLabels([label('Corner', 2, 2, 1)], tier, space)).toEqual([]);
	});

	it('placeLabels puts a marker label on the first free side: right, then left, top, bottom', () => {
		const blocker = label('Blocker', 560, 300, 9);
		const placed = placeLabels([blocker, label('Lux', 460, 300, 1, { marker: true })], tier, space);
		expect(placed.find((p) => p.key === 'Blocker')?.side).toBe('c');
		expect(placed.find((p) => p.key === 'Lux')?.side).toBe('l');
	});

	it('placeLabels keeps labels off other labels’ markers', () => {
		const placed = placeLabels(
			[label('Big', 500, 300, 1), label('M', 500, 300, 0, { marker: true, text: 'M' })],
			tier,
			space
		);
		expect(placed.find((p) => p.key === 'Big')?.side).not.toBe('c');
	});

	it('placeLabels keeps labels outside an avoided box, and those inside it within it', () => {
		const avoid = { ...space, avoid: [[0, 0, 300, 300] as [number, number, number, number]] };
		const placed = placeLabels(
			[label('Near', 310, 150, 1), label('Inside', 150, 150, 1), label('Straddling', 290, 150, 1)],
			tier,
			avoid
		);
		const sides = Object.fromEntries(placed.map((p) => [p.key, p.side]));
		// Straddling's point is in the box, and no place keeps its label within it beside Inside's.
		expect(sides).toEqual({ Inside: 'c', Near: 'r' });
	});

	it('placeLabels falls back to the short text where the full one does not fit', () => {
		const narrow = {
			width: 1000,
			height: 600,
			avoid: [[0, 0, 150, 300] as [number, number, number, number]]
		};
		const placed = placeLabels([label('United States', 75, 150, 1, { short: 'US' })], tier, narrow);
		expect(placed).toEqual([{ key: 'United States', side: 'c', short: true }]);
		expect(elementKey(placed[0]!)).toBe('United States:c:short');
	});
});

describe('label sizes', () => {
	it('labelSize grows with the text and the type size', () => {
		expect(labelSize('Germany', 13)[0]).toBeGreaterThan(labelSize('Germany', 11)[0]);
		expect(labelSize('Germany', 11)[0]).toBeGreaterThan(labelSize('Italy', 11)[0]);
	});

	it('labelBox places the box centred on the point, or beside the marker', () => {
		const c = label('Label', 100, 100, 1);
		const [x0, , x1] = labelBox(c, 'c', 12, 1);
		expect((x0 + x1) / 2).toBe(100);
		expect(labelBox(c, 'r', 12, 1)[0]).toBeGreaterThan(100);
		expect(labelBox(c, 'l', 12, 1)[2]).toBeLessThan(100);
	});

	it('LABEL_TIERS cover every width: each tier applies below the next wider one', () => {
		expect(LABEL_TIERS.map((t) => [t.name, t.width, t.below])).toEqual([
			['l', 900, undefined],
			['m', 480, 900],
			['s', 320, 480]
		]);
	});
});
