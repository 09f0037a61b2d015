import {
	hostViewport,
	windowViewport,
	type HostedScreen,
	type Viewport
} from '$lib/scrolly/viewport';
import { followHost } from './follow-host';

/**
 * The viewport for the scroll engine of a page that may run in an iframe (e.g. the story as an
 * embed): the window's, until our host loader sends its first viewport message; from then on the
 * part of the page the host shows. Outside an iframe, simply the window's. In an iframe, `hosted()`
 * gives the layout one screen's height (the window's when framing began, then the host's) and,
 * once the host's band is known, the band to pin sticky content to. `stop()` ends listening.
 */
export function framedViewport(win: Window = window): Viewport & { stop(): void } {
	const own = windowViewport(win);
	if (win.parent === win) return { ...own, stop() {} };
	const host = hostViewport({ top: 0, height: win.innerHeight });
	let heard = false;
	const stop = followHost(
		{
			set(band) {
				heard = true;
				host.set(band);
			}
		},
		{ win }
	);
	return {
		band: () => (heard ? host.band() : own.band()),
		hosted: (): HostedScreen => ({
			screen: host.band().height,
			pin: heard ? host.band() : undefined
		}),
		watch(changed) {
			const unwatchOwn = own.watch(changed);
			const unwatchHost = host.watch(changed);
			return () => {
				unwatchOwn();
				unwatchHost();
			};
		},
		stop
	};
}
