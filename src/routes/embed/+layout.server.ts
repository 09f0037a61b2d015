import { siteUrl } from '$lib/embed/links';

// The site's address (SITE_URL at build time): the oEmbed links and the canonical link need it.
export function load() {
	return { site: siteUrl(process.env.SITE_URL) };
}
