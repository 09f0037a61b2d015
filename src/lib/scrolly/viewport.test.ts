import { describe, expect, it } from 'vitest';
import { hostViewport, windowViewport } from './viewport';

describe('windowViewport(win)', () => {
	it('windowViewport().watch() hears resizes and scrolls until its cleanup runs', () => {
		const win = Object.assign(new EventTarget(), { innerHeight: 844, visualViewport: null });
		const viewport = windowViewport(win as unknown as Window);
		expect(viewport.band()).toEqual({ top: 0, height: 844 });
		let calls = 0;
		const stop = viewport.watch(() => calls++);
		win.dispatchEvent(new Event('scroll'));
		win.dispatchEvent(new Event('resize'));
		stop();
		win.dispatchEvent(new Event('scroll'));
		win.dispatchEvent(new Event('resize'));
		expect(calls).toBe(2);
	});
});

describe('hostViewport(initial)', () => {
	it('hostViewport().band() is the initial band until the host sets one', () => {
		const viewport = hostViewport({ top: 0, height: 600 });
		expect(viewport.band()).toEqual({ top: 0, height: 600 });
		viewport.set({ top: 1200, height: 700 });
		expect(viewport.band()).toEqual({ top: 1200, height: 700 });
	});

	it('hostViewport().set() tells each watcher until its cleanup runs', () => {
		const viewport = hostViewport({ top: 0, height: 600 });
		const calls: string[] = [];
		const stopA = viewport.watch(() => calls.push('a'));
		viewport.watch(() => calls.push('b'));
		viewport.set({ top: 10, height: 600 });
		stopA();
		viewport.set({ top: 20, height: 600 });
		expect(calls).toEqual(['a', 'b', 'b']);
	});
});
