import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DataError } from '../../src/lib/data/errors';
import { parseMembers } from '../../src/lib/data/members';
import { natoShare } from '../../src/lib/data/share';
import {
	parseSipriReleases,
	parseSpendingRelease,
	type SpendingRelease
} from '../../src/lib/data/spending';
import { FIXTURE_MEMBERS, fixture2019, sipriFixture, type FixtureSpec } from './sipri-fixture';
import { ImportError, importSipri } from './sipri-import';

let root: string;
beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'sipri-import-'));
});
afterAll(async () => {
	await rm(root, { recursive: true, force: true });
});

/** A folder with the fixture workbook, the fixture members and a not-yet-existing output folder. */
async function setup(spec: FixtureSpec = fixture2019()) {
	const dir = await mkdtemp(join(root, 'case-'));
	const sipri = join(dir, 'SIPRI-Milex-data-test.xlsx');
	await writeFile(sipri, await sipriFixture(spec));
	const members = join(dir, 'members.csv');
	await writeFile(members, FIXTURE_MEMBERS);
	return { dir, sipri, members, out: join(dir, 'out') };
}

async function readRelease(out: string, release = 2019): Promise<SpendingRelease> {
	const read = async (name: string) => ({
		text: await readFile(join(out, name), 'utf8'),
		file: name
	});
	const meta = parseSipriReleases(
		(await read('sipri-releases.csv')).text,
		'sipri-releases.csv'
	).find((r) => r.release === release)!;
	const files = {
		series: await read(`sipri-${release}.csv`),
		members: await read(`sipri-${release}-members.csv`),
		gaps: await read(`sipri-${release}-gaps.csv`)
	};
	return parseSpendingRelease(meta, files, parseMembers(FIXTURE_MEMBERS, 'members.csv'));
}

