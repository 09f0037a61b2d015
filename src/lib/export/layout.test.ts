import { describe, expect, it } from 'vitest';
import { arrangementFor, ExportError, MIN_GRAPHIC_SCALE, placeParts } from './layout';

const natural = { height: 500, bodyTop: 80, bodyHeight: 360 };

describe('placeParts', () => {
	it('placeParts(natural, width) without a height is the natural height plus padding', () => {
		expect(placeParts(natural, 800, undefined, 16)).toEqual({
			width: 800,
			height: 532,
			header: { x: 16, y: 16 },
			body: { x: 16, y: 96, scale: 1, top: 80 },
			footer: { x: 16, y: 16 }
		});
	});

	it('a taller image centres the graphic and puts the footer at the bottom', () => {
		const place = placeParts(natural, 800, 632, 16);
		expect(place.body).toEqual({ x: 16, y: 146, scale: 1, top: 80 });
		expect(place.footer.y).toBe(116);
	});

	it('a shorter image shrinks the graphic (centred) and keeps header and footer', () => {
		const place = placeParts(natural, 800, 352, 16);
		expect(place.body.scale).toBe(0.5);
		expect(place.body.x).toBe(16 + 768 / 4);
		expect(place.body.y).toBe(96);
		expect(place.footer.y).toBe(16 - 180);
		// The footer's natural top (bodyTop + bodyHeight = 440) lands right under the shrunk graphic.
		expect(place.footer.y + 440).toBe(place.body.y + 360 * 0.5);
	});

	it('placeParts fails when the graphic would shrink below MIN_GRAPHIC_SCALE, naming the least height', () => {
		const least = Math.ceil(532 - 360 * (1 - MIN_GRAPHIC_SCALE));
		expect(() => placeParts(natural, 800, least - 1, 16)).toThrow(ExportError);
		expect(() => placeParts(natural, 800, least - 1, 16)).toThrow(
			`use a height of at least ${least} px`
		);
		expect(placeParts(natural, 800, least, 16).body.scale).toBeCloseTo(MIN_GRAPHIC_SCALE, 2);
	});
});

describe('arrangementFor(width, height)', () => {
	it.each([
		[1200, 675, 'beside'],
		[2160, 1620, 'stacked'],
		[1080, 1080, 'stacked'],
		[1080, 1920, 'stacked'],
		[800, undefined, 'stacked']
	] as const)('arrangementFor(%d, %s) is %s', (width, height, arrangement) => {
		expect(arrangementFor(width, height)).toBe(arrangement);
	});
});
