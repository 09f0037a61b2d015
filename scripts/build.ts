// npm run build: the site, then its fallback PNGs, into BUILD_DIR (default build/), replaced only when both succeeded.
import { buildDir } from './lib/export-build';
import { BuildError, buildSite, fallbackImages, viteBuild } from './lib/site-build';

const target = buildDir();
try {
	await buildSite(target, [viteBuild, fallbackImages(console.log)]);
	console.log(`build: wrote ${target}/`);
} catch (error) {
	console.error(error instanceof BuildError ? error.message : error);
	process.exitCode = 1;
}
