import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { withInlineHashes } from '$lib/server/csp';
import { fillIslands, hoistComponentStyles, islandPage } from '$lib/server/islands';
import { preloadFirst } from '$lib/server/preload';
import { registerIslands } from '$lib/server/page-islands';

registerIslands();

export const handle: Handle = ({ event, resolve }) => {
	const page = islandPage(event.url.pathname.slice(base.length));
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			withInlineHashes(hoistComponentStyles(fillIslands(html, page))),
		preload: preloadFirst
	});
};
