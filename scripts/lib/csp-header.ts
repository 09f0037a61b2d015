/**
 * The Content-Security-Policy header of a build: one policy that allows every built page (each
 * page's own policy is its meta tag, see src/lib/server/csp.ts), written to `csp-header.txt` at
 * the build's root for the host to send and for `npm run preview` to send.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatPolicy, mergePolicies, pagePolicy, type Policy } from '../../src/lib/server/csp';

/** The file at a build's root that holds its header's value. */
export const CSP_HEADER_FILE = 'csp-header.txt';

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name));
}

/** The header value that allows every page of the build in `dir`; throws if a page has no policy. */
export async function buildPolicy(dir: string): Promise<string> {
	const policies: Policy[] = [];
	for (const file of await htmlFiles(dir)) {
		const policy = pagePolicy(await readFile(file, 'utf8'));
		if (!policy)
			throw new Error(
				`csp: ${file} has no Content-Security-Policy meta tag; check kit.csp in svelte.config.js`
			);
		policies.push(policy);
	}
	if (policies.length === 0) throw new Error(`csp: no pages in ${dir}; run vite build first`);
	return formatPolicy(mergePolicies(policies));
}

/** The build step that writes `csp-header.txt` from the pages `vite build` wrote. */
export const cspHeader = {
	name: 'the Content-Security-Policy header',
	async run(dir: string): Promise<void> {
		await writeFile(join(dir, CSP_HEADER_FILE), `${await buildPolicy(dir)}\n`);
	}
};
