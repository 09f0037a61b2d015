/**
 * Brings a reader back to where they were when they go back or forward: the story's step links
 * are fragments, and on a traversal the browser scrolls to an entry's fragment, not to where the
 * reader had scrolled from it. The scroll position is kept in each history entry's state when
 * the reader leaves it (a link followed, the page hidden) and restored when they return.
 */

/** The key of the scroll position in `history.state`. */
export const SCROLL_STATE = 'nato-charts:scroll';

type State = Record<string, unknown> | null;

/** Keeps the scroll position in history until the returned cleanup runs. */
export function keepScrollInHistory(win: Window = window): () => void {
	const save = () => {
		const state = (win.history.state as State) ?? {};
		if (state[SCROLL_STATE] === win.scrollY) return;
		win.history.replaceState({ ...state, [SCROLL_STATE]: win.scrollY }, '');
	};
	const followed = (event: MouseEvent) => {
		const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
		if (link) save();
	};
	const returned = (event: PopStateEvent) => {
		const y = (event.state as State)?.[SCROLL_STATE];
		if (typeof y !== 'number') return;
		// After the browser's own scroll to the entry's fragment, in this frame or the next.
		win.scrollTo(0, y);
		win.requestAnimationFrame(() => win.scrollTo(0, y));
	};
	win.addEventListener('click', followed, { capture: true });
	win.addEventListener('pagehide', save);
	win.addEventListener('popstate', returned);
	return () => {
		win.removeEventListener('click', followed, { capture: true });
		win.removeEventListener('pagehide', save);
		win.removeEventListener('popstate', returned);
	};
}
