import type { Topology } from 'topojson-specification';

/** A longitude/latitude pair in degrees. */
export type LonLat = [number, number];

/** Projects a point to planar map units; null (or non-finite) where the projection has no value. */
export type PointProjection = (point: LonLat) => [number, number] | null;

/** The arcs of a topology as absolute lon/lat positions (quantization and delta encoding undone). */
export function decodeArcs(topology: Topology): LonLat[][] {
	const t = topology.transform;
	return topology.arcs.map((arc) => {
		if (!t) return arc.map(([x, y]) => [x!, y!] as LonLat);
		let x = 0;
		let y = 0;
		return arc.map(([dx, dy]) => {
			x += dx!;
			y += dy!;
			return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] as LonLat;
		});
	});
}

/**
 * Visvalingam–Whyatt simplification of one line: drops the points whose effective triangle, in
 * projected units², is smaller than `minArea`. The two ends always stay.
 */
export function simplifyLine(
	points: LonLat[],
	project: PointProjection,
	minArea: number
): LonLat[] {
	const n = points.length;
	if (n <= 2) return points.slice();
	const xy = points.map((p) => {
		const q = project(p);
		return q && Number.isFinite(q[0]) && Number.isFinite(q[1]) ? q : null;
	});
	const prev = Array.from({ length: n }, (_, i) => i - 1);
	const next = Array.from({ length: n }, (_, i) => i + 1);
	const area = new Float64Array(n).fill(Infinity);
	const triangle = (i: number) => {
		const a = xy[prev[i]!];
		const b = xy[i];
		const c = xy[next[i]!];
		if (!a || !b || !c) return Infinity;
		return Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
	};
	const heap = new MinHeap();
	for (let i = 1; i < n - 1; i++) {
		area[i] = triangle(i);
		heap.push(area[i]!, i);
	}
	const removed = new Uint8Array(n);
	let floor = 0;
	while (heap.size > 0) {
		const [key, i] = heap.pop()!;
		if (removed[i] || key !== area[i]) continue;
		if (key >= minArea) break;
		// A point's effective area is never smaller than that of a point removed before it.
		floor = Math.max(floor, area[i]!);
		removed[i] = 1;
		const p = prev[i]!;
		const q = next[i]!;
		next[p] = q;
		prev[q] = p;
		for (const j of [p, q]) {
			if (j <= 0 || j >= n - 1) continue;
			area[j] = Math.max(triangle(j), floor);
			heap.push(area[j]!, j);
		}
	}
	return points.filter((_, i) => !removed[i]);
}

/**
 * A copy of `topology` with every arc simplified for drawing with `project` (see `simplifyLine`).
 * Arcs are simplified once each, so neighbouring shapes keep sharing their borders exactly.
 * The copy is unquantized: its arcs hold absolute lon/lat positions.
 */
export function simplifyTopology(
	topology: Topology,
	project: PointProjection,
	minArea: number
): Topology {
	const arcs = decodeArcs(topology).map((arc) => simplifyLine(arc, project, minArea));
	return { type: 'Topology', objects: topology.objects, arcs, bbox: topology.bbox };
}

/** A binary min-heap of (key, index) pairs; entries made stale by a new key are skipped by the caller. */
class MinHeap {
	private keys: number[] = [];
	private values: number[] = [];

	get size(): number {
		return this.keys.length;
	}

	push(key: number, value: number): void {
		const { keys, values } = this;
		keys.push(key);
		values.push(value);
		let i = keys.length - 1;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (keys[i]! >= keys[parent]!) break;
			this.swap(i, parent);
			i = parent;
		}
	}

	pop(): [number, number] | undefined {
		const { keys, values } = this;
		if (keys.length === 0) return undefined;
		const top: [number, number] = [keys[0]!, values[0]!];
		const lastKey = keys.pop()!;
		const lastValue = values.pop()!;
		if (keys.length > 0) {
			keys[0] = lastKey;
			values[0] = lastValue;
			let i = 0;
			for (;;) {
				const l = 2 * i + 1;
				const r = l + 1;
				let m = i;
				if (l < keys.length && keys[l]! < keys[m]!) m = l;
				if (r < keys.length && keys[r]! < keys[m]!) m = r;
				if (m === i) break;
				this.swap(i, m);
				i = m;
			}
		}
		return top;
	}

	private swap(i: number, j: number): void {
		const { keys, values } = this;
		[keys[i], keys[j]] = [keys[j]!, keys[i]!];
		[values[i], values[j]] = [values[j]!, values[i]!];
	}
}
