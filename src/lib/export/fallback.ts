/**
 * Fallback images: PNGs of chart states made at build time (scripts/lib/fallbacks.ts, after
 * `vite build`) for readers without JavaScript, for print and for oEmbed thumbnails. A page that
 * refers to `fallback/<chart>/<state>.png` gets that file; the size is fixed here so pages can give
 * `width`/`height` (no layout shift) and oEmbed its thumbnail size before the files exist.
 */

/** Folder of the fallback images in the built site. */
export const FALLBACK_DIR = 'fallback';

/** Size of every fallback image: CSS pixels and scale (the PNG is 1280 × 1440 pixels), light theme. */
export const FALLBACK_SIZE = { width: 640, height: 720, scale: 2, theme: 'light' } as const;

/** Path of a state's fallback image, relative to the site root (prefix it with `base` or `assets`). */
export function fallbackPath(chart: string, state: string): string {
	return `${FALLBACK_DIR}/${chart}/${state}.png`;
}
