/**
 * Keys for world-atlas features that have no id (Kosovo has none): a copy of the topology in
 * which the named features carry a key as their id, so that they are drawn, merged and meshed
 * like any other country.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';

type Named = GeometryCollection<{ name?: string }>;
const nameOf = (g: { properties?: object }) =>
	(g.properties as { name?: string } | undefined)?.name;

function collection(topology: Topology, object: string): Named {
	const found = topology.objects[object] as Named | undefined;
	if (!found?.geometries)
		throw new RangeError(`atlas-keys: the topology has no "${object}" object`);
	return found;
}

/** Each feature's `properties.name` → its id (undefined for a feature without one). */
export function atlasNames(
	topology: Topology,
	object = 'countries'
): Map<string, string | undefined> {
	const names = new Map<string, string | undefined>();
	for (const g of collection(topology, object).geometries) {
		const name = nameOf(g);
		if (name !== undefined) names.set(name, g.id === undefined ? undefined : String(g.id));
	}
	return names;
}

/**
 * The topology with each feature named in `keys` (name → key) given the key as its id. Fails
 * when no feature without an id has the name, or when another feature already has the key.
 */
export function keyFeatures(
	topology: Topology,
	keys: ReadonlyMap<string, string>,
	object = 'countries'
): Topology {
	const geometries = collection(topology, object).geometries;
	const ids = new Set(geometries.flatMap((g) => (g.id === undefined ? [] : [String(g.id)])));
	for (const [name, key] of keys) {
		if (!geometries.some((g) => g.id === undefined && nameOf(g) === name)) {
			throw new RangeError(
				`atlas-keys: world-atlas has no feature "${name}" without an id; check its properties.name, or use the id it has`
			);
		}
		if (ids.has(key)) {
			throw new RangeError(`atlas-keys: the key ${key} of "${name}" is already a world-atlas id`);
		}
	}
	const keyed = geometries.map((g) => {
		const key = g.id === undefined ? keys.get(nameOf(g) ?? '') : undefined;
		return key === undefined ? g : { ...g, id: key };
	});
	return {
		...topology,
		objects: {
			...topology.objects,
			[object]: { ...collection(topology, object), geometries: keyed }
		}
	};
}
