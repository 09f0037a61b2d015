import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadDataset } from './dataset';
import { mapViews } from '$lib/charts/membership-map/model';
import { loadMapFacts, mapBuild, publishedBorders } from './membership-map';

const TODAY = '2026-12-07';

describe('loadDataset(dir, today) and loadMapFacts(dir, today) refuse future dates and duplicates', () => {
	let dir: string;
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'dataset-dates-'));
	});
	afterAll(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	/** A copy of data/ named `name` with `edit` applied to the text of `file`. */
	async function broken(name: string, file: string, edit: (text: string) => string) {
		const target = join(dir, name);
		await cp('data', target, { recursive: true });
		const path = join(target, file);
		const text = await readFile(path, 'utf8');
		const changed = edit(text);
		expect(changed, `the edit of ${file} changes it`).not.toBe(text);
		await writeFile(path, changed);
		return target;
	}

	/** `text` with its line `n` (1-based) given twice. */
	const repeatLine = (n: number) => (text: string) => {
		const lines = text.split('\n');
		lines.splice(n, 0, lines[n - 1]!);
		return lines.join('\n');
	};

	test('the committed data loads on any day from the newest date in it (SIPRI edition 2025) on', () => {
		expect(loadDataset('data', '2025-01-01').members).toHaveLength(32);
		expect(loadMapFacts('data', '2025-01-01').changes).toHaveLength(10);
		expect(() => loadDataset('data', '2024-12-31')).toThrow(
			/sipri-releases\.csv:3:\d+: edition "2025" is after this year \(2024\)/
		);
	});

	test('Sweden joining in 2031 in nato-members.csv', async () => {
		const data = await broken('sweden', 'nato-members.csv', (t) =>
			t.replace('2024-03-07,2024,', '2031-03-07,2031,')
		);
		expect(() => loadDataset(data, TODAY)).toThrow(
			/nato-members\.csv:33:\d+: accession date "2031-03-07" is after today \(2026-12-07\); the data records what has happened: check the date$/
		);
		expect(() => loadMapFacts(data, TODAY)).toThrow(/nato-members\.csv:33:\d+: accession date/);
	});

	test('a Warsaw Pact member leaving after today in warsaw-pact.csv', async () => {
		const data = await broken('pact', 'warsaw-pact.csv', (t) =>
			t.replace('Poland,POL,616,1955-05-14,1991-07-01', 'Poland,POL,616,1955-05-14,2027-07-01')
		);
		expect(() => loadDataset(data, TODAY)).toThrow(
			/warsaw-pact\.csv:3:\d+: leaving date "2027-07-01" is after today/
		);
	});

	test('a NATO edition after this month in milex-nato-official.csv', async () => {
		const data = await broken('edition', 'nato/milex-nato-official.csv', (t) =>
			t.replace(/\n2024-06,/, '\n2027-06,')
		);
		expect(() => loadDataset(data, TODAY)).toThrow(
			/milex-nato-official\.csv:\d+:1: edition "2027-06" is after this month \(2026-12\)/
		);
	});

	test('a duplicated row in milex-nato-official.csv', async () => {
		const data = await broken('official-twice', 'nato/milex-nato-official.csv', repeatLine(2));
		expect(() => loadDataset(data, TODAY)).toThrow(
			/milex-nato-official\.csv:3:\d+: row \(2019-06, ALB, 2012\) appears twice \(first on line 2\)/
		);
	});

	test('a duplicated row in nato-events.csv', async () => {
		const data = await broken('events-twice', 'nato-events.csv', repeatLine(7));
		expect(() => loadMapFacts(data, TODAY)).toThrow(
			/nato-events\.csv:8:1: event \(1990-10-03, territory_change, DEU\) appears twice \(first on line 7\); the file has one row per date, event type and country: remove the duplicate row/
		);
	});

	test('an event after today in nato-events.csv', async () => {
		const data = await broken('event-later', 'nato-events.csv', (t) =>
			t.replace('\n2009-04-04,day,', '\n2027-04-04,day,')
		);
		expect(() => loadMapFacts(data, TODAY)).toThrow(
			/nato-events\.csv:8:1: date "2027-04-04" is after today \(2026-12-07\)/
		);
	});

	test('a map change after today in map-changes.csv', async () => {
		const data = await broken('change-later', 'map-changes.csv', (t) =>
			t.replace('\n1993-01-01,dissolved,', '\n2029-01-01,dissolved,')
		);
		expect(() => loadMapFacts(data, TODAY)).toThrow(
			/map-changes\.csv:9:1: date "2029-01-01" is after today \(2026-12-07\)/
		);
	});

	test('a state of the former Yugoslavia missing from yugoslav-states.csv', async () => {
		const data = await broken('yugoslavia', 'yugoslav-states.csv', (t) =>
			t.replace(/\nBIH,[^\n]*/, '')
		);
		expect(() => loadMapFacts(data, TODAY)).toThrow(
			/map-changes\.csv: Yugoslavia's parts \(BIH HRV MKD MNE SRB SVN XKX\) differ from .*yugoslav-states\.csv \(HRV MKD MNE SRB SVN XKX\); make them agree$/
		);
	});

	test('a state of yugoslav-states.csv with another id in nato-members.csv', async () => {
		const data = await broken('yugoslav-id', 'yugoslav-states.csv', (t) =>
			t.replace('\nSVN,705,Slovenia,Slovenia,', '\nSVN,191,Slovenia,Croatia,')
		);
		expect(() => loadMapFacts(data, TODAY)).toThrow(
			/yugoslav-states\.csv: SVN has the id 191, but 705 in nato-members\.csv or soviet-republics\.csv; make them agree$/
		);
	});

	test('a duplicated row in map-territories.csv', async () => {
		const data = await broken('territory-twice', 'map-territories.csv', repeatLine(2));
		expect(() => loadMapFacts(data, TODAY)).toThrow(
			/map-territories\.csv:3:1: territory 304 appears twice \(first on line 2\)/
		);
	});

	test('a duplicated row in russia-border-lengths.csv', async () => {
		const data = await broken('border-twice', 'russia-border-lengths.csv', repeatLine(2));
		expect(() => publishedBorders(data)).toThrow(
			/russia-border-lengths\.csv:3:5: border between world-atlas ids 578-643 appears twice \(first on line 2\)/
		);
	});

	test('a border the map draws with no row in russia-border-lengths.csv', async () => {
		const data = await broken('border-missing', 'russia-border-lengths.csv', (text) =>
			text.replace(/^TUR,792,AZE,031,.*\n/m, '')
		);
		const { facts, eras, shared } = mapBuild();
		expect(() => mapViews(facts, eras, shared, publishedBorders(data, facts.ids))).toThrow(
			/russia-border-lengths\.csv: the map draws a border between TUR \(792\) and world-atlas id 031 on 1952-02-18, but no row gives its published length; add a row for 031-792/
		);
	});
});
