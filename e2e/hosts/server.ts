/**
 * A tiny static server for the embed tests' host pages, on loopback and another port (so another
 * origin) than the site. `GET /<page>.html?site=<site url>&chart=<id>[&chart=…][&query=…]` serves
 * e2e/hosts/<page>.html with the embeds (or the story: %STORY_CODE%) filled in; `/vendor/…` serves pym.js and @newswire/frames.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import {
	embedCode,
	embedPath,
	escapeHtml,
	HOST_SCRIPT_PATH,
	storyCode
} from '../../src/lib/embed/links';

const here = fileURLToPath(new URL('.', import.meta.url));
const modules = fileURLToPath(new URL('../../node_modules/', import.meta.url));

const VENDOR: Record<string, string> = {
	'/vendor/pym.v1.min.js': `${modules}pym.js/dist/pym.v1.min.js`,
	'/vendor/frames.umd.js': `${modules}@newswire/frames/dist/frames.umd.js`
};

const PAGE = /^\/([a-z-]+)\.html$/;

/** Fills a host page's placeholders from its query. */
function fill(html: string, query: URLSearchParams): string {
	const site = query.get('site') ?? '';
	const charts = query.getAll('chart');
	const embedQuery = query.get('query') ?? '';
	if (!site) return html;
	const url = new URL(embedPath(charts[0] ?? '', embedQuery), site).href;
	const code = charts
		.map((chart) => embedCode({ site, chart, title: `Chart ${chart}`, query: embedQuery }))
		.join('\n');
	return html
		.replaceAll('%EMBED_CODE%', code)
		.replaceAll('%STORY_CODE%', storyCode(site, 'The story'))
		.replaceAll('%EMBED_URL_JSON%', JSON.stringify(url).replaceAll('<', '\\u003c'))
		.replaceAll('%LOADER_URL%', escapeHtml(new URL(HOST_SCRIPT_PATH, site).href))
		.replaceAll('%EMBED_URL%', escapeHtml(url));
}

export interface HostServer {
	/** `http://127.0.0.1:<port>` */
	origin: string;
	/** The address of host page `name` framing `charts` of the site at `site`. */
	url(name: string, site: string, charts: string[], query?: string): string;
	close(): Promise<void>;
}

/** Starts the host server on 127.0.0.1 and a free port. */
export async function startHostServer(): Promise<HostServer> {
	const server: Server = createServer(async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		try {
			const vendor = VENDOR[url.pathname];
			const page = PAGE.exec(url.pathname);
			if (vendor) {
				response.writeHead(200, { 'content-type': 'text/javascript' });
				response.end(await readFile(vendor));
			} else if (page) {
				const html = await readFile(`${here}${page[1]}.html`, 'utf8');
				response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
				response.end(fill(html, url.searchParams));
			} else {
				response.writeHead(404).end();
			}
		} catch {
			response.writeHead(404).end();
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		origin,
		url(name, site, charts, query) {
			const search = new URLSearchParams({ site });
			for (const chart of charts) search.append('chart', chart);
			if (query) search.set('query', query);
			return `${origin}/${name}.html?${search}`;
		},
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.closeAllConnections();
				server.close((error) => (error ? reject(error) : resolve()));
			})
	};
}
