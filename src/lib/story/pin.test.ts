import { describe, expect, it } from 'vitest';
import { pinOffset } from './pin';

// A layout from y = 500 to 5500 holding an 800 px graphic.
const layout = { top: 500, bottom: 5500 };

describe('pinOffset', () => {
	it.each([
		['above the layout', 0, 0],
		['at its top', 500, 0],
		['inside it', 1700.4, 1200],
		['at the last place the graphic fits', 4700, 4200],
		['below the layout', 9000, 4200]
	])(
		'pinOffset(band with top %s) keeps the graphic in the band and the layout',
		(_, top, offset) => {
			expect(pinOffset({ top, height: 800 }, layout, 800)).toBe(offset);
		}
	);

	it('pinOffset(band, layout, height) is 0 when the graphic is taller than its layout', () => {
		expect(pinOffset({ top: 2000, height: 800 }, { top: 500, bottom: 900 }, 800)).toBe(0);
	});
});
