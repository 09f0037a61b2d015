/**
 * The map's two frames: Europe and the North Atlantic (the main map), and North America as an
 * inset over the open Atlantic west of Ireland. Each projection is fitted on a chosen lon/lat
 * extent, not on the countries, so far territories (French Guiana, Réunion, Hawaii) cannot skew
 * the fit; everything outside a frame's box is clipped away.
 */
import { geoAzimuthalEqualArea, geoConicEqualArea, type GeoProjection } from 'd3';
import type { MultiPoint, Polygon } from 'geojson';

/** Width of the map's viewBox in map units; the height follows from the main frame's extent. */
export const MAP_WIDTH = 1000;

export type FrameName = 'main' | 'inset';

export interface MapFrame {
	name: FrameName;
	/** The frame's rectangle in map units: [[x0, y0], [x1, y1]]. */
	box: [[number, number], [number, number]];
	/** The frame's projection, fitted and clipped to `box`. */
	projection: GeoProjection;
}

/** A lon/lat rectangle as a polygon whose edges follow parallels and meridians (sampled every degree). */
export function lonLatBox(west: number, south: number, east: number, north: number): Polygon {
	const ring: [number, number][] = [];
	for (let x = west; x < east; x++) ring.push([x, south]);
	for (let y = south; y < north; y++) ring.push([east, y]);
	for (let x = east; x > west; x--) ring.push([x, north]);
	for (let y = north; y > south; y--) ring.push([west, y]);
	ring.push([west, south]);
	// Clockwise on the sphere (d3's convention for a small polygon).
	return { type: 'Polygon', coordinates: [ring.reverse()] };
}

/** Europe from Iceland to the Caspian, the North Cape to Crete: the main map's fit extent. */
export const MAIN_EXTENT = lonLatBox(-24, 34, 50, 71.5);
/**
 * Canada and the United States, with Alaska and without Hawaii: the inset's fit extent, as the
 * outermost points of their mainland and Arctic islands (Cape Prince of Wales, Point Barrow,
 * Ellesmere Island, Cape Spear, Key West, San Diego, Cape Mendocino).
 */
export const INSET_EXTENT: MultiPoint = {
	type: 'MultiPoint',
	coordinates: [
		[-168, 65.6],
		[-156.8, 71.4],
		[-70, 83],
		[-52.6, 47.5],
		[-81.8, 24.5],
		[-117.1, 32.5],
		[-124.4, 40.4]
	]
};

/** The main frame: Lambert azimuthal equal-area centred on 12°E 54°N, `MAP_WIDTH` wide. */
export function mainFrame(width = MAP_WIDTH): MapFrame {
	const projection = geoAzimuthalEqualArea().rotate([-12, -54]).fitWidth(width, MAIN_EXTENT);
	const [, [, bottom]] = boundsOf(projection, MAIN_EXTENT);
	const height = Math.ceil(bottom);
	projection.clipExtent([
		[0, 0],
		[width, height]
	]);
	return {
		name: 'main',
		box: [
			[0, 0],
			[width, height]
		],
		projection
	};
}

/** Where the inset sits in the main frame, as fractions of the main frame's width and height. */
export const INSET_PLACE = { left: 0.008, top: 0.225, width: 0.235, height: 0.3 };

/** The inset frame: North America in an equal-area conic, inside `INSET_PLACE` of the main frame. */
export function insetFrame(main: MapFrame): MapFrame {
	const [[,], [w, h]] = main.box;
	const x0 = round(INSET_PLACE.left * w);
	const y0 = round(INSET_PLACE.top * h);
	const x1 = round(x0 + INSET_PLACE.width * w);
	const y1 = round(y0 + INSET_PLACE.height * h);
	const pad = 4;
	const projection = geoConicEqualArea()
		.parallels([40, 65])
		.rotate([100, 0])
		.fitExtent(
			[
				[x0 + pad, y0 + pad],
				[x1 - pad, y1 - pad]
			],
			INSET_EXTENT
		)
		.clipExtent([
			[x0, y0],
			[x1, y1]
		]);
	return {
		name: 'inset',
		box: [
			[x0, y0],
			[x1, y1]
		],
		projection
	};
}

function boundsOf(
	projection: GeoProjection,
	polygon: Polygon
): [[number, number], [number, number]] {
	let x0 = Infinity;
	let y0 = Infinity;
	let x1 = -Infinity;
	let y1 = -Infinity;
	for (const p of polygon.coordinates[0]!) {
		const q = projection(p as [number, number]);
		if (!q) continue;
		x0 = Math.min(x0, q[0]);
		y0 = Math.min(y0, q[1]);
		x1 = Math.max(x1, q[0]);
		y1 = Math.max(y1, q[1]);
	}
	return [
		[x0, y0],
		[x1, y1]
	];
}

const round = (n: number) => Math.round(n);
