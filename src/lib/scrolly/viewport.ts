import type { Band } from './geometry';

/**
 * Where the reader's view of the page is, for the scroll engine. The default is the window; a
 * story running in an iframe gets a `hostViewport()` that the embed script feeds with the part of
 * the iframe the host page shows.
 */
export interface Viewport {
	/** The visible band now, in this document's client coordinates. */
	band(): Band;
	/** Calls `changed` whenever the band may have moved or changed size; returns the cleanup. */
	watch(changed: () => void): () => void;
	/** Only for a page in an iframe (see `framedViewport`): how to lay out one screen there. */
	hosted?(): HostedScreen;
}

/**
 * One screen of a page in an iframe that its host may size to the content (so `vh` units would
 * grow with the iframe, and the page itself never scrolls).
 */
export interface HostedScreen {
	/** The height of one screen (px): the host viewport's once known, else the window's at first. */
	screen: number;
	/** The band the host shows, once known: sticky content follows it instead of sticking. */
	pin?: Band;
}

/**
 * The window's viewport; its band follows resizes, zoom and the visual viewport. Scrolling is
 * watched too (passively): a scroll event comes before the frame's animation callbacks, so a
 * measurement asked for then happens in the same frame, even after the page stood still.
 */
export function windowViewport(
	win: Pick<
		Window,
		'innerHeight' | 'visualViewport' | 'addEventListener' | 'removeEventListener'
	> = window
): Viewport {
	return {
		band: () => ({ top: 0, height: win.innerHeight }),
		watch(changed) {
			win.addEventListener('resize', changed);
			win.addEventListener('scroll', changed, { passive: true });
			win.visualViewport?.addEventListener('resize', changed);
			return () => {
				win.removeEventListener('resize', changed);
				win.removeEventListener('scroll', changed);
				win.visualViewport?.removeEventListener('resize', changed);
			};
		}
	};
}

/** A viewport set from outside, e.g. by a host page's messages to an iframe. */
export interface HostViewport extends Viewport {
	/** Sets the visible band (in the iframe's client coordinates) and tells the watchers. */
	set(band: Band): void;
}

/** A viewport whose band a host page sets; until it does, the band is `initial`. */
export function hostViewport(initial: Band): HostViewport {
	let band = { ...initial };
	const watchers = new Set<() => void>();
	return {
		band: () => band,
		watch(changed) {
			watchers.add(changed);
			return () => watchers.delete(changed);
		},
		set(next) {
			band = { ...next };
			for (const changed of watchers) changed();
		}
	};
}
