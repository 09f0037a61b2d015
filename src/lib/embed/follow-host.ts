import type { Band } from '$lib/scrolly/geometry';
import { hostBand, parseViewport, viewportRequestMessage, type HostView } from './protocol';

/**
 * Feeds a page running in an iframe (e.g. the story as an embed) with the host's viewport, from
 * our host loader's viewport messages: `viewport.set()` gets the band of the page the reader
 * sees, for the scroll engine's `hostViewport()`. Only messages from the parent window count.
 * Once listening it asks the host for its viewport, so whatever the host sent before is not
 * missed. Returns the cleanup; does nothing outside an iframe.
 */
export function followHost(
	viewport: { set(band: Band): void },
	options: { win?: Window; onView?: (view: HostView) => void } = {}
): () => void {
	const { win = window, onView } = options;
	if (win.parent === win) return () => {};
	const onMessage = (event: MessageEvent) => {
		if (event.source !== win.parent) return;
		const view = parseViewport(event.data);
		if (!view) return;
		viewport.set(hostBand(view));
		onView?.(view);
	};
	win.addEventListener('message', onMessage);
	win.parent.postMessage(viewportRequestMessage(), '*');
	return () => win.removeEventListener('message', onMessage);
}
