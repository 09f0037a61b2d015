import type { Band, Span } from '$lib/scrolly/geometry';

/**
 * How far (px) to move the graphic down from its layout's top so it stays in `band`, as
 * `position: sticky; top: 0` does in a page that scrolls: 0 until the band's top passes the
 * layout's top, then along with it, but never past the layout's bottom. For a page in an iframe
 * as tall as its content, where sticky cannot stick; `band` and `layout` in the same coordinates.
 */
export function pinOffset(band: Band, layout: Span, graphicHeight: number): number {
	const room = Math.max(0, layout.bottom - layout.top - graphicHeight);
	return Math.round(Math.min(room, Math.max(0, band.top - layout.top)));
}
