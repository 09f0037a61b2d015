import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEvents } from './events';
import { parseMapChanges } from './map-changes';
import { parseTerritories } from './territories';
import { parsePublishedBorders } from './border-lengths';
import { parseYugoslavStates } from './yugoslav-states';

const read = (name: string) => readFileSync(`data/${name}`, 'utf8');
const EVENTS_HEAD =
	'date,date_precision,event_type,iso3,iso_numeric,title,description,map_effect,source\n';
const CHANGES_HEAD = 'date,change,entity,code,from,into,successors,title,note,source\n';
const TERRITORIES_HEAD = 'iso_numeric,name,drawn_with,note,source\n';
const BORDERS_HEAD = 'iso3,iso_numeric,neighbour_iso3,neighbour_iso_numeric,km,note,source\n';
const YUGOSLAV_HEAD = 'iso3,iso_numeric,name,name_atlas,note,source\n';

describe('parseEvents', () => {
	it('parseEvents(nato-events.csv) reads day and year dates', () => {
		const events = parseEvents(read('nato-events.csv'), 'data/nato-events.csv');
		const reunification = events.find((e) => e.date === '1990-10-03');
		expect(reunification).toMatchObject({
			precision: 'day',
			type: 'territory_change',
			iso3: 'DEU',
			id: '276'
		});
		expect(events.find((e) => e.date === '1957')).toMatchObject({ precision: 'year', iso3: 'DEU' });
	});

	it.each([
		['1957-01-01,year,x,,,t,,,s', '2:1', 'does not match its precision "year"'],
		['1957,day,x,,,t,,,s', '2:1', 'does not match its precision "day"'],
		['1990-02-30,day,x,,,t,,,s', '2:1', 'does not match'],
		['1990-10-03,month,x,,,t,,,s', '2:12', 'is not one of'],
		['1990-10-03,day,x,De,,t,,,s', '2:18', 'three capital letters'],
		['1990-10-03,day,x,DEU,27,t,,,s', '2:22', 'not three digits'],
		['1990-10-03,day,x,DEU,276,,,,s', '2:26', 'title is empty']
	])('parseEvents fails on "%s" at %s', (row, at, message) => {
		expect(() => parseEvents(EVENTS_HEAD + row, 'e.csv')).toThrow(`e.csv:${at}: `);
		expect(() => parseEvents(EVENTS_HEAD + row, 'e.csv')).toThrow(message);
	});

	it.each([
		[
			'2026-12-08,day,x,,,t,,,s',
			'date "2026-12-08" is after today (2026-12-07); the data records what has happened: check the date'
		],
		[
			'2027,year,x,,,t,,,s',
			'date "2027" is after this year (2026); the data records what has happened: check the year'
		]
	])('parseEvents(text, file, today) refuses "%s", after the build day', (row, message) => {
		expect(() => parseEvents(EVENTS_HEAD + row, 'e.csv', '2026-12-07')).toThrow(
			`e.csv:2:1: ${message}`
		);
	});

	it('parseEvents(text, file, today) reads a date on the build day itself', () => {
		const events = parseEvents(
			EVENTS_HEAD + '2026-12-07,day,x,,,t,,,s\n2026,year,y,,,t,,,s',
			'e.csv',
			'2026-12-07'
		);
		expect(events.map((e) => e.date)).toEqual(['2026-12-07', '2026']);
	});

	it('parseEvents refuses an event of the same type, country and date twice', () => {
		const text =
			EVENTS_HEAD +
			'1990-10-03,day,x,DEU,276,t,,,s\n1957,year,x,DEU,276,u,,,s\n1990-10-03,day,x,DEU,276,t2,,,s\n';
		expect(() => parseEvents(text, 'e.csv')).toThrow(
			'e.csv:4:1: event (1990-10-03, x, DEU) appears twice (first on line 2); the file has one row per date, event type and country: remove the duplicate row'
		);
		expect(parseEvents(text.replace('x,DEU,276,t2', 'x,FRA,250,t2'), 'e.csv')).toHaveLength(3);
	});

	it('parseEvents refuses an alliance-wide event given twice', () => {
		const text = EVENTS_HEAD + '1949-04-04,day,treaty,,,t,,,s\n1949-04-04,day,treaty,,,t,,,s\n';
		expect(() => parseEvents(text, 'e.csv')).toThrow(
			'e.csv:3:1: event (1949-04-04, treaty, the alliance) appears twice (first on line 2)'
		);
	});
});