describe('importSipri on a workbook shaped like the 2019 release', () => {
	let release: SpendingRelease;
	let files: string[];
	beforeAll(async () => {
		const { sipri, members, out } = await setup();
		const result = await importSipri({ sipri, members, out });
		expect(result).toMatchObject({ release: 2019, baseYear: 2018, edition: 2020 });
		files = (await readdir(out)).sort();
		release = await readRelease(out);
	});

	test('writes the series, the members, the gaps and the release row, nothing else', () => {
		expect(files).toEqual([
			'sipri-2019-gaps.csv',
			'sipri-2019-members.csv',
			'sipri-2019.csv',
			'sipri-releases.csv'
		]);
	});

	test("reads the release, base year and SIPRI's citation from the workbook", () => {
		expect(release).toMatchObject({
			release: 2019,
			baseYear: 2018,
			edition: 2020,
			citation: 'SIPRI Military Expenditure Database 2020, https://www.sipri.org/databases/milex',
			workbook: 'SIPRI-Milex-data-test.xlsx'
		});
		expect(release.sha256).toMatch(/^[0-9a-f]{64}$/);
	});

	const value = (series: string, year: number, basis = 'current') => {
		const row = release.rows.find(
			(r) => r.series === series && r.year === year && r.basis === basis
		)!;
		return [row.usdMillions, row.flag];
	};

	test.each([
		// blue (ARGB) → estimate, red (indexed) → highly uncertain
		{ series: 'united_states', year: 2016, basis: 'current', is: [610, 'estimate'] },
		{ series: 'united_states', year: 2017, basis: 'current', is: [620, 'highly_uncertain'] },
		{ series: 'china', year: 2015, basis: 'current', is: [200, 'estimate'] },
		// members at the end of the year; Iceland's ". ." counts as no military, not as missing
		{ series: 'nato_at_year_end', year: 2015, basis: 'current', is: [600, ''] },
		{ series: 'nato_at_year_end', year: 2016, basis: 'current', is: [610, 'estimate'] },
		// Montenegro joins in 2017; its 0 that year means "not available"
		{ series: 'nato_at_year_end', year: 2017, basis: 'current', is: [620, 'partial'] },
		{ series: 'nato_at_year_end', year: 2018, basis: 'current', is: [640, ''] },
		{ series: 'nato_at_year_end', year: 2019, basis: 'current', is: [711, ''] },
		{ series: 'nato_today', year: 2015, basis: 'current', is: [600, 'partial'] },
		{ series: 'nato_europe_canada', year: 2018, basis: 'current', is: [10, 'estimate'] },
		// world at current prices: the base year derived from constant prices, the last year as printed
		{ series: 'world', year: 2017, basis: 'current', is: [null, 'unavailable'] },
		{ series: 'world', year: 2018, basis: 'current', is: [1210, 'derived'] },
		{ series: 'world', year: 2019, basis: 'current', is: [1350, ''] },
		// world at constant prices: "including Iraq" first; ". ." there is never filled from the other series
		{ series: 'world', year: 2015, basis: 'constant-2018', is: [1000, 'excludes_iraq'] },
		{ series: 'world', year: 2016, basis: 'constant-2018', is: [null, 'unavailable'] },
		{ series: 'world', year: 2017, basis: 'constant-2018', is: [null, 'unavailable'] },
		{ series: 'world', year: 2018, basis: 'constant-2018', is: [1210, ''] },
		{ series: 'world', year: 2019, basis: 'constant-2018', is: [1300, 'estimate'] },
		// the "2019 Current" column of the constant sheet is not a constant-price value
		{ series: 'united_states', year: 2019, basis: 'constant-2018', is: [690, ''] },
		{ series: 'nato_at_year_end', year: 2019, basis: 'constant-2018', is: [700.5, ''] }
	])('$series $year at $basis is $is', ({ series, year, basis, is }) => {
		expect(value(series, year, basis)).toEqual(is);
	});

	test('the gaps name the members each partial sum leaves out, and why', () => {
		const gaps = release.gaps.map((g) => `${g.basis} ${g.year} ${g.series} ${g.iso3} ${g.flag}`);
		expect(gaps).toEqual([
			'current 2017 nato_at_year_end MNE zero_in_source_treated_as_unavailable',
			'current 2015 nato_today MNE not_independent',
			'current 2016 nato_today MNE unavailable',
			'current 2017 nato_today MNE zero_in_source_treated_as_unavailable',
			'current 2017 nato_europe_canada MNE zero_in_source_treated_as_unavailable',
			'constant-2018 2015 nato_today MNE not_independent'
		]);
	});

	test("the members file has each member's 2019 value at both price bases", () => {
		expect(
			release.members.map((m) => `${m.basis} ${m.year} ${m.iso3} ${m.usdMillions} ${m.flag}`)
		).toEqual([
			'current 2019 ISL 0 no_military',
			'current 2019 MNE 11 ',
			'current 2019 USA 700 ',
			'constant-2018 2019 ISL 0 no_military',
			'constant-2018 2019 MNE 10.5 ',
			'constant-2018 2019 USA 690 '
		]);
	});

	test("natoShare(rows, 2019, 'current') divides by the world total the importer wrote", () => {
		expect(natoShare(release.rows, 2019, 'current').share).toBeCloseTo(711 / 1350, 12);
	});
});

