/** What a run's results say about the machine, the settings and the build's files. */
import type { Browser } from '@playwright/test';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import type { BuiltFile } from './bytes';
import { FAST_4G, PHONE, DESKTOP, type Profile } from './profiles';
import { SCROLL_SPEED } from './scroll';

/** Count and sizes (plain, gzip, brotli) of a build's files, per type and in `total`. */
export type FileTotals = Record<
	string,
	{ count: number; raw: number; gzip: number; brotli: number }
>;

/** Count and sizes of the build's files per type, and in `total`. */
export function totals(files: readonly BuiltFile[]): FileTotals {
	const out: FileTotals = {};
	for (const file of files) {
		for (const key of [file.type, 'total']) {
			const t = (out[key] ??= { count: 0, raw: 0, gzip: 0, brotli: 0 });
			t.count++;
			t.raw += file.raw;
			t.gzip += file.gzip;
			t.brotli += file.brotli;
		}
	}
	return out;
}

/** The settings every figure was measured with. */
export function settings(options: { runs: number; byteRuns: number; brotli: boolean }) {
	return {
		runs: options.runs,
		byteRuns: options.byteRuns,
		encoding: options.brotli ? 'brotli (quality 11) where accepted, else gzip -9' : 'gzip -9',
		kilobyte: 1000,
		phone: describe(PHONE),
		desktop: describe(DESKTOP),
		fast4g: FAST_4G,
		scrollSpeed: SCROLL_SPEED
	};
}

function describe(profile: Profile) {
	return {
		viewport: profile.context.viewport,
		deviceScaleFactor: profile.context.deviceScaleFactor ?? 1,
		cpuSlowdown: profile.cpu,
		network: profile.network ? 'Fast 4G' : 'none'
	};
}

/** The 1-minute load average, to two decimals. */
export const load = () => Math.round(loadavg()[0]! * 100) / 100;

/** The machine and browser, with the load average before and after the run. */
export function machine(browser: Browser, loadBefore: number): Record<string, string | number> {
	return {
		cpus: cpus().length,
		cpu: cpus()[0]?.model ?? '',
		memoryGB: Math.round(totalmem() / 1e9),
		/** Other work on the machine skews the timings: the 1-minute load average before the run… */
		loadBefore,
		/** …and after it (the run itself adds about one). */
		loadAfter: load(),
		os: `${osType()} ${release()}`,
		node: process.version,
		chromium: browser.version()
	};
}
