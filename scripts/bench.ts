// The benchmark: `npm run bench` (everything), `npm run bench:bytes` (bytes only), or
// `npm run bench -- --compare <ref>` (the working tree beside another commit); --help.
import { failed } from './lib/bench/budgets';
import { buildDir, ensureBuild } from './lib/bench/build';
import { parseCli, USAGE } from './lib/bench/cli';
import { runComparison } from './lib/bench/compare-run';
import { renderReport, writeResults } from './lib/bench/report';
import { runBench } from './lib/bench/run';

try {
	const options = parseCli(process.argv.slice(2), process.env);
	const log = (line: string) => console.error(line);
	if (options.help) {
		console.log(USAGE);
	} else if (options.compare !== null) {
		await runComparison({ ...options, compare: options.compare }, log);
	} else {
		const dir = buildDir();
		const build = ensureBuild(dir, options.build);
		log(`bench: ${build}`);
		const [result] = await runBench(
			{ ...options, byteRuns: options.runs, exports: true },
			[{ name: 'working tree', dir, build }],
			log
		);
		console.log(renderReport(result!));
		log(`bench: wrote ${writeResults(result!)}`);
		process.exitCode = failed(result!.verdicts, options.mode === 'full') ? 1 : 0;
	}
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 2;
}
