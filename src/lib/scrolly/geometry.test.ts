import { describe, expect, it } from 'vitest';
import {
	activeIndex,
	read,
	settled,
	speed,
	stepProgress,
	triggerLine,
	type Reading,
	type Span
} from './geometry';

/** Three steps 100 px tall, one after the other, the first starting at `top`. */
const stacked = (top: number): Span[] => [0, 1, 2].map((i) => span(top + i * 100, 100));
const span = (top: number, height: number): Span => ({ top, bottom: top + height });

describe('triggerLine(band, offset)', () => {
	it.each([
		[{ top: 0, height: 800 }, 0.5, 400],
		[{ top: 0, height: 800 }, 0, 0],
		[{ top: 0, height: 800 }, 1, 800],
		[{ top: 250, height: 600 }, 0.5, 550],
		[{ top: 0, height: 800 }, 1.5, 800],
		[{ top: 0, height: 800 }, -1, 0]
	])('triggerLine(%o, %d) is %d', (band, offset, line) => {
		expect(triggerLine(band, offset)).toBe(line);
	});
});

describe('activeIndex(steps, trigger)', () => {
	it.each([
		['above the first step', stacked(500), 400, -1],
		['on the first top', stacked(400), 400, 0],
		['inside the first', stacked(350), 400, 0],
		['on the boundary of two steps', stacked(300), 400, 1],
		['inside the last', stacked(150), 400, 2],
		['below the last (page scrolled past the story)', stacked(-1000), 400, 2],
		['in the gap between steps', [span(0, 100), span(500, 100)], 300, 0],
		['no steps', [], 400, -1]
	])('%s', (_case, steps, trigger, index) => {
		expect(activeIndex(steps, trigger)).toBe(index);
	});

	it('activeIndex skips steps that take no room (not displayed)', () => {
		const steps = [span(0, 100), { top: 0, bottom: 0 }, span(100, 100)];
		expect(activeIndex(steps, 50)).toBe(0);
		expect(activeIndex(steps, 150)).toBe(2);
	});

	it('activeIndex is the same at any zoom: boxes and line scale together', () => {
		for (const zoom of [0.5, 0.8, 1, 1.25, 2]) {
			const steps = stacked(320).map((s) => ({ top: s.top * zoom, bottom: s.bottom * zoom }));
			expect(activeIndex(steps, 450 * zoom)).toBe(1);
		}
	});
});

describe('stepProgress(step, trigger)', () => {
	it.each([
		[span(0, 200), 0, 0],
		[span(0, 200), 50, 0.25],
		[span(0, 200), 200, 1],
		[span(0, 200), -10, 0],
		[span(0, 200), 900, 1],
		[{ top: 10, bottom: 10 }, 10, 0]
	])('stepProgress(%o, %d) is %d', (step, trigger, progress) => {
		expect(stepProgress(step, trigger)).toBe(progress);
	});
});

describe('read(steps, band, offset, time)', () => {
	it('read gives the active step, its progress and the line measured from the first step', () => {
		const reading = read(stacked(300), { top: 0, height: 800 }, 0.5, 16);
		expect(reading).toEqual({ index: 1, progress: 0, position: 100, height: 800, time: 16 });
	});

	it('read gives index -1 and progress 0 above the story', () => {
		const reading = read(stacked(1000), { top: 0, height: 800 }, 0.5, 0);
		expect(reading.index).toBe(-1);
		expect(reading.progress).toBe(0);
		expect(reading.position).toBe(-600);
	});

	it('read uses a band set by a host page (story in an iframe scrolled 2000 px down)', () => {
		const reading = read(stacked(2300), { top: 2000, height: 600 }, 0.5, 0);
		expect(reading.index).toBe(0);
		expect(reading.progress).toBe(0);
	});
});

describe('speed(before, after) and settled(before, after, maxSpeed)', () => {
	const at = (position: number, time: number): Reading => ({
		index: 0,
		progress: 0,
		position,
		height: 800,
		time
	});

	it.each([
		['standing still', at(100, 0), at(100, 16), 0],
		['one band height in a second', at(0, 0), at(800, 1000), 1],
		['half a band height in 100 ms, backwards', at(400, 0), at(0, 100), 5],
		['a jump within no time', at(0, 16), at(8000, 16), Infinity]
	])('speed: %s', (_case, before, after, expected) => {
		expect(speed(before, after)).toBe(expected);
	});

	it.each([
		['the first reading', undefined, at(0, 0), false, true],
		['a slow scroll', at(0, 0), at(40, 16), false, true],
		['a fling (10 band heights a second)', at(0, 0), at(133, 16), false, false],
		['a jump to the end', at(0, 0), at(9000, 16), false, false],
		['rest after a jump', at(9000, 16), at(9000, 33), true, true],
		['a change after a pause: no speed known yet', at(0, 0), at(50, 5000), false, false],
		['the frame after it, moving slowly', at(50, 5000), at(52, 5016), true, true],
		['slow frames in a row (200 ms each), page at rest', at(50, 5000), at(50, 5200), true, true]
	])('settled: %s', (_case, before, after, consecutive, expected) => {
		expect(settled(before, after, 4, consecutive)).toBe(expected);
	});
});