describe('parseMapChanges', () => {
	const events = parseEvents(read('nato-events.csv'), 'data/nato-events.csv');

	it('parseMapChanges(map-changes.csv, events) reads joins, secessions and dissolutions that agree with nato-events.csv', () => {
		const changes = parseMapChanges(read('map-changes.csv'), 'data/map-changes.csv', events);
		expect(changes.map((c) => [c.date, c.change, c.code, c.from || c.into])).toEqual([
			['1957-01-01', 'joined', 'DE-SL', 'DEU'],
			['1990-10-03', 'joined', 'DDR', 'DEU'],
			['1991-06-25', 'seceded', 'SVN', 'YUG'],
			['1991-06-25', 'seceded', 'HRV', 'YUG'],
			['1991-09-08', 'seceded', 'MKD', 'YUG'],
			['1991-12-26', 'dissolved', 'SUN', ''],
			['1992-03-03', 'seceded', 'BIH', 'YUG'],
			['1993-01-01', 'dissolved', 'CSK', ''],
			['2006-06-03', 'dissolved', 'YUG', ''],
			['2008-02-17', 'seceded', 'XKX', 'SRB']
		]);
		expect(changes.find((c) => c.code === 'YUG')!.successors).toEqual(['MNE', 'SRB']);
		expect(changes.find((c) => c.code === 'CSK')!.successors).toEqual(['CZE', 'SVK']);
		expect(changes.find((c) => c.code === 'SUN')!.successors).toHaveLength(15);
	});

	it.each([
		['1990-10-04,joined,GDR,DDR,,DEU,,t,,s', '2:1', 'no territory change of DEU on 1990-10-04'],
		['1956-01-01,joined,Saar,DE-SL,,DEU,,t,,s', '2:1', 'no territory change of DEU on 1956-01-01'],
		['1991-12-26,ended,USSR,SUN,,,RUS UKR,t,,s', '2:12', 'is not one of'],
		['1991-12-26,dissolved,USSR,su,,,RUS UKR,t,,s', '2:27', 'neither ISO 3166-3'],
		['1991-12-26,dissolved,USSR,SUN,,RUS,RUS UKR,t,,s', '2:32', 'joins nothing'],
		['1991-12-26,dissolved,USSR,SUN,YUG,,RUS UKR,t,,s', '2:31', 'leaves no union'],
		['1990-10-03,joined,GDR,DDR,,,,t,,s', '2:28', 'not an alpha-3 code'],
		['1990-10-03,joined,GDR,DDR,YUG,DEU,,t,,s', '2:27', 'leaves no union'],
		['1991-12-26,dissolved,USSR,SUN,,,RUS UKR,t,,', '2:44', 'source is empty'],
		['1993-01-01,dissolved,CSK,CSK,,,CZE,t,,s', '2:32', 'has 1 successor(s)'],
		['1993-01-01,dissolved,CSK,CSK,,,CZE sk,t,,s', '2:32', 'successor "sk" is not an alpha-3 code'],
		['1993-01-01,dissolved,CSK,CSK,,,CZE CZE,t,,s', '2:32', 'successor CZE is listed twice'],
		['1990-10-03,joined,GDR,DDR,,DEU,DEU,t,,s', '2:32', 'has no successors'],
		['1991-06-25,seceded,Slovenia,DE-SL,YUG,,,t,,s', '2:29', 'its code "DE-SL" is not an alpha-3'],
		['1991-06-25,seceded,Slovenia,SVN,,,,t,,s', '2:33', 'the union it leaves ("") is not a code'],
		['1991-06-25,seceded,Slovenia,SVN,YUG,DEU,,t,,s', '2:37', 'secedes, so it joins nothing'],
		['1991-06-25,seceded,Slovenia,SVN,YUG,,HRV,t,,s', '2:38', 'has no successors of its own']
	])('parseMapChanges fails on "%s" at %s', (row, at, message) => {
		const parse = () => parseMapChanges(CHANGES_HEAD + row, 'c.csv', events);
		expect(parse).toThrow(`c.csv:${at}: `);
		expect(parse).toThrow(message);
	});

	it('parseMapChanges(text, file, events, today) refuses a change after the build day', () => {
		const text = CHANGES_HEAD + '2026-12-08,dissolved,USSR,SUN,,,RUS UKR,t,,s\n';
		expect(parseMapChanges(text, 'c.csv', undefined, '2026-12-08')).toHaveLength(1);
		expect(() => parseMapChanges(text, 'c.csv', undefined, '2026-12-07')).toThrow(
			'c.csv:2:1: date "2026-12-08" is after today (2026-12-07); the data records what has happened: check the date'
		);
	});

	it('parseMapChanges fails on a code given twice', () => {
		const text =
			CHANGES_HEAD +
			'1991-12-26,dissolved,USSR,SUN,,,RUS UKR,t,,s\n1991-12-27,dissolved,USSR,SUN,,,RUS UKR,t,,s\n';
		expect(() => parseMapChanges(text, 'c.csv')).toThrow(
			'c.csv:3:27: code SUN appears twice (first on line 2)'
		);
	});

	/** A union that loses parts step by step, as Yugoslavia did (dates made up). */
	const STEPS = [
		'2001-01-01,seceded,A,AAA,UUU,,,t,,s',
		'2002-01-01,seceded,B,BBB,UUU,,,t,,s',
		'2003-01-01,dissolved,U,UUU,,,CCC DDD,t,,s',
		'2004-01-01,seceded,E,EEE,DDD,,,t,,s'
	];
	const steps = (...rows: string[]) => CHANGES_HEAD + rows.join('\n') + '\n';

	it('parseMapChanges reads parts seceding from a union before it is dissolved, and from one of its successors after', () => {
		const changes = parseMapChanges(steps(...STEPS), 'c.csv');
		expect(changes.map((c) => [c.change, c.code, c.from, c.successors.join(' ')])).toEqual([
			['seceded', 'AAA', 'UUU', ''],
			['seceded', 'BBB', 'UUU', ''],
			['dissolved', 'UUU', '', 'CCC DDD'],
			['seceded', 'EEE', 'DDD', '']
		]);
	});

	it.each([
		[
			'a union no row draws',
			[STEPS[0]!, STEPS[1]!.replace(',UUU,', ',UUX,'), STEPS[2]!],
			'c.csv:3:26: "B" secedes from UUX, which no "dissolved" row draws; name a former state'
		],
		[
			'a part that also is a successor',
			[STEPS[0]!, STEPS[1]!, STEPS[2]!.replace('CCC DDD', 'CCC DDD AAA')],
			'c.csv:2:22: AAA is drawn as part of UUU twice (first on line 4); a part leaves UUU once'
		],
		[
			'a part of two unions',
			[...STEPS, '2005-01-01,dissolved,V,VVV,,,BBB FFF,t,,s'],
			'c.csv:3:22: BBB is drawn as part of UUU, but line 6 already draws it as part of VVV; a state is part of one union'
		],
		[
			'a secession on the day of the dissolution',
			[STEPS[0]!, STEPS[1]!.replace('2002-01-01', '2003-01-01'), STEPS[2]!],
			'c.csv:3:1: "B" secedes from UUU on 2003-01-01, but UUU is dissolved on 2003-01-01 (line 4); a state that leaves on the day of the dissolution is one of its successors'
		],
		[
			'a secession after the dissolution',
			[STEPS[0]!, STEPS[2]!, STEPS[1]!.replace('2002-01-01', '2003-06-01')],
			'c.csv:4:1: "B" secedes from UUU on 2003-06-01, but UUU is dissolved on 2003-01-01 (line 3)'
		],
		[
			'rows out of date order',
			[STEPS[1]!, STEPS[0]!, STEPS[2]!],
			'c.csv:3:1: date 2001-01-01 comes before the row above (2002-01-01, line 2); keep the rows in date order'
		],
		[
			'a row given twice',
			[STEPS[0]!, STEPS[0]!, STEPS[2]!],
			'c.csv:3:22: code AAA appears twice (first on line 2)'
		],
		[
			'a union among its own parts',
			['2003-01-01,dissolved,U,UUU,,,CCC UUU,t,,s'],
			'c.csv:2:24: UUU is drawn as part of itself (UUU in UUU); a union cannot be one of its own parts'
		]
	])('parseMapChanges fails on %s', (_, rows, message) => {
		expect(() => parseMapChanges(steps(...rows), 'c.csv')).toThrow(message);
	});
});

