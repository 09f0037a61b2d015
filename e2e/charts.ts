/** The built site's charts, from its manifest (charts.json): the browser tests test what was built. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MANIFEST_FILE, parseManifest } from '../src/lib/charts/manifest';

const file = fileURLToPath(
	new URL(`../${process.env.BUILD_DIR ?? 'build'}/${MANIFEST_FILE}`, import.meta.url)
);

export const MANIFEST = parseManifest(readFileSync(file, 'utf8'), file);

/** The ids of the built charts, in the registry's order. */
export const CHART_IDS = MANIFEST.charts.map((c) => c.id) as [string, ...string[]];
