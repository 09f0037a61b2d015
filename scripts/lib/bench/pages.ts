/** Which pages and files of the build the benchmark measures: the story and every chart's embed. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE, parseManifest } from '../../../src/lib/charts/manifest';

/** The story page. */
export const STORY = '/';
/** The host loader a CMS page includes. */
export const HOST_LOADER = '/embed.js';

/** The embed pages of the charts the build's manifest lists (none without a manifest). */
export function chartPages(root: string): string[] {
	const file = join(root, MANIFEST_FILE);
	if (!existsSync(file)) return [];
	return parseManifest(readFileSync(file, 'utf8'), file).charts.map((c) => `/${c.page}`);
}

/** The pages in a build: `/` and every chart's embed page that exists, sorted. */
export function builtPages(root: string): string[] {
	const pages = existsSync(join(root, 'index.html')) ? [STORY] : [];
	for (const page of chartPages(root))
		if (existsSync(join(root, page, 'index.html'))) pages.push(page);
	return pages.sort();
}

/** The story and the charts' embeds; `built` says which exist, `note` what each is. */
export function pagesToMeasure(root: string): { path: string; built: boolean; note: string }[] {
	const built = new Set(builtPages(root));
	const expected = [STORY, ...chartPages(root)];
	return [...new Set([...expected, ...built])].sort().map((path) => ({
		path,
		built: built.has(path),
		note: path === STORY ? 'the story' : `the embed page ${path}`
	}));
}
