/**
 * Lengths of the land borders between the features of a TopoJSON object, in one pass over its
 * arcs: an arc used by two different features is a stretch of their common border (the same arcs
 * `topojson.mesh(topology, object, (a, b) => a !== b)` returns). Lengths are geodesic on a sphere.
 */
import { geoLength } from 'd3';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { pairKey } from './pair-key';
import { decodeArcs } from './simplify';

/** The mean Earth radius (IUGG R1) in km, by which `geoLength`'s radians become km. */
export const EARTH_RADIUS_KM = 6371.0088;

/** The arc indices a geometry uses (each once, direction ignored). */
export function arcsOf(geometry: GeometryObject): Set<number> {
	const found = new Set<number>();
	const walk = (node: unknown): void => {
		if (typeof node === 'number') found.add(node < 0 ? ~node : node);
		else if (Array.isArray(node)) for (const child of node) walk(child);
	};
	if ('arcs' in geometry) walk(geometry.arcs);
	return found;
}

/**
 * The length in km of the shared border of every pair of features with an id in
 * `topology.objects[name]`, keyed by `pairKey(a, b)`. Features without an id are left out.
 */
export function sharedBorderLengths(topology: Topology, name: string): Map<string, number> {
	const object = topology.objects[name] as GeometryCollection | undefined;
	if (!object || object.type !== 'GeometryCollection') {
		throw new RangeError(`shared-borders: the topology has no geometry collection "${name}"`);
	}
	const users = new Map<number, Set<string>>();
	for (const geometry of object.geometries) {
		if (geometry.id === undefined) continue;
		for (const arc of arcsOf(geometry)) {
			const set = users.get(arc) ?? new Set<string>();
			set.add(String(geometry.id));
			users.set(arc, set);
		}
	}
	const arcs = decodeArcs(topology);
	const lengths = new Map<string, number>();
	for (const [arc, ids] of users) {
		if (ids.size !== 2) continue;
		const [a, b] = [...ids] as [string, string];
		const km = geoLength({ type: 'LineString', coordinates: arcs[arc]! }) * EARTH_RADIUS_KM;
		lengths.set(pairKey(a, b), (lengths.get(pairKey(a, b)) ?? 0) + km);
	}
	return lengths;
}
