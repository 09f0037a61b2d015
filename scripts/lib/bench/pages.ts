/** Which pages and files of the build the benchmark measures. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The story page. */
export const STORY = '/';
/** The host loader a CMS page includes. */
export const HOST_LOADER = '/embed.js';

/** Pages the project must have, with the issue that builds each (for "not measured" notes). */
export const EXPECTED_PAGES: Record<string, string> = {
	'/': 'the story, issue 4',
	'/embed/membership-map/': 'the membership map embed, issue 2',
	'/embed/defence-spending/': 'the defence spending embed, issue 3'
};

/** The pages in a build: `/` and every `/embed/<chart>/`, sorted. */
export function builtPages(root: string): string[] {
	const pages: string[] = [];
	if (existsSync(join(root, 'index.html'))) pages.push('/');
	const embeds = join(root, 'embed');
	if (existsSync(embeds))
		for (const entry of readdirSync(embeds, { withFileTypes: true }))
			if (entry.isDirectory() && existsSync(join(embeds, entry.name, 'index.html')))
				pages.push(`/embed/${entry.name}/`);
	return pages.sort();
}

/** The expected pages and any other built ones; `built` says which exist. */
export function pagesToMeasure(root: string): { path: string; built: boolean; note: string }[] {
	const built = new Set(builtPages(root));
	const all = [...new Set([...Object.keys(EXPECTED_PAGES), ...built])].sort();
	return all.map((path) => ({
		path,
		built: built.has(path),
		note: Object.hasOwn(EXPECTED_PAGES, path) ? EXPECTED_PAGES[path]! : 'an embed page'
	}));
}
