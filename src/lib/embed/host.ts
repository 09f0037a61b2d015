/**
 * The host loader (`/embed.js`) a CMS page includes after our iframes. It finds our iframes
 * (`iframe[data-nato-chart]`, or any iframe under this script's `embed/` folder), sets each one's
 * height from the height messages of that iframe's own document (its window, at the origin of its
 * `src`; all other messages are ignored), and tells each iframe in view, or one that asks, where
 * it sits in the host's viewport (`protocol.ts`), so a scrollytelling embed can run inside it. Including it twice is harmless: the second copy only
 * looks for new iframes.
 */
import {
	IFRAME_ATTRIBUTE,
	helloMessage,
	isFromFrame,
	isViewportRequest,
	parseHeight,
	viewportMessage
} from './protocol';

const GLOBAL = '__natoChartsHost';

type HostWindow = Window & { [GLOBAL]?: () => void };

function start(win: HostWindow, doc: Document): void {
	const script = doc.currentScript as HTMLScriptElement | null;
	const prefix = script?.src ? new URL('embed/', script.src).href : undefined;
	const frames = new Set<HTMLIFrameElement>();
	const inView = new Set<HTMLIFrameElement>();
	let frame = 0;

	const tellViewport = (targets: Iterable<HTMLIFrameElement>) => {
		for (const iframe of targets) {
			const box = iframe.getBoundingClientRect();
			iframe.contentWindow?.postMessage(
				viewportMessage({
					top: box.top + iframe.clientTop,
					left: box.left + iframe.clientLeft,
					width: win.innerWidth,
					height: win.innerHeight
				}),
				'*'
			);
		}
	};
	const onScroll = () => {
		frame ||= win.requestAnimationFrame(() => {
			frame = 0;
			tellViewport(inView);
		});
	};
	const visibility = new IntersectionObserver((entries) => {
		for (const entry of entries) {
			const iframe = entry.target as HTMLIFrameElement;
			if (entry.isIntersecting) inView.add(iframe);
			else inView.delete(iframe);
		}
		onScroll();
	});

	const greet = (iframe: HTMLIFrameElement) => {
		iframe.contentWindow?.postMessage(helloMessage(), '*');
		tellViewport([iframe]);
	};
	const adopt = (iframe: HTMLIFrameElement) => {
		frames.add(iframe);
		iframe.style.boxSizing = 'content-box';
		iframe.addEventListener('load', () => greet(iframe));
		visibility.observe(iframe);
		greet(iframe);
	};
	const scan = () => {
		for (const iframe of doc.querySelectorAll('iframe'))
			if (
				!frames.has(iframe) &&
				(iframe.hasAttribute(IFRAME_ATTRIBUTE) || (prefix && iframe.src.startsWith(prefix)))
			)
				adopt(iframe);
	};

	win.addEventListener('message', (event) => {
		for (const iframe of frames) {
			if (!isFromFrame(event, iframe)) continue;
			if (isViewportRequest(event.data)) return tellViewport([iframe]);
			const height = parseHeight(event.data);
			if (height !== undefined) iframe.style.height = `${height}px`;
			return;
		}
	});
	win.addEventListener('scroll', onScroll, { passive: true });
	win.addEventListener('resize', onScroll);
	new MutationObserver(scan).observe(doc.documentElement, { childList: true, subtree: true });
	win[GLOBAL] = scan;
	scan();
}

const win = window as HostWindow;
if (win[GLOBAL]) win[GLOBAL]();
else start(win, document);
