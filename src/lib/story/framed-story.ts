import { framedViewport } from '$lib/embed/framed-viewport';
import { reportHeight } from '$lib/embed/reporter';
import type { Viewport } from '$lib/scrolly/viewport';

/**
 * The story in an iframe (loaded only there): the scroll engine's viewport follows the host's
 * (`framedViewport`), and the host hears the story's full height (`reportHeight`), so the iframe
 * grows to it and the host page does the scrolling. `stop()` ends both.
 */
export function frameStory(win: Window = window): { viewport: Viewport; stop(): void } {
	const viewport = framedViewport(win);
	const unreport = reportHeight({ win });
	return {
		viewport,
		stop() {
			unreport();
			viewport.stop();
		}
	};
}
