/**
 * What SvelteKit preloads in a page's head: its scripts and stylesheets, as by default, and the
 * web fonts of the story's text (Latin, regular and bold), so that text is set in them at the
 * first paint. SvelteKit puts font preloads before the scripts' modulepreloads.
 */
export const PRELOADED_FONT = /\/noto-sans-latin-(400|700)-normal\.[\w-]+\.woff2$/;

export function preloadFirst({ type, path }: { type: string; path: string }): boolean {
	return type === 'js' || type === 'css' || (type === 'font' && PRELOADED_FONT.test(path));
}
