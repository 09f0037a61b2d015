import { heightMessages, isHeightRequest } from './protocol';

/** The height the page's content takes: what the iframe framing it should be. */
export function contentHeight(doc: Document = document): number {
	return Math.ceil(doc.documentElement.getBoundingClientRect().height);
}

/**
 * Reports the page's content height to the page framing it, in every dialect of `protocol.ts`:
 * at once, on every size change (a ResizeObserver, no polling; growing and shrinking) and when a
 * host asks. Pass `pymId`, the `childId` pym.js's `Parent` gave, to speak pym.js too. Does
 * nothing outside an iframe. Returns the cleanup.
 */
export function reportHeight(options: { pymId?: string; win?: Window } = {}): () => void {
	const { pymId, win = window } = options;
	if (win.parent === win) return () => {};
	let last = -1;
	const send = (always: boolean) => {
		const height = contentHeight(win.document);
		if (height === last && !always) return;
		last = height;
		for (const message of heightMessages(height, win.location.href, pymId))
			win.parent.postMessage(message, '*');
	};
	const sizes = new ResizeObserver(() => send(false));
	sizes.observe(win.document.documentElement);
	const onMessage = (event: MessageEvent) => {
		if (event.source === win.parent && isHeightRequest(event.data)) send(true);
	};
	win.addEventListener('message', onMessage);
	send(false);
	return () => {
		sizes.disconnect();
		win.removeEventListener('message', onMessage);
	};
}
