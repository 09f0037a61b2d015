/**
 * Static islands: markup built at build time (map geometry, Plot SVGs, the story's charts and
 * tables) that the server puts into an empty element `<tag data-island="chart/name"></tag>` after
 * rendering. Svelte neither serializes it into page data nor touches it when hydrating, so the
 * browser gets it once, in the HTML.
 */

/** The page an island is filled in: `assets` is the relative path to the site's root ('.', '../..'). */
export interface IslandPage {
	assets: string;
}

/** Builds the markup of one island of a chart from its name (the part after `chart/`). */
export type IslandBuilder = (name: string, page: IslandPage) => string;

/** The site's root page. */
const ROOT: IslandPage = { assets: '.' };

const builders = new Map<string, IslandBuilder>();
const cache = new Map<string, string>();

/** Registers the island builder of a chart; islands are keyed `chart/name`. */
export function defineIslands(chart: string, build: IslandBuilder): void {
	builders.set(chart, build);
}

/** The markup of island `key`; throws for an unknown chart so a typo fails the build. */
export function islandMarkup(key: string, page: IslandPage = ROOT): string {
	const cached = `${key} ${page.assets}`;
	const hit = cache.get(cached);
	if (hit !== undefined) return hit;
	const slash = key.indexOf('/');
	const build = builders.get(key.slice(0, slash));
	if (slash < 0 || !build)
		throw new Error(`islands: no builder for "${key}"; register it with defineIslands()`);
	const markup = build(key.slice(slash + 1), page);
	cache.set(cached, markup);
	return markup;
}

const EMPTY_ISLAND = /(<([a-z]+)\b[^>]*?\sdata-island="([^"]+)"[^>]*>)(<\/\2>)/g;

/** The IslandPage of a page's path, as SvelteKit makes its paths relative. */
export function islandPage(pathname: string): IslandPage {
	return {
		assets:
			pathname
				.split('/')
				.slice(2)
				.map(() => '..')
				.join('/') || '.'
	};
}

/** Fills every empty island element in `html` (of `page`) with its markup. */
export function fillIslands(html: string, page: IslandPage = ROOT): string {
	return html.replace(
		EMPTY_ISLAND,
		(_all, open: string, _tag, key: string, close: string) => open + islandMarkup(key, page) + close
	);
}

const COMPONENT_STYLE = /<style id="(svelte-[\w-]+)">[\s\S]*?<\/style>/g;

/**
 * Moves the styles of the components rendered into islands (`<style id="svelte-…">`, Svelte's
 * injected CSS) into the page's head, each once, however many islands carry it.
 */
export function hoistComponentStyles(html: string): string {
	const styles = new Map<string, string>();
	const body = html.replace(COMPONENT_STYLE, (style, id: string) => {
		if (!styles.has(id)) styles.set(id, style);
		return '';
	});
	if (styles.size === 0) return html;
	return body.replace('</head>', () => `${[...styles.values()].join('')}</head>`);
}
