/**
 * Where to put a label inside a shape: the point of its largest polygon farthest from the edge
 * (an approximate pole of inaccessibility), in projected map units.
 */
import type { GeoPermissibleObjects, GeoProjection } from 'd3';
import { geoPath } from 'd3';
import { ringArea } from './svg-path';

type Ring = [number, number][];

/** Collects the projected rings d3.geoPath draws (after clipping). */
export class RingCollector {
	rings: Ring[] = [];
	private current: Ring = [];

	moveTo(x: number, y: number): void {
		this.current = [[x, y]];
		this.rings.push(this.current);
	}

	lineTo(x: number, y: number): void {
		this.current.push([x, y]);
	}

	closePath(): void {}

	arc(): void {}
}

/** The projected rings of an object, as drawn in `projection`'s frame. */
export function projectedRings(projection: GeoProjection, object: GeoPermissibleObjects): Ring[] {
	const collector = new RingCollector();
	geoPath(projection, collector as never)(object);
	return collector.rings.filter((r) => r.length >= 3);
}

/** Groups rings into polygons: each outer ring (the larger orientation) with the holes inside it. */
export function largestPolygon(rings: readonly Ring[]): Ring[] {
	if (rings.length === 0) return [];
	const biggest = rings.reduce((a, b) => (Math.abs(ringArea(b)) > Math.abs(ringArea(a)) ? b : a));
	const sign = Math.sign(ringArea(biggest));
	const holes = rings.filter(
		(r) => r !== biggest && Math.sign(ringArea(r)) !== sign && inside(r[0]!, [biggest])
	);
	return [biggest, ...holes];
}

/** Even-odd point-in-polygon test over all rings. */
export function inside([x, y]: [number, number], polygon: readonly Ring[]): boolean {
	let hit = false;
	for (const ring of polygon) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i]!;
			const [xj, yj] = ring[j]!;
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
		}
	}
	return hit;
}

/** Distance from a point to the nearest edge of a polygon. */
export function edgeDistance([x, y]: [number, number], polygon: readonly Ring[]): number {
	let best = Infinity;
	for (const ring of polygon) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [ax, ay] = ring[j]!;
			const [bx, by] = ring[i]!;
			const dx = bx - ax;
			const dy = by - ay;
			const t =
				dx || dy
					? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
					: 0;
			best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
		}
	}
	return best;
}

/**
 * The point inside `polygon` farthest from its edges, found on a grid refined around the best
 * cell until cells are smaller than `precision` map units.
 */
export function poleOfInaccessibility(polygon: readonly Ring[], precision = 0.5): [number, number] {
	const outer = polygon[0];
	if (!outer || outer.length === 0) throw new RangeError('label-point: empty polygon');
	let x0 = Infinity;
	let y0 = Infinity;
	let x1 = -Infinity;
	let y1 = -Infinity;
	for (const [x, y] of outer) {
		x0 = Math.min(x0, x);
		y0 = Math.min(y0, y);
		x1 = Math.max(x1, x);
		y1 = Math.max(y1, y);
	}
	let best: [number, number] = [(x0 + x1) / 2, (y0 + y1) / 2];
	let bestDistance = inside(best, polygon) ? edgeDistance(best, polygon) : -Infinity;
	let cell = Math.max(x1 - x0, y1 - y0) / 16;
	let cx = best[0];
	let cy = best[1];
	let radius = Math.max(x1 - x0, y1 - y0) / 2;
	while (cell > precision) {
		for (let x = cx - radius; x <= cx + radius; x += cell) {
			for (let y = cy - radius; y <= cy + radius; y += cell) {
				const p: [number, number] = [x, y];
				if (!inside(p, polygon)) continue;
				const d = edgeDistance(p, polygon);
				if (d > bestDistance) {
					bestDistance = d;
					best = p;
				}
			}
		}
		[cx, cy] = best;
		radius = cell * 2;
		cell /= 4;
	}
	if (bestDistance === -Infinity) return outer[0]!;
	return best;
}

/** The label point of an object drawn with `projection`, or null when none of it is in the frame. */
export function labelPoint(
	projection: GeoProjection,
	object: GeoPermissibleObjects
): [number, number] | null {
	const polygon = largestPolygon(projectedRings(projection, object));
	return polygon.length > 0 ? poleOfInaccessibility(polygon) : null;
}
