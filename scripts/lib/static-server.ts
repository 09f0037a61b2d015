/**
 * A small static server for the built site, on loopback, compressing as a production host would
 * (used by `npm run preview`, the browser tests, the benchmark and the PNG export):
 * gzip (level 9) for text types when the browser accepts it, brotli (quality 11) only when asked
 * for. Directories serve their `index.html`; a directory path without its trailing slash is
 * redirected to it (as SvelteKit's `trailingSlash: 'always'` expects).
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.topojson': 'application/json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf'
};

/** The Content-Type of a file extension (`.html`, any case); octet-stream for any other. */
export function contentType(ext: string): string {
	const key = ext.toLowerCase();
	return Object.hasOwn(CONTENT_TYPES, key) ? CONTENT_TYPES[key]! : 'application/octet-stream';
}

/** Types worth compressing (fonts and images are compressed already). */
export function compressible(contentType: string): boolean {
	return /^text\/|json|javascript|xml|svg/.test(contentType);
}

export type Encoding = 'br' | 'gzip' | 'identity';

/** The same compression everywhere the benchmark counts bytes. */
export function compress(body: Buffer, encoding: Encoding): Buffer {
	if (encoding === 'gzip') return gzipSync(body, { level: 9 });
	if (encoding === 'br')
		return brotliCompressSync(body, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: 11,
				[constants.BROTLI_PARAM_SIZE_HINT]: body.length
			}
		});
	return body;
}

/** One response the server sent. */
export interface Sent {
	path: string;
	status: number;
	encoding: Encoding;
	/** Bytes of the body as sent (compressed if it was). */
	bytes: number;
}

export interface StaticServer {
	/** The origin, e.g. `http://127.0.0.1:4187`. */
	origin: string;
	/** Every response since the start (or since the last `sent.length = 0`). */
	sent: Sent[];
	close(): Promise<void>;
}

export interface ServeOptions {
	/** Port on 127.0.0.1; default 0 (any free port). */
	port?: number;
	/** Also answer `Accept-Encoding: br` with brotli; default false (gzip only). */
	brotli?: boolean;
	/** Host name to listen on; default 127.0.0.1 (`localhost` as vite preview does). */
	host?: string;
	/** Headers sent with every response (e.g. the build's Content-Security-Policy); default none. */
	headers?: Readonly<Record<string, string>>;
}

/** Serves the directory `root` until `close()`. */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
	const base = resolve(root);
	const cache = new Map<string, Buffer>();
	const sent: Sent[] = [];

	async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const reply = (
			status: number,
			body: Buffer,
			headers: Record<string, string>,
			encoding: Encoding = 'identity'
		) => {
			res.writeHead(status, {
				...options.headers,
				'Content-Length': String(body.length),
				...headers
			});
			res.end(req.method === 'HEAD' ? undefined : body);
			sent.push({ path: url.pathname, status, encoding, bytes: body.length });
		};
		if (req.method !== 'GET' && req.method !== 'HEAD')
			return reply(405, Buffer.from('method not allowed'), { Allow: 'GET, HEAD' });
		let path: string;
		try {
			path = decodeURIComponent(url.pathname);
		} catch {
			return reply(400, Buffer.from('bad path'), {});
		}
		let file = resolve(join(base, path));
		if (file !== base && !file.startsWith(base + sep))
			return reply(403, Buffer.from('forbidden'), {});
		const info = await stat(file).catch(() => undefined);
		if (info?.isDirectory()) {
			if (!path.endsWith('/'))
				return reply(308, Buffer.alloc(0), { Location: `${url.pathname}/${url.search}` });
			file = join(file, 'index.html');
		} else if (!info?.isFile()) {
			const page = `${file}.html`;
			if (
				await stat(page).then(
					(s) => s.isFile(),
					() => false
				)
			)
				file = page;
			else {
				const notFound = await readFile(join(base, '404.html')).catch(() =>
					Buffer.from('not found')
				);
				return reply(404, notFound, { 'Content-Type': CONTENT_TYPES['.html']! });
			}
		}
		const body = await readFile(file).catch(() => undefined);
		if (!body) return reply(404, Buffer.from('not found'), {});
		const type = contentType(extname(file));
		const accepts = String(req.headers['accept-encoding'] ?? '');
		const encoding: Encoding = !compressible(type)
			? 'identity'
			: options.brotli && /\bbr\b/.test(accepts)
				? 'br'
				: /\bgzip\b/.test(accepts)
					? 'gzip'
					: 'identity';
		const key = `${encoding}:${file}`;
		let out = cache.get(key);
		if (!out) cache.set(key, (out = compress(body, encoding)));
		const headers: Record<string, string> = { 'Content-Type': type, Vary: 'Accept-Encoding' };
		if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
		headers['Cache-Control'] = path.includes('/immutable/')
			? 'public, max-age=31536000, immutable'
			: 'no-cache';
		reply(200, out, headers, encoding);
	}

	const server = createServer((req, res) => {
		handle(req, res).catch((error: unknown) => {
			res.writeHead(500);
			res.end(String(error));
		});
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(options.port ?? 0, options.host ?? '127.0.0.1', done);
	});
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://${options.host ?? '127.0.0.1'}:${port}`,
		sent,
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			})
	};
}
