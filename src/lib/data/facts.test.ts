import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/server/dataset';
import { parseClaims } from './claims';
import {
	count,
	date,
	factText,
	factTexts,
	names,
	percent,
	storyFacts,
	withLatest,
	year
} from './facts';
import type { Member } from './members';

describe('factText(fact)', () => {
	it.each([
		[count(1340), '1,340'],
		[count(12), '12'],
		[count(280.5), '280.5'],
		[percent(53.97), '54.0%'],
		[percent(70, 0), '70%'],
		[year(1949), '1949'],
		[date('1949-04-04'), '4 April 1949'],
		[names(['Czechia', 'Hungary', 'Poland']), 'Czechia, Hungary and Poland'],
		[names(['Greece', 'Türkiye']), 'Greece and Türkiye']
	])('factText(%o) is %s', (fact, text) => {
		expect(factText(fact)).toBe(text);
	});
});

const member = (iso3: string, name: string, joined: string): Member => ({
	iso3,
	id: '000',
	name,
	nameNato: name,
	nameSipri: name,
	joined,
	wave: joined.slice(0, 4),
	waveOrder: 0,
	membersAfterWave: 0
});

const small = {
	members: [
		member('BEL', 'Belgium', '1949-04-04'),
		member('CAN', 'Canada', '1949-04-04'),
		member('EST', 'Estonia', '1952-02-18'),
		member('GRC', 'Greece', '1952-02-18')
	],
	warsawPact: [
		{ entity: 'A', iso3: 'AAA', id: '001', joined: '1955-05-14', left: '1991-07-01' },
		{ entity: 'B', iso3: 'BBB', id: '002', joined: '1955-05-14', left: '1968-09-13' }
	],
	sovietRepublics: [
		{ iso3: 'RUS', id: '643', name: 'Russia' },
		{ iso3: 'EST', id: '233', name: 'Estonia' }
	],
	claims: [
		{ id: 'share', value: 70, unit: 'percent' as const, year: 1950, quote: '70%', source: 's' }
	],
	spending: [{ release: 2019 }, { release: 2024 }]
};

describe('storyFacts(sources)', () => {
	it('storyFacts counts members at each year end and describes each wave', () => {
		const texts = factTexts(storyFacts(small));
		expect(Object.fromEntries(texts)).toMatchObject({
			'founders.count': '2',
			'founders.date': '4 April 1949',
			'founders.names': 'Belgium and Canada',
			'members.1949': '2',
			'members.1951': '2',
			'members.1952': '4',
			'joined.1952.count': '2',
			'joined.1952.names': 'Estonia and Greece',
			'joined.1952.soviet': '1',
			'joined.1952.soviet-names': 'Estonia',
			'joined.1952.members': '4',
			'pact.founded': '14 May 1955',
			'pact.dissolved': '1 July 1991',
			'pact.dissolved-year': '1991',
			'ussr.republics': '2',
			'latest.members': '4',
			'latest.year': '1952',
			'claim.share': '70%',
			'report.year': '1950',
			'report.members': '2',
			'sipri.latest': '2024'
		});
		expect(texts.has('members.1953')).toBe(false);
		expect(texts.has('border.km.2004')).toBe(false);
	});

	it('withLatest(facts) names the latest SIPRI year’s share and US share `latest`', () => {
		const facts = {
			...storyFacts(small),
			share: { '2019': { current: percent(54) }, '2024': { current: percent(55.4) } },
			us: { share: { '2024': { constant: percent(66.4), current: percent(66.2) } } }
		};
		const texts = factTexts(withLatest(facts));
		expect(texts.get('share.latest.current')).toBe('55.4%');
		expect(texts.get('us.share.latest.constant')).toBe('66.4%');
		expect(texts.get('us.share.latest.current')).toBe('66.2%');
		expect(texts.get('share.2019.current')).toBe('54.0%');
		expect(factTexts(withLatest(storyFacts(small))).has('share.latest.current')).toBe(false);
	});

	it('storyFacts on the committed data agrees with the running counts in nato-members.csv', () => {
		const data = loadDataset();
		const claims = parseClaims(readFileSync('data/claims.csv', 'utf8'), 'data/claims.csv');
		const texts = factTexts(storyFacts({ ...data, claims }));
		for (const m of data.members)
			expect(texts.get(`joined.${m.joined.slice(0, 4)}.members`)).toBe(String(m.membersAfterWave));
		// The report's "now 29" against the members at the end of the report's year.
		expect(texts.get('report.members')).toBe(texts.get('claim.members'));
		expect(texts.get('founders.count')).toBe(texts.get('claim.founders'));
	});
});