describe('importSipri on other shapes of the workbook', () => {
	test('the 2024 style: "Current US$", "Constant (2023) US$", one "World" row, the citation in a cell', async () => {
		const spec = fixture2019({
			style: '2024',
			baseYear: 2018,
			citation: 'cell',
			edition: 2025,
			world: [{ label: 'World', constant: [1.0, 1.05, '...', 1.2, 1.3], current: 1.35 }]
		});
		const { sipri, members, out } = await setup(spec);
		await importSipri({ sipri, members, out });
		const release = await readRelease(out);
		expect(release.edition).toBe(2025);
		const world = release.rows.filter((r) => r.series === 'world' && r.basis === 'constant-2018');
		expect(world.map((r) => [r.year, r.usdMillions, r.flag])).toEqual([
			[2015, 1000, ''],
			[2016, 1050, ''],
			[2017, null, 'unavailable'],
			[2018, 1200, ''],
			[2019, 1300, '']
		]);
	});

	test('a formula with its calculated value is read as that value', async () => {
		const spec = fixture2019({
			current: { ...base.current, USA: [600, 610, 620, 630, { formula: '600+100', result: 700 }] }
		});
		const { sipri, members, out } = await setup(spec);
		await importSipri({ sipri, members, out });
		const row = (await readRelease(out)).rows.find(
			(r) => r.series === 'nato_at_year_end' && r.year === 2019 && r.basis === 'current'
		);
		expect([row?.usdMillions, row?.flag]).toEqual([711, '']);
	});

	test('a second release is added to sipri-releases.csv; importing the first again replaces its row', async () => {
		const { sipri, members, out } = await setup();
		const later = fixture2019({
			years: [2016, 2017, 2018, 2019, 2020],
			baseYear: 2019,
			edition: 2021
		});
		const second = join(out, '..', 'SIPRI-Milex-data-1949-2020.xlsx');
		await writeFile(second, await sipriFixture(later));
		await importSipri({ sipri, members, out });
		await importSipri({ sipri: second, members, out });
		await importSipri({ sipri, members, out });
		const releases = parseSipriReleases(
			await readFile(join(out, 'sipri-releases.csv'), 'utf8'),
			'x'
		);
		expect(releases.map((r) => [r.release, r.baseYear, r.edition])).toEqual([
			[2019, 2018, 2020],
			[2020, 2019, 2021]
		]);
		expect((await readRelease(out, 2020)).members.map((m) => m.year)).toContain(2020);
	});
});

const base = fixture2019();
const BAD: { name: string; spec: FixtureSpec; message: RegExp }[] = [
	{
		name: 'a cell that is neither a number nor a SIPRI symbol',
		spec: { ...base, current: { ...base.current, USA: [600, 610, 'n/a', 630, 700] } },
		message:
			/^SIPRI-Milex-data-test\.xlsx#Current USD:9:5: E9 \(United States of America, 2017\) holds "n\/a", which is neither a number nor one of SIPRI's symbols ". ." and "xxx"; /
	},
	{
		name: "a NATO member's 2019 value that is a formula with no calculated value",
		spec: {
			...base,
			current: { ...base.current, USA: [600, 610, 620, 630, { formula: '600+100' }] }
		},
		message:
			/^SIPRI-Milex-data-test\.xlsx#Current USD:9:7: G9 holds the formula =600\+100 but no calculated value; open and save the workbook in a spreadsheet program so its values are calculated/
	},
	{
		name: 'a formula with no calculated value in a cell the sums do not read',
		spec: {
			...base,
			current: { ...base.current, USA: [600, 610, 620, 630, 700, { formula: 'G9*2' }] }
		},
		message:
			/^SIPRI-Milex-data-test\.xlsx#Current USD:9:8: H9 holds the formula =G9\*2 but no calculated value; /
	},
	{
		name: 'a negative amount',
		spec: { ...base, constant: { ...base.constant, Montenegro: ['xxx', 9, -9.5, 10, 10.5, 11] } },
		message:
			/#Constant \(2018\) USD:11:5: E11 \(Montenegro, 2017\) holds -9\.5, not a non-negative amount; /
	},
	{
		name: 'a font colour the legend does not explain',
		spec: {
			...base,
			current: { ...base.current, China: [200, 210, { value: 220, colour: 'green' }, 230, 240] }
		},
		message:
			/#Current USD:14:5: E14 \(China, 2017\) has font colour 00FF00, which SIPRI's legend does not explain/
	},
	{
		name: 'a member missing from the sheet',
		spec: { ...base, current: { ...base.current, Montenegro: undefined! } },
		message: /#Current USD:6:1: no row for "Montenegro" in column A; /
	},
	{
		name: 'no citation',
		spec: { ...base, citation: 'none' },
		message: /^SIPRI-Milex-data-test\.xlsx:1:1: the workbook does not say how to cite it/
	},
	{
		name: 'a gap in the years',
		spec: { ...base, years: [2015, 2016, 2018, 2019, 2020] },
		message: /#Current USD:6:5: header E6 is 2018 but the column before is 2016/
	},
	{
		name: 'two world rows, neither "including Iraq"',
		spec: {
			...base,
			world: [
				{ label: 'World A', constant: [1, 1, 1, 1, 1], current: 1 },
				{ label: 'World B', constant: [1, 1, 1, 1, 1], current: 1 }
			]
		},
		message: /several world rows \(World A; World B\) but none "including Iraq"/
	}
];

