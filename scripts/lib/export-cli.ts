/**
 * `npm run export`: checks the whole command against the build and `--out` first (nothing is
 * written for a bad one), draws every image in one browser, then writes all PNGs and their
 * sidecars or none.
 */
import { join } from 'node:path';
import { helpText, parseExportArgs, UsageError } from './export-args';
import { buildDir, readBuild, readManifest } from './export-build';
import { planExports } from './export-plan';
import { openExporter, renderAll, RenderError, type Exporter } from './export-run';
import { sidecar } from './export-write';
import { checkOutDir, OutDirError } from './out-dir';
import { WriteError, writeAtomically } from './write-atomically';

/** Where output and messages go, and what draws (the tests pass their own). */
export interface Io {
	log(line: string): void;
	error(line: string): void;
	env: NodeJS.ProcessEnv;
	/** Serves the build and starts the browser; default `openExporter` (Chromium). */
	openExporter?: (dir: string) => Promise<Exporter>;
}

const defaultIo: Io = { log: console.log, error: console.error, env: process.env };

/** Runs the export command line; returns the exit code (2 for a bad command, 1 for a failed drawing). */
export async function exportCli(argv: readonly string[], io: Io = defaultIo): Promise<number> {
	let exporter: Exporter | undefined;
	try {
		const dir = buildDir(io.env);
		if (argv.includes('--help') || argv.includes('-h')) {
			const known = (() => {
				try {
					return readManifest(dir).charts.map((c) => c.id);
				} catch {
					return [];
				}
			})();
			io.log(helpText(known));
			return 0;
		}
		const args = parseExportArgs(
			argv,
			readManifest(dir).charts.map((c) => c.id)
		);
		const charts = readBuild(dir, args.charts);
		const jobs = planExports(args, charts);
		await checkOutDir(args.out).catch((e: unknown) => {
			throw e instanceof OutDirError ? new UsageError(`export: ${e.message}`) : e;
		});

		const started = performance.now();
		exporter = await (io.openExporter ?? openExporter)(dir);
		const ready = performance.now();
		const drawn = (await renderAll(exporter, jobs)).map((rendered, i) => ({
			name: jobs[i]!.name,
			rendered
		}));
		const done = performance.now();
		await exporter.close();
		exporter = undefined;

		const files = drawn.flatMap(({ name, rendered }, i) => [
			{ path: join(args.out, `${name}.png`), data: rendered.png },
			{
				path: join(args.out, `${name}.json`),
				data: JSON.stringify(sidecar(jobs[i]!, rendered, `${name}.png`), null, '\t') + '\n'
			}
		]);
		try {
			await writeAtomically(files);
		} catch (e) {
			if (!(e instanceof WriteError)) throw e;
			io.error(`export: cannot write ${e.path}: ${e.problem}; ${e.remedy} or choose another --out`);
			return 1;
		}
		for (const { name, rendered } of drawn) {
			const { width, height, scale } = rendered;
			io.log(`export: ${join(args.out, `${name}.png`)} (${width * scale} × ${height * scale} px)`);
		}
		const per = jobs.length ? (done - ready) / jobs.length : 0;
		io.log(
			`export: ${jobs.length} image${jobs.length === 1 ? '' : 's'}; browser start ${Math.round(ready - started)} ms, ` +
				`${Math.round(per)} ms per image`
		);
		return 0;
	} catch (error) {
		if (error instanceof UsageError || error instanceof RenderError) {
			io.error(error.message);
			return error instanceof UsageError ? 2 : 1;
		}
		io.error(`export: ${(error as Error).stack ?? error}`);
		return 1;
	} finally {
		await exporter?.close();
	}
}
