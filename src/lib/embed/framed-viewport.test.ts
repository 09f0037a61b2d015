import { describe, expect, it, vi } from 'vitest';
import { framedViewport } from './framed-viewport';
import { isViewportRequest, viewportMessage } from './protocol';

/** Just enough of a window for the viewport: its parent, height and message listeners. */
function fakeWindow(framed: boolean) {
	const listeners = new Map<string, Set<(event: unknown) => void>>();
	const win = {
		innerHeight: 600,
		addEventListener(type: string, listener: (event: unknown) => void) {
			if (!listeners.has(type)) listeners.set(type, new Set());
			listeners.get(type)!.add(listener);
		},
		removeEventListener(type: string, listener: (event: unknown) => void) {
			listeners.get(type)?.delete(listener);
		},
		post(source: unknown, data: unknown) {
			for (const listener of listeners.get('message') ?? []) listener({ source, data });
		},
		listeners,
		parent: undefined as unknown
	};
	const sent: unknown[] = [];
	win.parent = framed ? { name: 'host', postMessage: (data: unknown) => sent.push(data) } : win;
	return Object.assign(win, { sent });
}

const view = { top: -1200, left: 0, width: 1024, height: 800 };

describe('framedViewport', () => {
	it("framedViewport(win) outside an iframe is the window's viewport", () => {
		const win = fakeWindow(false);
		const viewport = framedViewport(win as unknown as Window);
		expect(viewport.band()).toEqual({ top: 0, height: 600 });
		win.post(win.parent, viewportMessage(view));
		expect(viewport.band()).toEqual({ top: 0, height: 600 });
	});

	it("framedViewport(win) in an iframe follows the host's viewport messages once they come", () => {
		const win = fakeWindow(true);
		const viewport = framedViewport(win as unknown as Window);
		const changed = vi.fn();
		viewport.watch(changed);
		expect(viewport.band()).toEqual({ top: 0, height: 600 });
		win.post(win.parent, viewportMessage(view));
		expect(viewport.band()).toEqual({ top: 1200, height: 800 });
		expect(changed).toHaveBeenCalledTimes(1);
	});

	it('framedViewport(win) in an iframe asks its host for the viewport once it listens', () => {
		const win = fakeWindow(true);
		framedViewport(win as unknown as Window);
		expect(win.listeners.get('message')?.size).toBe(1);
		expect(win.sent.filter(isViewportRequest)).toHaveLength(1);
	});

	it('framedViewport(win) ignores viewport messages from any window but the parent', () => {
		const win = fakeWindow(true);
		const viewport = framedViewport(win as unknown as Window);
		win.post({ name: 'another frame' }, viewportMessage(view));
		win.post(win.parent, { ...viewportMessage(view), top: 'x' });
		expect(viewport.band()).toEqual({ top: 0, height: 600 });
	});

	it('framedViewport(win).hosted() is absent outside an iframe', () => {
		expect(framedViewport(fakeWindow(false) as unknown as Window).hosted).toBeUndefined();
	});

	it("framedViewport(win).hosted() keeps the first screen height until the host's band pins it", () => {
		const win = fakeWindow(true);
		const viewport = framedViewport(win as unknown as Window);
		win.innerHeight = 9000; // the host grew the iframe to the content: not a screen
		expect(viewport.hosted?.()).toEqual({ screen: 600, pin: undefined });
		win.post(win.parent, viewportMessage(view));
		expect(viewport.hosted?.()).toEqual({ screen: 800, pin: { top: 1200, height: 800 } });
	});

	it('framedViewport(win).stop() stops listening', () => {
		const win = fakeWindow(true);
		const viewport = framedViewport(win as unknown as Window);
		viewport.stop();
		win.post(win.parent, viewportMessage(view));
		expect(viewport.band()).toEqual({ top: 0, height: 600 });
		expect(win.listeners.get('message')?.size).toBe(0);
	});
});
