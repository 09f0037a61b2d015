/** The names of the map's static islands (`membership-map/<name>`), filled by the server. */
export const ISLANDS = {
	/** The SVG geometry, inside the map's `<svg>`. */
	map: 'map',
	/** HTML labels and markers over the SVG. */
	overlay: 'overlay',
	/** The generated stylesheet (base and per-state rules). */
	style: 'style'
} as const;

/** The full island key of a name (`membership-map/map`). */
export const islandKey = (name: (typeof ISLANDS)[keyof typeof ISLANDS]) => `membership-map/${name}`;
