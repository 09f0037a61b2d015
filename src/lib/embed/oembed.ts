/**
 * The oEmbed description of a chart (https://oembed.com, type "rich"), prerendered as
 * `/embed/<chart>/oembed.json` and announced by each embed page's discovery link.
 */
import { embedCode, embedPath } from './links';

/** An oEmbed 1.0 "rich" response. */
export interface OEmbed {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	/** The embed code: the iframe and the host loader. */
	html: string;
	/** The size the embed is shown at before it reports its own height (it then follows the width). */
	width: number;
	height: number;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
}

export interface OEmbedOptions {
	/** The site's address, ending in `/`. */
	site: string;
	chart: string;
	title: string;
	/** Who publishes the charts (oEmbed's provider_name). */
	provider: string;
	/** Width and initial height of the embed. */
	width: number;
	height: number;
	/** The build-time PNG (path relative to the site's root) and its size in pixels. */
	thumbnail: { path: string; width: number; height: number };
}

/** The oEmbed response of one chart; every URL in it is absolute. */
export function oembed(options: OEmbedOptions): OEmbed {
	const { site, chart, title, thumbnail } = options;
	return {
		version: '1.0',
		type: 'rich',
		title,
		provider_name: options.provider,
		provider_url: site,
		html: embedCode({ site, chart, title, height: options.height }),
		width: options.width,
		height: options.height,
		thumbnail_url: new URL(thumbnail.path, site).href,
		thumbnail_width: thumbnail.width,
		thumbnail_height: thumbnail.height
	};
}

/** The page an oEmbed consumer is pointed at for a chart (its `url` parameter). */
export function embedUrl(site: string, chart: string): string {
	return new URL(embedPath(chart), site).href;
}
