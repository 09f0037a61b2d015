import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { natoOfficialTotals } from '$lib/data/nato-official';
import { natoShare } from '$lib/data/share';
import { findRelease, sipriCredit } from '$lib/data/spending';
import { loadDataset } from './dataset';

describe('loadDataset() reads the committed spending data', () => {
	const data = loadDataset();

	test('both SIPRI releases, oldest first, with their credit lines', () => {
		expect(data.spending.map((r) => [r.release, r.baseYear, sipriCredit(r)])).toEqual([
			[2019, 2018, 'Source: SIPRI Military Expenditure Database 2020'],
			[2024, 2023, 'Source: SIPRI Military Expenditure Database 2025']
		]);
	});

	test.each([
		{ release: 2019, year: 2018, basis: 'current', percent: '53.0' },
		{ release: 2019, year: 2019, basis: 'current', percent: '54.0' },
		{ release: 2024, year: 2019, basis: 'constant-2023', percent: '57.5' },
		{ release: 2024, year: 2024, basis: 'current', percent: '55.4' }
	] as const)(
		'natoShare(release $release, $year, $basis) is $percent% (data/SOURCES.md §7)',
		({ release, year, basis, percent }) => {
			const share = natoShare(findRelease(data.spending, release).rows, year, basis).share;
			expect((share * 100).toFixed(1)).toBe(percent);
		}
	);

	test("NATO's own figures: both editions, and NATO's 2019 total in the June 2019 edition", () => {
		const totals = natoOfficialTotals(data.natoOfficial, data.members);
		expect(new Set(data.natoOfficial.map((f) => f.edition))).toEqual(
			new Set(['2019-06', '2024-06'])
		);
		const t = totals.find((t) => t.edition === '2019-06' && t.year === 2019)!;
		expect((t.usdMillions / 1000).toFixed(1)).toBe('1036.1');
	});
});

describe('loadDataset(dir) fails on broken spending files with file:line:column', () => {
	let dir: string;
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'dataset-spending-'));
	});
	afterAll(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	async function copy(name: string) {
		const target = join(dir, name);
		await cp('data', target, { recursive: true });
		return target;
	}

	test('a duplicated row in sipri-2024.csv', async () => {
		const data = await copy('duplicate');
		const file = join(data, 'spending', 'sipri-2024.csv');
		const lines = (await readFile(file, 'utf8')).split('\n');
		lines.splice(5, 0, lines[4]!);
		await writeFile(file, lines.join('\n'));
		expect(() => loadDataset(data)).toThrow(
			/sipri-2024\.csv:6:\d+: row \(current, \d+, world\) appears twice/
		);
	});

	test('a release listed without its files', async () => {
		const data = await copy('missing');
		await rm(join(data, 'spending', 'sipri-2019-gaps.csv'));
		expect(() => loadDataset(data)).toThrow(
			/sipri-releases\.csv:2:1: \S*sipri-2019-gaps\.csv is missing; run npm run data:import/
		);
	});

	test('a partial NATO sum whose missing members are not listed', async () => {
		const data = await copy('gaps');
		const file = join(data, 'spending', 'sipri-2024-gaps.csv');
		const text = await readFile(file, 'utf8');
		await writeFile(
			file,
			text
				.split('\n')
				.filter((l) => !l.includes(',1949,nato_at_year_end,'))
				.join('\n')
		);
		expect(() => loadDataset(data)).toThrow(
			/sipri-2024\.csv:\d+:\d+: nato_at_year_end 1949 at current US\$ is flagged partial but \S*sipri-2024-gaps\.csv names no missing member/
		);
	});
});
