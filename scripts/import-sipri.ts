/**
 * npm run data:import -- --sipri SIPRI-Milex-data-1949-2024.xlsx [--out data/spending] [--members data/nato-members.csv]
 * Writes SIPRI's aggregates for the story (never the workbook or per-country series).
 * Exit codes: 0 written, 1 bad input (nothing written), 2 bad arguments.
 */
import { parseArgs } from 'node:util';
import { DataError } from '../src/lib/data/errors';
import { ImportError, importSipri } from './lib/sipri-import';

const USAGE =
	'usage: npm run data:import -- --sipri SIPRI-Milex-data-1949-2024.xlsx [--out data/spending] [--members data/nato-members.csv]';

function fail(message: string, code: number): never {
	console.error(`data:import: ${message.replace(/\s*\n\s*/g, ' ')}`);
	process.exit(code);
}

let args;
try {
	args = parseArgs({
		options: {
			sipri: { type: 'string' },
			out: { type: 'string' },
			members: { type: 'string' },
			help: { type: 'boolean', short: 'h' }
		}
	}).values;
} catch (error) {
	fail(`${(error as Error).message}; ${USAGE}`, 2);
}
if (args.help) {
	console.log(USAGE);
	process.exit(0);
}
if (!args.sipri) fail(`no workbook given; ${USAGE}`, 2);

try {
	const result = await importSipri({ sipri: args.sipri, out: args.out, members: args.members });
	console.log(
		`data:import: SIPRI Military Expenditure Database ${result.edition} (data to ${result.release}, constant ${result.baseYear} US$)`
	);
	for (const file of result.files)
		console.log(`data:import: wrote ${file.path} (${file.rows} rows)`);
} catch (error) {
	if (error instanceof DataError || error instanceof ImportError) fail(error.message, 1);
	fail(`unexpected error: ${(error as Error).stack ?? error}`, 1);
}
