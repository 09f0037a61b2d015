// Serves the built site (BUILD_DIR, default build/) as a static host would: npm run preview.
// `--port 0` takes any free port; the address is printed either way.
import { existsSync } from 'node:fs';
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
const server = await serveStatic(dir, { port, host: 'localhost' });
console.log(`serve: ${dir}/ on ${server.origin}/`);
