import { describe, expect, it } from 'vitest';
import { fitWidth } from './fit';

// A chart 727 high whose map is 480 wide and 330 high: 397 px of title, legend and footer.
const chart = { height: 727, drawingWidth: 480, drawingHeight: 330 };

describe('fitWidth', () => {
	it('fitWidth(box, available, min) is undefined when the chart fits', () => {
		expect(fitWidth(chart, 727, 192)).toBeUndefined();
		expect(fitWidth(chart, 800, 192)).toBeUndefined();
	});

	it('fitWidth takes the overflow from the drawing’s height, times its aspect from its width', () => {
		// 51 px too tall; the drawing is 480/330 wide for its height: 74.2 px narrower, rounded up.
		expect(fitWidth(chart, 676, 192)).toBe(480 - 75);
	});

	it('fitWidth stops at the narrowest width allowed', () => {
		expect(fitWidth(chart, 400, 192)).toBe(192);
		expect(fitWidth({ ...chart, drawingWidth: 192 }, 400, 192)).toBeUndefined();
	});

	it('fitWidth leaves a chart without a drawing as it is', () => {
		expect(fitWidth({ ...chart, drawingWidth: 0, drawingHeight: 0 }, 600, 192)).toBeUndefined();
	});
});
