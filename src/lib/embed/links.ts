/**
 * The addresses of an embed and the code a journalist copies: pure functions of the site's
 * address, the chart and its state, shared by the embed pages, the oEmbed endpoints and the index.
 */
import { IFRAME_ATTRIBUTE } from './protocol';

/** Where the site is served when `SITE_URL` is not set (the `npm run preview` address). */
export const DEFAULT_SITE_URL = 'http://localhost:4173/';

/** Initial height (px) of an iframe whose chart has no measured height. */
export const DEFAULT_HEIGHT = 640;

/** Who publishes the charts, as oEmbed's `provider_name` says it. */
export const PROVIDER_NAME = "NATO's growth and defence spending";

/** The widths (px) the index previews every embed at. */
export const PREVIEW_WIDTHS = [320, 600, 1000] as const;

/**
 * The site's address from `SITE_URL` (read at build time; the oEmbed JSON and the copied embed
 * code need absolute URLs), always ending in `/`. Throws on anything but an http(s) URL.
 */
export function siteUrl(value: string | undefined): string {
	if (value === undefined || value === '') return DEFAULT_SITE_URL;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(
			`embed: SITE_URL ${JSON.stringify(value)} is not a URL; set it like https://example.org/nato/`
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new Error(`embed: SITE_URL must start with https:// or http://, not ${url.protocol}`);
	url.search = '';
	url.hash = '';
	if (!url.pathname.endsWith('/')) url.pathname += '/';
	return url.href;
}

/** `/embed/<chart>/`, with `query` (e.g. `step=share`) if given; relative to the site's root. */
export function embedPath(chart: string, query = ''): string {
	return `embed/${chart}/${query ? `?${query}` : ''}`;
}

/** The oEmbed JSON of a chart, relative to the site's root. */
export function oembedPath(chart: string): string {
	return `embed/${chart}/oembed.json`;
}

/** The host loader, relative to the site's root. */
export const HOST_SCRIPT_PATH = 'embed.js';

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'"': '&quot;',
	'<': '&lt;',
	'>': '&gt;',
	"'": '&#39;'
};

/** `text` safe inside an HTML attribute value or text. */
export function escapeHtml(text: string): string {
	return text.replace(/[&"<>']/g, (c) => ESCAPES[c]!);
}

/** What the embed code needs to know about one embed. */
export interface EmbedCodeOptions {
	/** The site's address, ending in `/` (see `siteUrl`). */
	site: string;
	chart: string;
	/** The iframe's accessible name: the chart's title. */
	title: string;
	/** Query of the embed, e.g. `step=share`; default none. */
	query?: string;
	/** Initial height in px (the chart's `embedHeight`); default 640. */
	height?: number;
}

function iframeTag(src: string, title: string, height: number): string {
	return (
		`<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" ${IFRAME_ATTRIBUTE}` +
		` loading="lazy" width="100%" height="${Math.round(height)}" style="width:100%;border:0"></iframe>`
	);
}

function scriptTag(site: string): string {
	return `<script src="${escapeHtml(new URL(HOST_SCRIPT_PATH, site).href)}" async></script>`;
}

/** The iframe of an embed, as a host page writes it. */
export function iframeCode(options: EmbedCodeOptions): string {
	const src = new URL(embedPath(options.chart, options.query), options.site).href;
	return iframeTag(src, options.title, options.height ?? DEFAULT_HEIGHT);
}

/** The code a journalist copies: the iframe and the host loader that sizes it. */
export function embedCode(options: EmbedCodeOptions): string {
	return `${iframeCode(options)}\n${scriptTag(options.site)}`;
}

/** Initial height (px) of the story's iframe, until the loader makes it as tall as the story. */
export const STORY_HEIGHT = 800;

/**
 * The code that frames the whole story (the site's root page): the loader makes the iframe as
 * tall as the story and tells it where the reader is, so the story scrolls with the host page.
 */
export function storyCode(site: string, title: string): string {
	return `${iframeTag(site, title, STORY_HEIGHT)}\n${scriptTag(site)}`;
}
