// Prints the Chromium the browser tests will use, or how to install one (exit 1).
import { findChromium, INSTALL_HINT } from './lib/chromium';

const path = findChromium();
if (!path) {
	console.error(INSTALL_HINT);
	process.exit(1);
}
console.log(`chromium: using ${path}`);
