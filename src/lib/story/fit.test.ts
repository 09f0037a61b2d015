import { describe, expect, it } from 'vitest';
import { fitHeight } from './fit';

// A chart 727 high whose map is 480 × 330 (aspect 1.4545): 397 px of title, legend and footer.
const chart = { height: 727, drawingWidth: 480, drawingHeight: 330, aspect: 480 / 330 };

describe('fitHeight', () => {
	it('fitHeight(box, available, min) is undefined when the chart fits', () => {
		expect(fitHeight(chart, 727, 130)).toBeUndefined();
		expect(fitHeight(chart, 800, 130)).toBeUndefined();
	});

	it('fitHeight takes the overflow from the drawing’s height', () => {
		expect(fitHeight(chart, 676, 130)).toBe(330 - 51);
	});

	it('fitHeight turns the height into a limit at the aspect the chart’s CSS uses', () => {
		// A square drawing (the spending chart's compact size) whose CSS assumes 4:3: 336 px high
		// needs a limit of 336 × 1 / (4/3) = 252 to become 336 px wide, so 336 high.
		const square = { height: 728, drawingWidth: 448, drawingHeight: 448, aspect: 4 / 3 };
		expect(fitHeight(square, 616, 130)).toBe(252);
	});

	it('fitHeight stops at the lowest height allowed', () => {
		expect(fitHeight(chart, 400, 130)).toBe(130);
		expect(fitHeight({ ...chart, drawingHeight: 130 }, 400, 130)).toBeUndefined();
	});

	it('fitHeight leaves a chart without a drawing as it is', () => {
		expect(fitHeight({ ...chart, drawingWidth: 0, drawingHeight: 0 }, 600, 130)).toBeUndefined();
	});
});
