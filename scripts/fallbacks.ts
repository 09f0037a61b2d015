// Fallback PNGs of the chart states the built pages refer to (run after `vite build`).
import { UsageError } from './lib/export-args';
import { buildDir } from './lib/export-build';
import { RenderError } from './lib/export-run';
import { buildFallbacks } from './lib/fallbacks';

const dir = buildDir();
try {
	const { count, ms } = await buildFallbacks(dir);
	console.log(`fallbacks: ${count} images in ${dir}/fallback/ in ${(ms / 1000).toFixed(1)} s`);
} catch (error) {
	console.error(
		error instanceof UsageError || error instanceof RenderError ? error.message : error
	);
	process.exitCode = 1;
}
