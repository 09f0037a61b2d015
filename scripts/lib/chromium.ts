import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

/** Where to look for a Chromium, in order: `CHROMIUM_PATH`, Debian's package, Playwright's own download. */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
	const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	try {
		candidates.push(chromium.executablePath());
	} catch {
		// Playwright has not downloaded a browser of its own.
	}
	return candidates.filter((c): c is string => Boolean(c));
}

/** The first Chromium that exists, or undefined. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
	if (env.CHROMIUM_PATH && !existsSync(env.CHROMIUM_PATH)) return undefined;
	return chromiumCandidates(env).find((path) => existsSync(path));
}

export const INSTALL_HINT =
	'chromium: no Chromium found. Install one with\n' +
	'  sudo apt-get install -y --no-install-recommends chromium\n' +
	'or point CHROMIUM_PATH at a Chromium or Chrome binary.';

/** Launch options for headless Chromium on a machine with no network but loopback. */
export function launchOptions(): LaunchOptions {
	const executablePath = findChromium();
	if (!executablePath) throw new Error(INSTALL_HINT);
	return {
		executablePath,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--font-render-hinting=none',
			'--disable-lcd-text',
			// Chromium 156 opens a WebUI renderer for the address bar's popups in every window, headless
			// too: about 420 requests and a busy process beside each page under test.
			'--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'
		]
	};
}
