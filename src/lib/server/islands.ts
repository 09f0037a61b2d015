/**
 * Static islands: markup built at build time (map geometry, Plot SVGs) that the server puts into
 * an empty element `<tag data-island="chart/name"></tag>` after rendering. Svelte neither
 * serializes it into page data nor touches it when hydrating, so the browser gets it once, in the HTML.
 */

import type { ChartState } from '$lib/charts/model';
import { TABLE_ISLAND, tableHtml } from '$lib/charts/tables';

/** Builds the markup of one island of a chart from its name (the part after `chart/`). */
export type IslandBuilder = (name: string) => string;

const builders = new Map<string, IslandBuilder>();
const cache = new Map<string, string>();

/**
 * Registers the island builder of a chart; islands are keyed `chart/name`. With `states`, the
 * islands `chart/table/<key>` are the data tables of those states (see charts/tables.ts).
 */
export function defineIslands(
	chart: string,
	build: IslandBuilder,
	states?: () => readonly ChartState[]
): void {
	builders.set(chart, (name) => {
		if (!states || !name.startsWith(TABLE_ISLAND)) return build(name);
		const key = name.slice(TABLE_ISLAND.length);
		const state = states().find((s) => s.key === key);
		if (!state)
			throw new Error(
				`${chart}: no state "${key}" for the table island "${name}"; the states are ${states()
					.map((s) => s.key)
					.join(', ')}`
			);
		return tableHtml(state.table);
	});
}

/** The markup of island `key`; throws for an unknown chart so a typo fails the build. */
export function islandMarkup(key: string): string {
	const hit = cache.get(key);
	if (hit !== undefined) return hit;
	const slash = key.indexOf('/');
	const build = builders.get(key.slice(0, slash));
	if (slash < 0 || !build)
		throw new Error(`islands: no builder for "${key}"; register it with defineIslands()`);
	const markup = build(key.slice(slash + 1));
	cache.set(key, markup);
	return markup;
}

const EMPTY_ISLAND = /(<([a-z]+)\b[^>]*?\sdata-island="([^"]+)"[^>]*>)(<\/\2>)/g;

/** Fills every empty island element in `html` with its markup. */
export function fillIslands(html: string): string {
	return html.replace(
		EMPTY_ISLAND,
		(_all, open: string, _tag, key: string, close: string) => open + islandMarkup(key) + close
	);
}
