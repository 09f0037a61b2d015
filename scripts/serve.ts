// Serves the built site (BUILD_DIR, default build/) as a static host would: npm run preview.
// `--port 0` takes any free port; the address is printed either way.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSP_HEADER_FILE } from './lib/csp-header';
import { serveStatic } from './lib/static-server';

const dir = process.env.BUILD_DIR ?? 'build';
const flag = process.argv.indexOf('--port');
const port = flag >= 0 ? Number(process.argv[flag + 1]) : 4173;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
	console.error('serve: --port takes a port number from 1 to 65535, or 0 for any free port');
	process.exit(2);
}
if (!existsSync(`${dir}/index.html`)) {
	console.error(`serve: no ${dir}/index.html; run npm run build first`);
	process.exit(1);
}
// The Content-Security-Policy the build was made for (every page also carries it as a meta tag).
const policy = join(dir, CSP_HEADER_FILE);
const headers = existsSync(policy)
	? { 'Content-Security-Policy': readFileSync(policy, 'utf8').trim() }
	: undefined;
const server = await serveStatic(dir, { port, host: 'localhost', headers });
console.log(
	`serve: ${dir}/ on ${server.origin}/${headers ? ', with its Content-Security-Policy' : ''}`
);
