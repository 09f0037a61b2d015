/**
 * The membership map's geometry, built once at build time: world-atlas countries (50m) simplified
 * and projected for each frame, written as compact SVG paths in a fixed viewBox, with the shapes
 * and lines the states switch on and off (divided Germany, the borders inside former states such
 * as the Soviet Union and Yugoslavia, the Soviet outline, the border with Russia pair by pair).
 * Every shape carries a `data-*` key that the generated state CSS targets.
 */
import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection } from 'geojson';
import { insetFrame, mainFrame, type MapFrame } from './frames';
import {
	gdrShape,
	innerGermanBorder,
	landOutline,
	landProps,
	landShape,
	laenderOf
} from './germany';
import { labelPoint } from './label-point';
import { pairKey } from './pair-key';
import { simplifyTopology } from './simplify';
import { PathWriter } from './svg-path';

/** What to build; ids are world-atlas country ids. */
export interface MapGeometryInput {
	/** world-atlas countries-50m (object `countries`). */
	world: Topology;
	/** The German Länder (object `laender`), at about 1:50m. */
	laender: Topology;
	/** Countries that get a path of their own (every other country is merged into plain land). */
	ids: ReadonlySet<string>;
	/** Former states drawn as one while they exist: code → ids of their parts (for `outlined`). */
	unions: ReadonlyMap<string, readonly string[]>;
	/** Unions whose outline is drawn while they exist (the Soviet Union). */
	outlined: readonly string[];
	/**
	 * Borders inside former states, drawn apart so that states can switch them: `pairKey(a, b)` of
	 * two ids → the `data-line` their border is drawn in. Every other border is always drawn.
	 */
	innerBorders: ReadonlyMap<string, string>;
	/** Pairs of ids whose common border is drawn apart (NATO members and Russia / Soviet republics). */
	pairs: readonly (readonly [string, string])[];
	/** Shapes drawn over Germany while it is divided: `DDR` (the GDR without Berlin) or a Land code (`DE-BE`, `DE-SL`). */
	overlays: readonly string[];
	/** Overlays whose outline is drawn while they are apart (the Saarland). */
	outlinedOverlays: readonly string[];
	/** Id of the country the overlays are clipped to (Germany, `276`). */
	clipTo: string;
	/** Extra label points: key → Länder codes whose union to label (e.g. West Germany). */
	laenderLabels?: Readonly<Record<string, readonly string[]>>;
	/** Grid step of path coordinates (map units); default 0.5. */
	step?: number;
	/** Simplification threshold (map units²); default 1. */
	minArea?: number;
}

/** A label or marker point in map units. */
export interface MapPoint {
	x: number;
	y: number;
	frame: MapFrame['name'];
}

export interface MapGeometry {
	width: number;
	height: number;
	/** The SVG children (one `<g>` per frame), to go into an `<svg viewBox="0 0 width height">`. */
	markup: string;
	/** Label points of each drawn id, overlay, union and extra label, by key. */
	points: Map<string, MapPoint>;
	/** Area (map units²) of each id and overlay inside the main frame. */
	areas: Map<string, number>;
	/** The inset's box in map units. */
	inset: [[number, number], [number, number]];
}

type Geo = GeometryObject<{ name?: string }>;

