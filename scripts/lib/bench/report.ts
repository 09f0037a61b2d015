/** The run's report: printed tables and the JSON files in bench/results/. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { failed } from './budgets';
import type { BenchResult } from './run';
import { budgetTable, sectionTable } from './table';

export const RESULTS_DIR = 'bench/results';

/** Sections in the order printed, with a heading each. */
const SECTIONS: [string, string][] = [
	['bytes', 'Bytes on first load, compressed as sent'],
	['static', 'The whole build, gzip -9 per type (not all of it is loaded)'],
	['phone', 'Phone load (390×844 @2×, CPU 4× slower, Fast 4G)'],
	['desktop', 'Desktop load (1280×800 @1×, no throttling)'],
	['scroll', 'Scroll through the story on the phone profile'],
	['step', 'Step change: trigger line crossing to the new state painted'],
	['export', 'PNG export per image']
];

/** The printed report (markdown, readable in a terminal). */
export function renderReport(result: BenchResult): string {
	const m = result.machine;
	const s = result.settings;
	const out = [
		`# Benchmark (${result.mode}) ${result.when}`,
		'',
		`Machine: ${m.cpus} CPUs (${m.cpu}), ${m.memoryGB} GB, ${m.os}, Node ${m.node}, Chromium ${m.chromium}; load average ${m.loadBefore} before, ${m.loadAfter} after.`,
		`Each figure is the median of ${s.runs} runs in fresh browser contexts; bytes are ${s.encoding}, 1 KB = 1000 B.`,
		`Build: ${result.build}.`
	];
	if (Number(m.loadBefore) > Number(m.cpus))
		out.push(
			'',
			`Warning: the machine was busy (load average ${m.loadBefore} on ${m.cpus} CPUs before the run); the timings are not representative. Run again on a quiet machine.`
		);
	const values = result.figures.values;
	for (const [section, heading] of SECTIONS) {
		if (!Object.keys(values).some((id) => id.startsWith(`${section}:`))) continue;
		out.push('', `## ${heading}`, '', sectionTable(values, section, result.verdicts));
	}
	out.push(
		'',
		'## Budgets (bench/budgets.json)',
		'',
		budgetTable(result.verdicts),
		'',
		summary(result)
	);
	return out.join('\n');
}

/** One line: how many budgets hold, are broken, were not measured. */
export function summary(result: BenchResult): string {
	const count = (status: string) => result.verdicts.filter((v) => v.status === status).length;
	const [pass, fail, missing] = [count('pass'), count('fail'), count('missing')];
	const failing = failed(result.verdicts, result.mode === 'full');
	return (
		`${failing ? 'FAIL' : 'OK'}: ${pass} hold, ${fail} broken, ${missing} not measured` +
		(missing && result.mode === 'bytes' ? ' (the bytes run checks what exists)' : '')
	);
}

/** Writes `<time>.json` and `latest.json` (all or nothing for each); returns the first path. */
export function writeResults(result: BenchResult, dir = RESULTS_DIR): string {
	mkdirSync(dir, { recursive: true });
	const json = `${JSON.stringify(result, null, '\t')}\n`;
	const stamp = result.when.replace(/[:.]/g, '-');
	const file = join(dir, `${stamp}${result.mode === 'bytes' ? '-bytes' : ''}.json`);
	for (const path of [
		file,
		join(dir, result.mode === 'bytes' ? 'latest-bytes.json' : 'latest.json')
	]) {
		writeFileSync(`${path}.tmp`, json);
		renameSync(`${path}.tmp`, path);
	}
	return file;
}
