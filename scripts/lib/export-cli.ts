/**
 * `npm run export`: checks the whole command against the build first (nothing is written for a bad
 * one), draws every image in one browser, then writes each PNG and its sidecar atomically.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { helpText, parseExportArgs, UsageError } from './export-args';
import { buildDir, readBuild } from './export-build';
import { planExports } from './export-plan';
import { openExporter, renderAll, RenderError, type Exporter } from './export-run';
import { sidecar, writeAtomically } from './export-write';

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
		const args = parseExportArgs(argv);
		if (args.help) {
			io.log(helpText());
			return 0;
		}
		const dir = buildDir(io.env);
		const charts = readBuild(dir, args.charts);
		const jobs = planExports(args, charts);
		if (existsSync(args.out) && !statSync(args.out).isDirectory())
			throw new UsageError(
				`export: --out ${args.out} is a file, not a directory; name a directory`
			);

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

		for (const [i, { name, rendered }] of drawn.entries()) {
			const file = `${name}.png`;
			writeAtomically(join(args.out, file), rendered.png);
			writeAtomically(
				join(args.out, `${name}.json`),
				JSON.stringify(sidecar(jobs[i]!, rendered, file), null, '\t') + '\n'
			);
			const { width, height, scale } = rendered;
			io.log(`export: ${join(args.out, file)} (${width * scale} × ${height * scale} px)`);
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