/** The CSS class names and data attributes of the markup (shared with the CSS generator). */
export const SHAPE = {
	sea: 'mm-sea',
	land: 'mm-land',
	country: 'mm-c',
	overlay: 'mm-o',
	borders: 'mm-b',
	/** A line switched by state (union internals, inner-German border, outlines). */
	line: 'mm-l',
	outline: 'mm-u',
	russia: 'mm-r',
	frame: 'mm-f'
} as const;

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Builds the map's geometry (see `MapGeometryInput`). */
export function buildMapGeometry(input: MapGeometryInput): MapGeometry {
	const { step = 0.5, minArea = 1 } = input;
	const main = mainFrame();
	const inset = insetFrame(main);
	const [, [width, height]] = main.box;
	const points = new Map<string, MapPoint>();
	const areas = new Map<string, number>();
	const groups: string[] = [];

	const countries = input.world.objects.countries as GeometryCollection<{ name?: string }>;
	if (!countries) throw new RangeError('map-geometry: world topology has no "countries" object');
	const id = (g: Geo) => (g.id === undefined ? undefined : String(g.id));
	const lineOf = (a: unknown, b: unknown) =>
		input.innerBorders.get(pairKey(id(a as Geo) ?? '', id(b as Geo) ?? ''));
	const lines = [...new Set(input.innerBorders.values())];

	for (const frame of [main, inset]) {
		const projection = frame.projection;
		const world = simplifyTopology(input.world, (p) => projection(p), minArea);
		const object = world.objects.countries as GeometryCollection<{ name?: string }>;
		const draw = (o: GeoPermissibleObjects) => {
			const writer = new PathWriter({ step });
			geoPath(projection, writer as never)(o);
			return writer.result();
		};
		const parts: string[] = [];
		const [[x0, y0], [x1, y1]] = frame.box;
		parts.push(
			`<rect class="${SHAPE.sea}" x="${x0}" y="${y0}" width="${x1 - x0}" height="${y1 - y0}"/>`
		);

		const plain = object.geometries.filter((g) => !input.ids.has(id(g) ?? ''));
		const land = draw(merge(world, plain as never));
		if (land) parts.push(`<path class="${SHAPE.land}" d="${land}"/>`);

		const features = (feature(world, object as never) as unknown as FeatureCollection).features;
		for (const f of features) {
			const key = f.id === undefined ? undefined : String(f.id);
			if (key === undefined || !input.ids.has(key)) continue;
			const d = draw(f);
			if (!d) continue;
			const ref = frame === main && key === input.clipTo ? ` id="mm-c-${attr(key)}"` : '';
			parts.push(`<path class="${SHAPE.country}"${ref} data-id="${attr(key)}" d="${d}"/>`);
			if (!points.has(key)) {
				const p = labelPoint(projection, f);
				if (p) points.set(key, { x: p[0], y: p[1], frame: frame.name });
			}
			if (frame === main) areas.set(key, geoPath(projection).area(f as Feature));
		}

		if (frame === main) parts.push(...germany(input, projection, draw, points, areas));

		const borders = draw(
			mesh(world, object as never, (a, b) => a !== b && lineOf(a, b) === undefined)
		);
		parts.push(`<path class="${SHAPE.borders}" d="${borders}"/>`);

		if (frame === main) {
			for (const line of lines) {
				const inner = draw(
					mesh(world, object as never, (a, b) => a !== b && lineOf(a, b) === line)
				);
				if (inner)
					parts.push(`<path class="${SHAPE.line}" data-line="${attr(line)}" d="${inner}"/>`);
			}
			for (const [code, ids] of input.unions) {
				const inUnion = (g: unknown) => ids.includes(id(g as Geo) ?? '');
				if (input.outlined.includes(code)) {
					const outline = draw(
						mesh(world, object as never, (a, b) =>
							a === b ? inUnion(a) : inUnion(a) !== inUnion(b)
						)
					);
					parts.push(
						`<path class="${SHAPE.outline}" data-outline="${attr(code)}" d="${outline}"/>`
					);
					const members = object.geometries.filter((g) => inUnion(g));
					const p = labelPoint(projection, merge(world, members as never));
					if (p) points.set(code, { x: p[0], y: p[1], frame: frame.name });
				}
			}
			for (const [a, b] of input.pairs) {
				const line = draw(
					mesh(world, object as never, (g, h) => {
						const [i, j] = [id(g as Geo), id(h as Geo)];
						return (i === a && j === b) || (i === b && j === a);
					})
				);
				if (line)
					parts.push(`<path class="${SHAPE.russia}" data-pair="${pairKey(a, b)}" d="${line}"/>`);
			}
		} else {
			parts.push(
				`<rect class="${SHAPE.frame}" x="${x0}" y="${y0}" width="${x1 - x0}" height="${y1 - y0}"/>`
			);
		}
		groups.push(`<g data-frame="${frame.name}">${parts.join('')}</g>`);
	}
	return { width, height, markup: groups.join(''), points, areas, inset: inset.box };
}

/** Divided Germany over world-atlas Germany, clipped to Germany's outline (a `<use>` of its path). */
function germany(
	input: MapGeometryInput,
	projection: GeoProjection,
	draw: (o: GeoPermissibleObjects) => string,
	points: Map<string, MapPoint>,
	areas: Map<string, number>
): string[] {
	if (input.overlays.length === 0) return [];
	const laender = simplifyTopology(input.laender, (p) => projection(p), 0.25);
	const clipId = `mm-clip-${input.clipTo}`;
	const shapes: string[] = [];
	for (const code of input.overlays) {
		const shape = code === 'DDR' ? gdrShape(laender) : landShape(laender, code);
		const d = draw(shape);
		if (!d) continue;
		shapes.push(
			`<path class="${SHAPE.overlay}" data-id="${attr(code)}" data-overlay="${attr(code)}" d="${d}"/>`
		);
		const p = labelPoint(projection, shape);
		if (p) points.set(code, { x: p[0], y: p[1], frame: 'main' });
		areas.set(code, geoPath(projection).area(shape));
	}
	for (const [key, codes] of Object.entries(input.laenderLabels ?? {})) {
		const lands = laenderOf(laender).geometries.filter((g) =>
			codes.includes(landProps(g).iso_3166_2 ?? '')
		);
		const p = labelPoint(projection, merge(laender, lands as never));
		if (p) points.set(key, { x: p[0], y: p[1], frame: 'main' });
	}
	const lines = [
		`<path class="${SHAPE.line}" data-line="DDR" d="${draw(innerGermanBorder(laender))}"/>`
	];
	for (const code of input.outlinedOverlays) {
		lines.push(
			`<path class="${SHAPE.line}" data-line="${attr(code)}" d="${draw(landOutline(laender, code))}"/>`
		);
	}
	return [
		`<clipPath id="${clipId}"><use href="#mm-c-${input.clipTo}"/></clipPath>`,
		`<g clip-path="url(#${clipId})">${shapes.join('')}${lines.join('')}</g>`
	];
}
