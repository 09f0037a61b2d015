// npm run build: the site, its Content-Security-Policy header, then its fallback PNGs, into
// BUILD_DIR (default build/), replaced only when every step succeeded.
import { cspHeader } from './lib/csp-header';
import { buildDir } from './lib/export-build';
import { BuildError, buildSite, fallbackImages, viteBuild } from './lib/site-build';

const target = buildDir();
try {
	await buildSite(target, [viteBuild, cspHeader, fallbackImages(console.log)]);
	console.log(`build: wrote ${target}/`);
} catch (error) {
	console.error(error instanceof BuildError ? error.message : error);
	process.exitCode = 1;
}
