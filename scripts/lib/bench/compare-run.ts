/**
 * `npm run bench -- --compare <ref>`: builds the working tree as usual and `ref` in a temporary
 * worktree, measures both with their runs taking turns, and reports the comparison. The worktree
 * and its build are removed afterwards, also on an error, Ctrl-C or SIGTERM.
 */
import { buildDir, ensureBuild } from './build';
import type { CliOptions } from './cli';
import { comparison, renderComparison, writeComparison } from './compare-report';
import { runBench } from './run';
import { buildRef, workingTree } from './worktree';

/** Runs the comparison; the report goes to stdout, progress to `log`. */
export async function runComparison(
	options: CliOptions & { compare: string },
	log: (line: string) => void
): Promise<void> {
	const dir = buildDir();
	const head = { ...workingTree(), build: ensureBuild(dir, options.build) };
	log(`bench: ${head.build}`);
	const ref = buildRef(options.compare, log);
	const stop = (signal: NodeJS.Signals) => {
		ref.remove();
		process.exit(signal === 'SIGINT' ? 130 : 143);
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
	try {
		const [base, working] = await runBench(
			{ ...options, byteRuns: 1, exports: false },
			[
				{ name: options.compare, dir: ref.dir, build: `built ${options.compare} in a worktree` },
				{ name: 'working tree', dir, build: head.build }
			],
			log
		);
		const result = comparison(
			{
				name: options.compare,
				commit: ref.commit,
				about: `${options.compare} (${ref.commit.slice(0, 10)}), built in a temporary worktree`,
				result: base!
			},
			{
				name: 'working tree',
				commit: head.commit,
				about: `the working tree at ${head.commit.slice(0, 10)}${head.changed ? ' with uncommitted changes' : ', no uncommitted changes'} (${head.build})`,
				result: working!
			}
		);
		console.log(renderComparison(result));
		log(`bench: wrote ${writeComparison(result)}`);
	} finally {
		process.off('SIGINT', stop);
		process.off('SIGTERM', stop);
		ref.remove();
		log(`bench: removed the worktree and build of ${options.compare}`);
	}
}
