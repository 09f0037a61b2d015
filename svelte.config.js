import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// KIT_OUT and BUILD_DIR let parallel builds (e.g. two test runs) keep apart.
		outDir: process.env.KIT_OUT ?? '.svelte-kit',
		inlineStyleThreshold: Infinity,
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
