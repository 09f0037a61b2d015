/**
 * Divided Germany from the Länder (`data/geo/germany-laender*.topojson`, Natural Earth admin-1):
 * the GDR as the union of the five eastern Länder, Berlin and single Länder (the Saarland) apart,
 * and the inner-German border as a mesh. Draw them over world-atlas Germany, clipped to its outline.
 */
import { merge, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { MultiLineString, MultiPolygon } from 'geojson';

/** The Länder object of the topology, checked. */
export function laenderOf(topology: Topology): GeometryCollection<LandProperties> {
	const object = topology.objects.laender as GeometryCollection<LandProperties> | undefined;
	if (!object || object.type !== 'GeometryCollection') {
		throw new RangeError('germany: the Länder topology has no geometry collection "laender"');
	}
	return object;
}

/** The properties every Land carries (see data/geo sources). */
export interface LandProperties {
	name: string;
	iso_3166_2: string;
	/** `FRG`, `GDR`, or `Berlin` (the divided city). */
	side_1949_1990: 'FRG' | 'GDR' | 'Berlin';
}

/** A Land's properties (empty when the file lacks them, which fails the lookups below). */
export const landProps = (g: GeometryObject<LandProperties>): Partial<LandProperties> =>
	(g.properties ?? {}) as Partial<LandProperties>;
const side = (g: GeometryObject<LandProperties>) => landProps(g).side_1949_1990;
const code = (g: GeometryObject<LandProperties>) => landProps(g).iso_3166_2;

/** The GDR without Berlin: the Länder on the `GDR` side, merged. */
export function gdrShape(topology: Topology): MultiPolygon {
	return merge(topology, laenderOf(topology).geometries.filter((g) => side(g) === 'GDR') as never);
}

/** One Land by its ISO 3166-2 code (e.g. `DE-BE`, `DE-SL`); throws for an unknown code. */
export function landShape(topology: Topology, iso: string): MultiPolygon {
	const land = laenderOf(topology).geometries.filter((g) => code(g) === iso);
	if (land.length === 0) throw new RangeError(`germany: no Land with code ${iso}`);
	return merge(topology, land as never);
}

/** The inner-German border: where a Land on the `FRG` side meets one on the other. */
export function innerGermanBorder(topology: Topology): MultiLineString {
	const west = (g: GeometryObject<LandProperties>) => side(g) === 'FRG';
	return mesh(
		topology,
		laenderOf(topology) as never,
		(a, b) => a !== b && west(a as never) !== west(b as never)
	);
}

/** The outline of one Land (its borders with every neighbour and the coast). */
export function landOutline(topology: Topology, iso: string): MultiLineString {
	const is = (g: GeometryObject<LandProperties>) => code(g) === iso;
	return mesh(
		topology,
		laenderOf(topology) as never,
		(a, b) => is(a as never) !== is(b as never) || (a === b && is(a as never))
	);
}
