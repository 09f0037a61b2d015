import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Scripts served as plain files beside the SvelteKit app (no framework runtime). */
export const STANDALONE_SCRIPTS = [
	/** The host loader a CMS page includes: `<script src="…/embed.js">`. */
	{ entry: 'src/lib/embed/host.ts', out: 'embed.js', name: 'natoChartsHost' },
	/** The script of every embed page. */
	{ entry: 'src/lib/embed/child.ts', out: 'js/embed-child.js', name: 'natoChartsEmbed' },
	/** The story page's script. */
	{ entry: 'src/lib/story/standalone.ts', out: 'js/story.js', name: 'natoChartsStory' },
	/** The PNG exporter, loaded on demand by the charts' download control and by the CLI. */
	{ entry: 'src/lib/export/standalone.ts', out: 'js/export-png.js', name: 'natoChartsExport' }
] as const;

/** Bundles each standalone script into `static/` as a minified IIFE. */
export async function buildStandalone(outDir = 'static'): Promise<void> {
	for (const script of STANDALONE_SCRIPTS) {
		await build({
			root,
			configFile: false,
			logLevel: 'warn',
			resolve: { alias: { $lib: `${root}/src/lib` } },
			build: {
				outDir,
				emptyOutDir: false,
				copyPublicDir: false,
				minify: true,
				lib: {
					entry: script.entry,
					formats: ['iife'],
					name: script.name,
					fileName: () => script.out
				}
			}
		});
	}
}
