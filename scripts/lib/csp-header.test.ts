import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPolicy, cspHeader, CSP_HEADER_FILE } from './csp-header';

const page = (policy: string) =>
	`<head><meta http-equiv="content-security-policy" content="${policy}"></head><body></body>`;

describe('the build’s Content-Security-Policy header', () => {
	let dir: string;
	beforeEach(async () => {
		dir = await mkdtemp(join(tmpdir(), 'csp-header-'));
	});
	afterEach(() => rm(dir, { recursive: true, force: true }));

	it('buildPolicy(dir) allows what every page allows, the pages in folders too', async () => {
		await writeFile(
			join(dir, 'index.html'),
			page("default-src 'self'; style-src 'self' 'sha256-a='")
		);
		await mkdir(join(dir, 'embed', 'map'), { recursive: true });
		await writeFile(
			join(dir, 'embed', 'map', 'index.html'),
			page("default-src 'self'; style-src 'self' 'sha256-b='")
		);
		expect(await buildPolicy(dir)).toBe(
			"default-src 'self'; style-src 'self' 'sha256-a=' 'sha256-b='"
		);
	});

	it('buildPolicy(dir) refuses a page without a policy, naming it', async () => {
		await writeFile(join(dir, 'index.html'), page("default-src 'self'"));
		await writeFile(join(dir, 'stray.html'), '<p>no policy</p>');
		await expect(buildPolicy(dir)).rejects.toThrow(
			/stray\.html has no Content-Security-Policy meta tag/
		);
	});

	it('the cspHeader build step writes csp-header.txt at the build’s root', async () => {
		await writeFile(join(dir, 'index.html'), page("default-src 'self'"));
		await cspHeader.run(dir);
		expect(await readFile(join(dir, CSP_HEADER_FILE), 'utf8')).toBe("default-src 'self'\n");
	});
});
