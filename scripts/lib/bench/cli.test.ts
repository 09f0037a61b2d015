import { describe, expect, it } from 'vitest';
import { parseCli } from './cli';

describe('parseCli(args, env)', () => {
	it('parseCli defaults to the full run, 5 runs, building when stale, any free port, gzip', () => {
		expect(parseCli([])).toEqual({
			help: false,
			mode: 'full',
			runs: 5,
			build: 'auto',
			port: 0,
			brotli: false,
			compare: null
		});
	});

	it('parseCli reads every option', () => {
		expect(parseCli(['--bytes', '--runs', '7', '--no-build', '--port=4187', '--brotli'])).toEqual({
			help: false,
			mode: 'bytes',
			runs: 7,
			build: 'never',
			port: 4187,
			brotli: true,
			compare: null
		});
		expect(parseCli(['--build']).build).toBe('always');
		expect(parseCli(['-h']).help).toBe(true);
	});

	it('parseCli reads --compare REF, as a separate or an inline value', () => {
		expect(parseCli(['--compare', 'fcd826a']).compare).toBe('fcd826a');
		expect(parseCli(['--compare=HEAD~2', '--runs', '7'])).toMatchObject({
			compare: 'HEAD~2',
			runs: 7
		});
	});

	it('parseCli takes the port from BENCH_PORT unless --port says otherwise', () => {
		expect(parseCli([], { BENCH_PORT: '4187' }).port).toBe(4187);
		expect(parseCli(['--port', '5000'], { BENCH_PORT: '4187' }).port).toBe(5000);
	});

	it.each([
		[['--runs', '2'], '--runs needs a whole number of at least 3'],
		[['--runs'], '--runs needs a whole number'],
		[['--runs', 'many'], '--runs needs a whole number'],
		[['--fast'], 'unknown option --fast; see npm run bench -- --help'],
		[['--compare'], '--compare needs a git ref to compare with, e.g. --compare HEAD'],
		[['--compare', '--bytes'], '--compare needs a git ref'],
		[['--compare', 'HEAD', '--runs', '4'], '--compare needs at least 5 runs per build'],
		[['--runs', '3', '--compare', 'HEAD'], 'give --runs 5 or more']
	])('parseCli(%j) throws “%s”', (args, message) => {
		expect(() => parseCli(args)).toThrow(message);
	});

	it('parseCli rejects a BENCH_PORT that is not a port', () => {
		expect(() => parseCli([], { BENCH_PORT: 'x' })).toThrow('BENCH_PORT=x is not a port number');
	});
});
