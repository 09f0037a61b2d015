import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CSP_DIRECTIVES } from './src/lib/server/csp-policy.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// KIT_OUT and BUILD_DIR let parallel builds (e.g. two test runs) keep apart.
		outDir: process.env.KIT_OUT ?? '.svelte-kit',
		inlineStyleThreshold: Infinity,
		// Styles stay inline (a stylesheet would be one more request before the first paint), so every
		// page's policy (a meta tag) has their hashes; src/lib/server/csp.ts adds the islands', and
		// the build writes the header that allows every page (scripts/lib/csp-header.ts).
		csp: {
			mode: 'hash',
			directives: CSP_DIRECTIVES
		},
		adapter: adapter({ pages: process.env.BUILD_DIR ?? 'build', strict: true }),
		prerender: {
			// The fallback PNGs (/fallback/<chart>/<state>.png, linked from the embed pages) are
			// made from the built site after the build; every other missing link fails it.
			handleHttpError: ({ path, message }) => {
				if (!path.startsWith('/fallback/')) throw new Error(message);
			},
			handleMissingId: 'fail'
		}
	}
};

export default config;
