// PNG export of chart states from the built site: `npm run export -- --help`.
import { exportCli } from './lib/export-cli';

process.exitCode = await exportCli(process.argv.slice(2));
