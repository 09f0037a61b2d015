import { describe, expect, it } from 'vitest';
import { loadMapFacts } from '$lib/server/membership-map';
import type { PublishedBorder } from '$lib/data/border-lengths';
import { borderAt, pairKey, publishedLengths } from './border';
import { deriveEras } from './eras';
import { mapStateAt } from './state';
import {
	describe as describeState,
	drawingNotes,
	eventSentences,
	formatDate,
	inSentence,
	membersTable,
	stateLabel,
	waves
} from './text';

const facts = loadMapFacts();
const eras = deriveEras(facts);
const at = (date: string) => mapStateAt(facts, eras, date);
// Invented lengths: measured on the map's lines, and published.
const shared = new Map([
	[pairKey('578', '643'), 164.5],
	[pairKey('616', '643'), 205.6]
]);
const row = (a: string, b: string, km: number): PublishedBorder => ({
	iso3: 'AAA',
	id: a,
	neighbourIso3: 'BBB',
	neighbourId: b,
	pair: pairKey(a, b),
	km,
	source: 's'
});
const published = publishedLengths([row('578', '643', 191), row('616', '643', 1209.5)], 'b.csv');

describe('formatting', () => {
	it.each([
		['1949-04-04', '4 April 1949'],
		['1990-10-03', '3 October 1990']
	])('formatDate(%s) is "%s"', (date, text) => {
		expect(formatDate(date)).toBe(text);
	});

	it.each([
		['Netherlands', 'the Netherlands'],
		['United States', 'the United States'],
		['Soviet Union', 'the Soviet Union'],
		['German Democratic Republic', 'the German Democratic Republic'],
		['Spain', 'Spain'],
		['Czechia', 'Czechia']
	])('inSentence(%s) is "%s"', (name, text) => {
		expect(inSentence(name)).toBe(text);
	});
});

describe('eventSentences', () => {
	it.each([
		[
			'1949-04-04',
			/^12 countries found NATO: Belgium, Canada, .*the Netherlands, .*the United Kingdom and the United States\.$/
		],
		['1952-02-18', /^Greece and Türkiye join NATO\.$/],
		['1955-05-06', /^West Germany joins NATO\.$/],
		[
			'1955-05-14',
			/^The Warsaw Pact is founded by the Soviet Union, Poland, .* and the German Democratic Republic\.$/
		],
		['1968-09-13', /^Albania leaves the Warsaw Pact\.$/],
		['1990-09-24', /^The German Democratic Republic leaves the Warsaw Pact\.$/],
		['1990-10-03', /^German reunification: the GDR joins the Federal Republic\.$/],
		[
			'1991-06-25',
			/^Slovenia declares independence from Yugoslavia\. Croatia declares independence from Yugoslavia\.$/
		],
		['1991-07-01', /^The Warsaw Pact is dissolved\.$/],
		['1991-09-08', /^In a referendum, Macedonia \(today North Macedonia\) votes for independence/],
		['1991-12-26', /^The Soviet Union is dissolved\.$/],
		['1992-03-03', /^Bosnia and Herzegovina declares independence from Yugoslavia\.$/],
		['1993-01-01', /^Czechoslovakia splits into Czechia and Slovakia\.$/],
		[
			'2006-06-03',
			/^Montenegro becomes independent, and the State Union of Serbia and Montenegro ends\.$/
		],
		['2008-02-17', /^Kosovo declares independence from Serbia\.$/],
		[
			'2004-03-29',
			/^Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia join NATO\.$/
		]
	])('eventSentences(%s) says %s', (date, sentence) => {
		expect(eventSentences(facts, at(date)).join(' ')).toMatch(sentence);
	});
});

describe('describe', () => {
	it('describe(1999) names who joined, the count, the border and its stretches in published km', () => {
		const state = at('1999-03-12');
		expect(describeState(facts, state, borderAt(state, shared, published))).toBe(
			'12 March 1999. Czechia, Hungary and Poland join NATO. NATO has 19 members. ' +
				'What remained of Yugoslavia is shown as one country. ' +
				'The land border between NATO members and Russia is 1,400.5 km long: Norway 191 km and Poland 1,209.5 km.'
		);
	});

	it('describe(1960) names the Warsaw Pact, the Soviet Union and Berlin', () => {
		const state = at('1960-01-01');
		const text = describeState(facts, state, borderAt(state, shared, published));
		expect(text).toContain(
			'The Warsaw Pact has 8 members: the Soviet Union, Poland, Czechoslovakia,'
		);
		expect(text).toContain('The Soviet Union is shown as one country.');
		expect(text).toContain(
			'between NATO members and the Soviet Union is 191 km long: Norway 191 km.'
		);
		expect(text).toContain('Berlin, under four-power status');
	});

	it('describe says so when there is no border', () => {
		const state = at('1960-01-01');
		expect(describeState(facts, state, [])).toContain(
			'NATO members have no land border with the Soviet Union.'
		);
	});

	it.each([
		[
			'1955-05-06',
			[
				'Berlin, under four-power status, is drawn apart from the rest of Germany.',
				'Saarland is not part of West Germany until 1 January 1957.'
			]
		],
		['1957-01-01', ['Berlin, under four-power status, is drawn apart from the rest of Germany.']],
		['1990-10-03', []]
	])('drawingNotes(%s) is %j', (date, notes) => {
		expect(drawingNotes(facts, at(date))).toEqual(notes);
	});
});

describe('membersTable, stateLabel and waves', () => {
	it('membersTable(1955-05-06) lists the members with the day each joined, West Germany last', () => {
		const table = membersTable(facts, at('1955-05-06'));
		expect(table.columns).toEqual(['Country', 'Joined']);
		expect(table.caption).toBe('NATO members on 6 May 1955');
		expect(table.rows).toHaveLength(15);
		expect(table.rows[0]).toEqual(['Belgium', '4 April 1949']);
		expect(table.rows[14]).toEqual(['West Germany', '6 May 1955']);
	});

	it('stateLabel(2004) is "29 March 2004: 26 members"', () => {
		expect(stateLabel(at('2004-03-29'))).toBe('29 March 2004: 26 members');
	});

	it('waves(2009) counts each wave and marks the new one', () => {
		expect(waves(at('2009-04-01')).map((w) => `${w.year}:${w.count}${w.isNew ? '*' : ''}`)).toEqual(
			['1949:12', '1952:2', '1955:1', '1982:1', '1999:3', '2004:7', '2009:2*']
		);
		expect(waves(at('1949-04-04'))).toEqual([{ year: '1949', count: 12, isNew: false }]);
	});
});

describe('describe(facts, state, stretches) and Yugoslavia', () => {
	it.each([
		['1955-05-06', 'Yugoslavia is shown as one country.'],
		['1991-09-08', 'What remained of Yugoslavia is shown as one country.'],
		['2004-03-29', 'What remained of Yugoslavia is shown as one country.']
	])('on %s it says "%s"', (date, sentence) => {
		expect(describeState(facts, at(date), [])).toContain(sentence);
	});

	it('says nothing of Yugoslavia once its last union is gone (2008)', () => {
		expect(describeState(facts, at('2008-02-17'), [])).not.toContain('Yugoslavia');
	});
});