describe('importSipri rejects a bad workbook with file:row:column and writes nothing', () => {
	test.each(BAD)('$name', async ({ spec, message }) => {
		const cleaned = {
			...spec,
			current: Object.fromEntries(Object.entries(spec.current).filter(([, v]) => v !== undefined))
		};
		const { dir, sipri, members, out } = await setup(cleaned);
		const error = await importSipri({ sipri, members, out }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DataError);
		expect(
			(error as Error).message.replace(`${dir}/`, '').replace(/^.*?(SIPRI-Milex)/, '$1')
		).toMatch(message);
		expect((error as Error).message).not.toContain('\n');
		expect(existsSync(out)).toBe(false);
	});

	test('leaves the files already in the output folder as they were, with no temporary files', async () => {
		const { sipri, members, out } = await setup(BAD[0]!.spec);
		await mkdir(out);
		await writeFile(join(out, 'sipri-2019.csv'), 'old\n');
		await expect(importSipri({ sipri, members, out })).rejects.toThrow(DataError);
		expect(await readdir(out)).toEqual(['sipri-2019.csv']);
		expect(await readFile(join(out, 'sipri-2019.csv'), 'utf8')).toBe('old\n');
	});

	test('says when the workbook cannot be read', async () => {
		const { dir, members, out } = await setup();
		const sipri = join(dir, 'not-a-workbook.xlsx');
		await writeFile(sipri, 'hello');
		await expect(importSipri({ sipri, members, out })).rejects.toThrow(ImportError);
		await expect(importSipri({ sipri, members, out })).rejects.toThrow(
			/not-a-workbook\.xlsx: cannot read the workbook \(.+\); check the path and that it is SIPRI's \.xlsx file/
		);
		expect(existsSync(out)).toBe(false);
	});

	test('says when --out is not a folder', async () => {
		const { sipri, members, dir } = await setup();
		const out = join(dir, 'a-file');
		await writeFile(out, '');
		await expect(importSipri({ sipri, members, out })).rejects.toThrow(
			`--out ${out} is a file, not a folder; choose a folder you can write to`
		);
		expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
	});

	test('refuses --out /proc/x at once', async () => {
		const { sipri, members } = await setup();
		const started = performance.now();
		const error = await Promise.race([
			importSipri({ sipri, members, out: '/proc/x' }).catch((e: unknown) => e),
			new Promise((resolve) =>
				setTimeout(() => resolve(new Error('still running after 5 s')), 5000)
			)
		]);
		expect(error).toBeInstanceOf(ImportError);
		expect((error as Error).message).toBe(
			'cannot create --out /proc/x (ENOENT: cannot create a file in /proc); choose a folder you can write to'
		);
		expect(performance.now() - started).toBeLessThan(5000);
	});

	test('creates a nested new --out folder', async () => {
		const { sipri, members, dir } = await setup();
		const out = join(dir, 'a', 'b', 'c');
		await importSipri({ sipri, members, out });
		expect(await readdir(out)).toHaveLength(4);
	});

	test('with a folder in the way of one output file, changes nothing and names that path', async () => {
		const { sipri, members, out } = await setup();
		await mkdir(join(out, 'sipri-2019-gaps.csv'), { recursive: true });
		await writeFile(join(out, 'sipri-2019.csv'), 'old\n');
		const error = await importSipri({ sipri, members, out }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ImportError);
		expect((error as Error).message).toMatch(
			/^cannot write \S*\/out\/sipri-2019-gaps\.csv: a folder is in the way; remove it or choose another --out/
		);
		expect((await readdir(out)).sort()).toEqual(['sipri-2019-gaps.csv', 'sipri-2019.csv']);
		expect(await readFile(join(out, 'sipri-2019.csv'), 'utf8')).toBe('old\n');
	});

	test('rejects a members file that does not parse, naming its line', async () => {
		const { sipri, dir, out } = await setup();
		const members = join(dir, 'members.csv');
		await writeFile(
			members,
			FIXTURE_MEMBERS.replace(
				'1949-04-04,1949,Founding 1949,0,2',
				'1949-04-31,1949,Founding 1949,0,2'
			)
		);
		await expect(importSipri({ sipri, members, out })).rejects.toThrow(
			/members\.csv:2:\d+: accession date "1949-04-31" is not a date/
		);
	});
});

