/**
 * A compact SVG path writer for `d3.geoPath(projection, context)`: snaps every point to a grid of
 * `step` map units, drops repeated points and rings too small to see, and writes each subpath as
 * one absolute move followed by relative lines (`M12 40l3-2 1 5z`). Snapping every point the same
 * way keeps the borders two shapes share identical in both.
 */
export interface PathWriterOptions {
	/** Grid size in map units; default 1. */
	step?: number;
	/** Rings whose area (map units²) is below this are left out; default `step²`. */
	minRingArea?: number;
}

export class PathWriter {
	private readonly step: number;
	private readonly minRingArea: number;
	private parts: string[] = [];
	private points: [number, number][] = [];

	constructor({ step = 1, minRingArea }: PathWriterOptions = {}) {
		this.step = step;
		this.minRingArea = minRingArea ?? step * step;
	}

	moveTo(x: number, y: number): void {
		this.flush(false);
		this.points = [this.snap(x, y)];
	}

	lineTo(x: number, y: number): void {
		const p = this.snap(x, y);
		const last = this.points[this.points.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) this.points.push(p);
	}

	closePath(): void {
		this.flush(true);
	}

	/** Points of `Point` geometries are not drawn. */
	arc(): void {}

	/** The path written so far (an empty string when nothing was visible). */
	result(): string {
		this.flush(false);
		const d = this.parts.join('');
		this.parts = [];
		return d;
	}

	private snap(x: number, y: number): [number, number] {
		return [Math.round(x / this.step), Math.round(y / this.step)];
	}

	private flush(closed: boolean): void {
		const pts = this.points;
		this.points = [];
		if (closed && pts.length > 1) {
			const first = pts[0]!;
			const last = pts[pts.length - 1]!;
			if (first[0] === last[0] && first[1] === last[1]) pts.pop();
		}
		if (pts.length < (closed ? 3 : 2)) return;
		if (closed && Math.abs(ringArea(pts)) * this.step * this.step < this.minRingArea) return;
		const f = (n: number) => format(n * this.step);
		let d = `M${f(pts[0]![0])} ${f(pts[0]![1])}l`;
		for (let i = 1; i < pts.length; i++) {
			const dx = f(pts[i]![0] - pts[i - 1]![0]);
			const dy = f(pts[i]![1] - pts[i - 1]![1]);
			d += (i > 1 && !dx.startsWith('-') ? ' ' : '') + dx + (dy.startsWith('-') ? '' : ' ') + dy;
		}
		this.parts.push(closed ? `${d}z` : d);
	}
}

/** Shoelace area of a ring in grid units² (signed). */
export function ringArea(points: readonly [number, number][]): number {
	let sum = 0;
	for (let i = 0, n = points.length; i < n; i++) {
		const [x0, y0] = points[i]!;
		const [x1, y1] = points[(i + 1) % n]!;
		sum += x0 * y1 - x1 * y0;
	}
	return sum / 2;
}

/** A number with at most 2 decimals and no trailing zeros or leading `0` before the point. */
export function format(n: number): string {
	const s = String(Math.round(n * 100) / 100);
	return s.replace(/^(-?)0\./, '$1.');
}
