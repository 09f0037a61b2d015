import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from './static-server';

/** A GET without automatic decompression, so the test sees what was sent. */
function get(url: string, headers: Record<string, string> = {}) {
	return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
		(done, fail) => {
			request(url, { headers }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
				);
			})
				.on('error', fail)
				.end();
		}
	);
}

describe('serveStatic(root)', () => {
	let root: string;
	let server: StaticServer;
	const html = `<!doctype html><title>x</title>${'<p>story</p>'.repeat(200)}`;

	beforeAll(async () => {
		root = mkdtempSync(join(tmpdir(), 'bench-server-'));
		writeFileSync(join(root, 'index.html'), html);
		mkdirSync(join(root, 'embed', 'map'), { recursive: true });
		writeFileSync(join(root, 'embed', 'map', 'index.html'), '<p>map</p>');
		writeFileSync(join(root, 'font.woff2'), Buffer.alloc(1000, 7));
		writeFileSync(join(root, '404.html'), '<p>nothing here</p>');
		server = await serveStatic(root);
	});
	afterAll(async () => {
		await server.close();
		rmSync(root, { recursive: true });
	});

	it('serveStatic sends index.html gzipped (level 9) when the browser accepts gzip', async () => {
		const res = await get(`${server.origin}/`, { 'accept-encoding': 'gzip, deflate, br' });
		expect(res.status).toBe(200);
		expect(res.headers['content-encoding']).toBe('gzip');
		expect(res.headers['content-type']).toMatch(/^text\/html/);
		expect(gunzipSync(res.body).toString()).toBe(html);
		expect(res.body.length).toBeLessThan(html.length / 10);
		expect(server.sent.at(-1)).toEqual({
			path: '/',
			status: 200,
			encoding: 'gzip',
			bytes: res.body.length
		});
	});

	it('serveStatic sends plain text to a browser that does not accept gzip', async () => {
		const res = await get(`${server.origin}/`);
		expect(res.headers['content-encoding']).toBeUndefined();
		expect(res.body.toString()).toBe(html);
	});

	it('serveStatic leaves fonts uncompressed', async () => {
		const res = await get(`${server.origin}/font.woff2`, { 'accept-encoding': 'gzip' });
		expect(res.headers['content-encoding']).toBeUndefined();
		expect(res.headers['content-type']).toBe('font/woff2');
		expect(res.body.length).toBe(1000);
	});

	it('serveStatic redirects a directory without its slash and serves its index.html', async () => {
		const moved = await get(`${server.origin}/embed/map?step=2`);
		expect(moved.status).toBe(308);
		expect(moved.headers.location).toBe('/embed/map/?step=2');
		expect((await get(`${server.origin}/embed/map/`)).body.toString()).toBe('<p>map</p>');
	});

	it('serveStatic answers a missing file with 404.html and a path out of the root with 403', async () => {
		const missing = await get(`${server.origin}/nope.js`);
		expect(missing.status).toBe(404);
		expect(missing.body.toString()).toBe('<p>nothing here</p>');
		expect((await get(`${server.origin}/..%2f..%2fetc/passwd`)).status).toBe(403);
	});
});
