import { describe, expect, it } from 'vitest';
import { format, PathWriter, ringArea } from './svg-path';

function ring(writer: PathWriter, points: [number, number][]) {
	writer.moveTo(...points[0]!);
	for (const p of points.slice(1)) writer.lineTo(...p);
	writer.closePath();
}

describe('PathWriter', () => {
	it('writes one absolute move and relative lines per ring', () => {
		const w = new PathWriter();
		ring(w, [
			[10, 20],
			[13, 18],
			[14, 23]
		]);
		expect(w.result()).toBe('M10 20l3-2 1 5z');
	});

	it('snaps to the grid and drops the points that snap onto the last one', () => {
		const w = new PathWriter({ step: 0.5 });
		ring(w, [
			[10.1, 20.2],
			[10.2, 20.1],
			[12.74, 20],
			[12, 24.26]
		]);
		expect(w.result()).toBe('M10 20l2.5 0-.5 4.5z');
	});

	it('leaves out rings smaller than minRingArea and rings with fewer than three points', () => {
		const w = new PathWriter({ minRingArea: 2 });
		ring(w, [
			[0, 0],
			[1, 0],
			[0, 1]
		]);
		ring(w, [
			[5, 5],
			[5.2, 5.1],
			[5, 5.3]
		]);
		ring(w, [
			[0, 0],
			[4, 0],
			[0, 4]
		]);
		expect(w.result()).toBe('M0 0l4 0-4 4z');
	});

	it('writes open lines (meshes) without closing them', () => {
		const w = new PathWriter();
		w.moveTo(0, 0);
		w.lineTo(5, 0);
		w.moveTo(10, 10);
		w.lineTo(10, 12);
		expect(w.result()).toBe('M0 0l5 0M10 10l0 2');
	});

	it('returns an empty string when nothing was drawn', () => {
		expect(new PathWriter().result()).toBe('');
	});
});

describe('format and ringArea', () => {
	it.each([
		[0.5, '.5'],
		[-0.5, '-.5'],
		[12, '12'],
		[1.256, '1.26'],
		[-3.1, '-3.1']
	])('format(%f) is "%s"', (n, text) => {
		expect(format(n)).toBe(text);
	});

	it('ringArea is signed by orientation', () => {
		const square: [number, number][] = [
			[0, 0],
			[2, 0],
			[2, 2],
			[0, 2]
		];
		expect(ringArea(square)).toBe(4);
		expect(ringArea([...square].reverse())).toBe(-4);
	});
});