describe('parseTerritories', () => {
	it('parseTerritories(map-territories.csv) draws Greenland and the Faroes with Denmark', () => {
		const territories = parseTerritories(read('map-territories.csv'), 'data/map-territories.csv');
		expect(territories.filter((t) => t.drawnWith === '208').map((t) => t.id)).toEqual([
			'304',
			'234'
		]);
	});

	it.each([
		['304,Greenland,304,,s', '2:15', 'drawn with itself'],
		['304,Greenland,999,,s', '2:15', 'not a country in world-atlas'],
		['304,,208,,s', '2:5', 'name is empty'],
		['304,Greenland,208,,', '2:20', 'source is empty']
	])('parseTerritories fails on "%s" at %s', (row, at, message) => {
		const parse = () => parseTerritories(TERRITORIES_HEAD + row, 't.csv', new Set(['304', '208']));
		expect(parse).toThrow(`t.csv:${at}: `);
		expect(parse).toThrow(message);
	});
});

describe('parsePublishedBorders', () => {
	it('parsePublishedBorders(russia-border-lengths.csv) reads one row per border, each with its pair of world-atlas ids', () => {
		const text = read('russia-border-lengths.csv');
		const rows = parsePublishedBorders(text, 'data/russia-border-lengths.csv');
		expect(rows).toHaveLength(text.trim().split('\n').length - 1);
		expect(new Set(rows.map((r) => r.pair)).size).toBe(rows.length);
		for (const r of rows) expect(r.pair).toBe([r.id, r.neighbourId].sort().join('-'));
		expect(rows.filter((r) => r.iso3 === 'TUR').map((r) => r.neighbourIso3)).toEqual([
			'GEO',
			'ARM',
			'AZE'
		]);
	});

	it('parsePublishedBorders reads both countries, the pair and the length of a row', () => {
		expect(parsePublishedBorders(BORDERS_HEAD + 'TUR,792,ARM,051,311.5,,s', 'b.csv')).toEqual([
			{
				iso3: 'TUR',
				id: '792',
				neighbourIso3: 'ARM',
				neighbourId: '051',
				pair: '051-792',
				km: 311.5,
				source: 's'
			}
		]);
	});

	it.each([
		['NOR,578,RUS,643,1 340,,s', '2:17', 'not a positive number'],
		['NOR,578,RUS,643,0,,s', '2:17', 'not a positive number'],
		['NOR,578,RUS,643,-3,,s', '2:17', 'not a positive number'],
		['NOR,57,RUS,643,196,,s', '2:5', 'not three digits'],
		['NOR,578,RUS,64,196,,s', '2:13', 'not three digits'],
		['NOR,578,Ru,643,196,,s', '2:9', 'three capital letters'],
		['NOR,578,RUS,643,196,,', '2:22', 'source is empty'],
		['NOR,578,NOR,578,196,,s', '2:9', 'NOR borders itself']
	])('parsePublishedBorders fails on "%s" at %s', (row, at, message) => {
		const parse = () => parsePublishedBorders(BORDERS_HEAD + row, 'b.csv');
		expect(parse).toThrow(`b.csv:${at}: `);
		expect(parse).toThrow(message);
	});

	it('parsePublishedBorders(text, file, atlasIds, codes) checks ids against world-atlas and the dataset', () => {
		const parse = (row: string) => () =>
			parsePublishedBorders(
				BORDERS_HEAD + row,
				'b.csv',
				new Set(['578', '643', '246']),
				new Map([
					['NOR', '578'],
					['RUS', '643']
				])
			);
		expect(parse('NOR,578,RUS,999,196,,s')).toThrow(
			'b.csv:2:13: numeric code "999" is not a country in world-atlas'
		);
		expect(parse('NOR,246,RUS,643,196,,s')).toThrow(
			`b.csv:2:5: numeric code "246" is not NOR's (the dataset has 578); write 578, or the ISO code of the country 246 is`
		);
		expect(parse('FIN,246,RUS,643,1309,,s')()).toHaveLength(1);
	});

	it('parsePublishedBorders fails on a border given twice, in either order', () => {
		const text = BORDERS_HEAD + 'NOR,578,RUS,643,196,,s\nRUS,643,NOR,578,195,,t\n';
		expect(() => parsePublishedBorders(text, 'b.csv')).toThrow(
			'b.csv:3:5: border between world-atlas ids 578-643 appears twice (first on line 2); the file has one row per border: remove the duplicate row'
		);
	});
});

