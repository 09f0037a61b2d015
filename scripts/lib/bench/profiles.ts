/** The devices the benchmark loads pages on, and how it throttles them. */
import type { BrowserContextOptions } from '@playwright/test';

/** Network conditions for CDP `Network.emulateNetworkConditions` (bytes per second, ms). */
export interface NetworkConditions {
	latency: number;
	downloadThroughput: number;
	uploadThroughput: number;
}

/**
 * Chrome DevTools' "Fast 4G" preset (`Fast4GConditions` in devtools-frontend's NetworkManager.ts):
 * 9 Mbit/s down and 1.5 Mbit/s up at 90 %, 60 ms round trip × 2.75, i.e. 1 012 500 B/s down,
 * 168 750 B/s up and 165 ms added to every request.
 */
export const FAST_4G: NetworkConditions = {
	latency: 60 * 2.75,
	downloadThroughput: ((9 * 1000 * 1000) / 8) * 0.9,
	uploadThroughput: ((1.5 * 1000 * 1000) / 8) * 0.9
};

export interface Profile {
	name: 'phone' | 'desktop';
	/** Playwright context options: viewport, pixel ratio, touch. */
	context: BrowserContextOptions;
	/** CPU slowdown for CDP `Emulation.setCPUThrottlingRate` (1 = none). */
	cpu: number;
	/** Network conditions, or null for none (loopback speed). */
	network: NetworkConditions | null;
}

/** A mid-range phone: 390×844 CSS pixels at 2×, CPU 4× slower, Fast 4G. */
export const PHONE: Profile = {
	name: 'phone',
	context: {
		viewport: { width: 390, height: 844 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true
	},
	cpu: 4,
	network: FAST_4G
};

/** A laptop: 1280×800 at 1×, no throttling. */
export const DESKTOP: Profile = {
	name: 'desktop',
	context: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
	cpu: 1,
	network: null
};

/** The same profile without any throttling (for counting bytes, which throttling does not change). */
export function unthrottled(profile: Profile): Profile {
	return { ...profile, cpu: 1, network: null };
}
