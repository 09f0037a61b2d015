import type { Handle } from '@sveltejs/kit';
import { fillIslands } from '$lib/server/islands';
import '$lib/server/charts';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => fillIslands(html) });