describe('parseYugoslavStates', () => {
	const atlas = new Map<string, string | undefined>([
		['Serbia', '688'],
		['Kosovo', undefined]
	]);

	it('parseYugoslavStates(yugoslav-states.csv) reads the seven states, Kosovo keyed by its code', () => {
		const rows = parseYugoslavStates(read('yugoslav-states.csv'), 'data/yugoslav-states.csv');
		expect(rows.map((r) => r.iso3)).toEqual(['SVN', 'HRV', 'BIH', 'SRB', 'MNE', 'MKD', 'XKX']);
		expect(rows.find((r) => r.iso3 === 'XKX')).toMatchObject({ id: 'XKX', keyed: true });
		expect(rows.find((r) => r.iso3 === 'BIH')).toMatchObject({ id: '070', keyed: false });
	});

	it.each([
		['SRB,688,Serbia,Serbie,,s', '2:16', 'world-atlas has no country named "Serbie"'],
		['SRB,689,Serbia,Serbia,,s', '2:5', 'draws "Serbia" with the id 688, not "689"; write 688'],
		['SRB,,Serbia,Serbia,,s', '2:5', 'draws "Serbia" with the id 688, not ""; write 688'],
		['XKX,999,Kosovo,Kosovo,,s', '2:5', 'draws "Kosovo" without an id; leave iso_numeric empty'],
		['XK,,Kosovo,Kosovo,,s', '2:1', 'not three capital letters'],
		['XKX,,Kosovo,Kosovo,,', '2:21', 'source is empty']
	])('parseYugoslavStates fails on "%s" at %s', (row, at, message) => {
		const parse = () => parseYugoslavStates(YUGOSLAV_HEAD + row, 'y.csv', atlas);
		expect(parse).toThrow(`y.csv:${at}: `);
		expect(parse).toThrow(message);
	});

	it('parseYugoslavStates fails on a state given twice', () => {
		const text = YUGOSLAV_HEAD + 'SRB,688,Serbia,Serbia,,s\nSRB,688,Serbia,Serbia,,s\n';
		expect(() => parseYugoslavStates(text, 'y.csv', atlas)).toThrow(
			'y.csv:3:1: ISO code SRB appears twice (first on line 2)'
		);
	});
});
