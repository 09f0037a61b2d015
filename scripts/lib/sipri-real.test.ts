/**
 * The importer on SIPRI's real workbooks, where they are: ../shared/data/raw/ beside the repository
 * (never committed, SIPRI's terms). Skipped on machines without them.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseMembers } from '../../src/lib/data/members';
import { natoShare } from '../../src/lib/data/share';
import {
	findRelease,
	parseSipriReleases,
	parseSpendingRelease,
	spendingFiles,
	type SpendingRelease
} from '../../src/lib/data/spending';
import { importSipri } from './sipri-import';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const RAW = join(REPO, '..', 'shared', 'data', 'raw');
const WORKBOOKS = ['SIPRI-Milex-data-1949-2019.xlsx', 'SIPRI-Milex-data-1949-2024.xlsx'];

describe.skipIf(!WORKBOOKS.every((w) => existsSync(join(RAW, w))))(
	'npm run data:import on the SIPRI workbooks in ../shared/data/raw',
	() => {
		let out: string;
		let releases: SpendingRelease[];
		beforeAll(async () => {
			out = await mkdtemp(join(tmpdir(), 'sipri-real-'));
			const members = join(REPO, 'data', 'nato-members.csv');
			for (const w of WORKBOOKS) await importSipri({ sipri: join(RAW, w), out, members });
			const memberList = parseMembers(await readFile(members, 'utf8'), 'nato-members.csv');
			const list = parseSipriReleases(await readFile(join(out, 'sipri-releases.csv'), 'utf8'), 'x');
			releases = await Promise.all(
				list.map(async (r) => {
					const names = spendingFiles(r.release);
					const read = async (name: string) => ({
						text: await readFile(join(out, name), 'utf8'),
						file: name
					});
					return parseSpendingRelease(
						r,
						{
							series: await read(names.series),
							members: await read(names.members),
							gaps: await read(names.gaps)
						},
						memberList
					);
				})
			);
		});
		afterAll(async () => {
			await rm(out, { recursive: true, force: true });
		});

		const percent = (release: number, year: number, basis: 'current' | 'constant-2023') =>
			natoShare(findRelease(releases, release).rows, year, basis).share * 100;

		test('reads the releases as SIPRI names them: data to 2019 in 2018 US$, data to 2024 in 2023 US$', () => {
			expect(releases.map((r) => [r.release, r.baseYear, r.edition])).toEqual([
				[2019, 2018, 2020],
				[2024, 2023, 2025]
			]);
		});

		test("natoShare(2019 release, 2018, 'current') reproduces SOURCES.md §7: 53.0%", () => {
			expect(Math.abs(percent(2019, 2018, 'current') - 53.0)).toBeLessThanOrEqual(0.05);
		});

		test("natoShare(2019 release, 2019, 'current') reproduces SOURCES.md §7: 54.0%", () => {
			expect(Math.abs(percent(2019, 2019, 'current') - 54.0)).toBeLessThanOrEqual(0.05);
		});

		test("natoShare(2024 release, 2019, 'constant-2023') reproduces SOURCES.md §7: 57.5%", () => {
			expect(Math.abs(percent(2024, 2019, 'constant-2023') - 57.5)).toBeLessThanOrEqual(0.05);
		});

		test('the world totals match SOURCES.md §4 and §7 (US$ bn, to 0.1)', () => {
			const world = (release: number, year: number, basis: string) =>
				findRelease(releases, release).rows.find(
					(r) => r.series === 'world' && r.year === year && r.basis === basis
				)!;
			expect((world(2019, 2018, 'current').usdMillions! / 1000).toFixed(1)).toBe('1854.8');
			expect(world(2019, 2018, 'current').flag).toBe('derived');
			expect((world(2019, 2019, 'current').usdMillions! / 1000).toFixed(1)).toBe('1917.0');
			expect((world(2024, 2019, 'constant-2023').usdMillions! / 1000).toFixed(1)).toBe('2124.5');
			expect((world(2024, 2024, 'current').usdMillions! / 1000).toFixed(1)).toBe('2718.2');
			expect(world(2024, 1991, 'constant-2023')).toMatchObject({
				usdMillions: null,
				flag: 'unavailable'
			});
			expect(world(2024, 1988, 'constant-2023').usdMillions).not.toBeNull();
		});

		test('the committed data/spending files are exactly what the importer writes', async () => {
			const committed = join(REPO, 'data', 'spending');
			const names = (await readdir(out)).sort();
			expect((await readdir(committed)).sort()).toEqual(names);
			for (const name of names) {
				expect(await readFile(join(committed, name), 'utf8'), name).toBe(
					await readFile(join(out, name), 'utf8')
				);
			}
		});
	}
);