describe('npm run data:import (the CLI, spawned with tsx)', () => {
	const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
	const run = (args: string[]) =>
		spawnSync(tsx, ['scripts/import-sipri.ts', ...args], { encoding: 'utf8', cwd: process.cwd() });

	test('exits 0 and says what it wrote', async () => {
		const { sipri, members, out } = await setup();
		const result = run(['--sipri', sipri, '--out', out, '--members', members]);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(
			/^data:import: SIPRI Military Expenditure Database 2020 \(data to 2019, constant 2018 US\$\)\n/
		);
		expect(result.stdout).toMatch(/data:import: wrote .*out\/sipri-2019\.csv \(\d+ rows\)\n/);
		expect(await readdir(out)).toHaveLength(4);
	});

	test('exits 1 with one line naming file, row, column and problem, and writes nothing', async () => {
		const { sipri, members, out } = await setup(BAD[0]!.spec);
		const result = run(['--sipri', sipri, '--out', out, '--members', members]);
		expect(result.status).toBe(1);
		expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(result.stderr).toMatch(
			/^data:import: \S*SIPRI-Milex-data-test\.xlsx#Current USD:9:5: E9 \(United States of America, 2017\) holds "n\/a".*; .+\n$/
		);
		expect(existsSync(out)).toBe(false);
	});

	test('exits 1 with one line naming the file a folder is in the way of, and writes nothing', async () => {
		const { sipri, members, out } = await setup();
		await mkdir(join(out, 'sipri-2019-gaps.csv'), { recursive: true });
		const result = run(['--sipri', sipri, '--out', out, '--members', members]);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(
			/^data:import: cannot write \S*\/out\/sipri-2019-gaps\.csv: a folder is in the way; remove it or choose another --out \(nothing was written\)\n$/
		);
		expect(await readdir(out)).toEqual(['sipri-2019-gaps.csv']);
	});

	test('exits 1 on a formula with no calculated value, naming its cell, and writes nothing', async () => {
		const { sipri, members, out } = await setup(BAD[1]!.spec);
		const result = run(['--sipri', sipri, '--out', out, '--members', members]);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(
			/^data:import: \S*SIPRI-Milex-data-test\.xlsx#Current USD:9:7: G9 holds the formula =600\+100 but no calculated value; open and save the workbook in a spreadsheet program so its values are calculated, then import it again\n$/
		);
		expect(existsSync(out)).toBe(false);
	});

	test('exits 2 with the usage when no workbook is given', () => {
		const result = run([]);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(
			/^data:import: no workbook given; usage: npm run data:import -- --sipri /
		);
	});

	test('exits 2 on an unknown option', () => {
		const result = run(['--sipri', 'x.xlsx', '--outdir', 'y']);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(/^data:import: Unknown option '--outdir'/);
	});
});
