import type { Handle } from '@sveltejs/kit';
import { fillIslands } from '$lib/server/islands';
import { preloadFirst } from '$lib/server/preload';
import '$lib/server/charts';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => fillIslands(html), preload: preloadFirst });
