// The Content-Security-Policy every page is built for (SvelteKit's kit.csp adds the hashes of
// its inline script and styles). Plain JavaScript, as svelte.config.js imports it.

/** @type {NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']} */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self'],
	'style-src': ['self'],
	'img-src': ['self', 'data:', 'blob:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'frame-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['none']
};
