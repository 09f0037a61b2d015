/** The command line of `npm run bench`. Pure: parsing touches nothing. */
import { COMPARE_MIN_RUNS } from './compare';

export interface CliOptions {
	help: boolean;
	mode: 'full' | 'bytes';
	runs: number;
	build: 'auto' | 'always' | 'never';
	port: number;
	brotli: boolean;
	/** A git ref to build and measure beside the working tree, or null. */
	compare: string | null;
}

export const USAGE = `Usage: npm run bench [-- options]       (npm run bench:bytes = --bytes)

Builds the site (unless the build is fresh), serves it on 127.0.0.1 with gzip, measures it in
Chromium and compares with bench/budgets.json. Writes bench/results/<time>.json and latest.json;
exits 1 when a budget is broken (or, in the full run, a figure could not be measured).

  --bytes        only bytes per page and type, no throttling; missing parts do not fail
  --runs N       runs per figure, each in a fresh browser context (default 5, at least 3)
  --build        always build first          --no-build   use BUILD_DIR as it is
  --port N       serve on this port (default BENCH_PORT, or any free port)
  --brotli       also serve brotli to browsers that accept it (budgets are gzip)
  --compare REF  also build REF (a commit, branch or tag) in a temporary git worktree and measure
                 both builds, their runs taking turns (at least 5 runs each; no PNG export);
                 prints each figure's medians, ranges and difference, and writes
                 bench/results/compare-<time>.json (exits 0 whatever the budgets say)
  --help         this text

Environment: BUILD_DIR (default build), KIT_OUT, BENCH_PORT, CHROMIUM_PATH.`;

export const CLI_DEFAULTS = { runs: 5 } as const;

/** Parses the arguments; a mistake throws an Error saying what to type instead. */
export function parseCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): CliOptions {
	const options: CliOptions = {
		help: false,
		mode: 'full',
		runs: CLI_DEFAULTS.runs,
		build: 'auto',
		port: Number(env.BENCH_PORT || 0),
		brotli: false,
		compare: null
	};
	const number = (flag: string, value: string | undefined, min: number): number => {
		const n = Number(value);
		if (value === undefined || !Number.isInteger(n) || n < min)
			throw new Error(
				`bench: ${flag} needs a whole number of at least ${min}, e.g. ${flag} ${Math.max(min, 5)}`
			);
		return n;
	};
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		const [flag, inline] = arg.includes('=') ? arg.split('=', 2) : [arg, undefined];
		const value = () => inline ?? args[++i];
		switch (flag) {
			case '--help':
			case '-h':
				options.help = true;
				break;
			case '--bytes':
				options.mode = 'bytes';
				break;
			case '--runs':
				options.runs = number('--runs', value(), 3);
				break;
			case '--build':
				options.build = 'always';
				break;
			case '--no-build':
				options.build = 'never';
				break;
			case '--port':
				options.port = number('--port', value(), 0);
				break;
			case '--brotli':
				options.brotli = true;
				break;
			case '--compare': {
				const ref = value();
				if (!ref || ref.startsWith('-'))
					throw new Error(
						'bench: --compare needs a git ref to compare with, e.g. --compare HEAD or --compare main'
					);
				options.compare = ref;
				break;
			}
			default:
				throw new Error(`bench: unknown option ${arg}; see npm run bench -- --help`);
		}
	}
	if (options.compare !== null && options.runs < COMPARE_MIN_RUNS)
		throw new Error(
			`bench: --compare needs at least ${COMPARE_MIN_RUNS} runs per build to tell a difference from noise; give --runs ${COMPARE_MIN_RUNS} or more`
		);
	if (!Number.isInteger(options.port) || options.port < 0)
		throw new Error(
			`bench: BENCH_PORT=${env.BENCH_PORT} is not a port number; unset it or give --port N`
		);
	return options;
}
