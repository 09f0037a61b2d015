/**
 * Bytes: what a page requests on its first load (as the browser received them, compressed), and
 * what the build holds (every file's size plain, gzip and brotli).
 */
import type { Browser } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { bytesByType, classify, type ByteType, type BytesByType } from './classify';
import { openPage, trackNetwork } from './page';
import type { Profile } from './profiles';
import { compress, compressible, contentType } from '../static-server';

/** One response of a first load. */
export interface Received {
	/** Path and query on the benchmark's server (or the full URL elsewhere). */
	url: string;
	type: ByteType;
	status: number;
	/** Content-Encoding as sent (gzip, br, or identity). */
	encoding: string;
	/** Body bytes as received, i.e. compressed. */
	bytes: number;
}

/** Loads `url` once in a fresh context (no throttling needed) and lists every response. */
export async function firstLoad(
	browser: Browser,
	url: string,
	profile: Profile
): Promise<Received[]> {
	const { context, page } = await openPage(browser, profile, false);
	const origin = new URL(url).origin;
	const pending: Promise<Received | undefined>[] = [];
	page.on('requestfinished', (request) => {
		pending.push(
			(async () => {
				const response = await request.response();
				if (!response) return undefined;
				const sizes = await request.sizes();
				const headers = await response.allHeaders();
				const href = request.url();
				return {
					url: href.startsWith(origin) ? href.slice(origin.length) : href,
					type: classify({
						url: href,
						mimeType: headers['content-type'],
						resourceType: request.resourceType()
					}),
					status: response.status(),
					encoding: headers['content-encoding'] ?? 'identity',
					bytes: sizes.responseBodySize
				};
			})()
		);
	});
	try {
		const network = trackNetwork(page);
		await page.goto(url, { waitUntil: 'load' });
		await network.quiet(500);
		return (await Promise.all(pending)).filter((r): r is Received => r !== undefined);
	} finally {
		await context.close();
	}
}

/** Bytes per type of a first load. */
export function loadBytes(received: readonly Received[]): BytesByType {
	return bytesByType(received);
}

/** A file of the build. */
export interface BuiltFile {
	/** Its URL path, e.g. `/_app/immutable/entry/start.js`. */
	path: string;
	type: ByteType;
	raw: number;
	gzip: number;
	brotli: number;
}

/** Every file of the build with its sizes (fonts and images are not compressed: as served). */
export function builtFiles(root: string): BuiltFile[] {
	const files: BuiltFile[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir).sort()) {
			const file = join(dir, name);
			if (statSync(file).isDirectory()) walk(file);
			else {
				const body = readFileSync(file);
				const path = `/${relative(root, file).split(sep).join('/')}`;
				const ext = /\.[^./]+$/.exec(path)?.[0] ?? '';
				const text = compressible(contentType(ext));
				files.push({
					path,
					type: classify({ url: path }),
					raw: body.length,
					gzip: text ? compress(body, 'gzip').length : body.length,
					brotli: text ? compress(body, 'br').length : body.length
				});
			}
		}
	};
	walk(root);
	return files;
}
