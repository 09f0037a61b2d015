import { describe, expect, it } from 'vitest';
import { loadMapFacts } from '$lib/server/membership-map';
import type { Member } from '$lib/data/members';
import { deriveEras, eraAt, pactSpan, type MapFacts } from './eras';

const facts = loadMapFacts();

describe('deriveEras', () => {
	it('deriveEras(data) gives one era per date of change, from the founding to Sweden', () => {
		expect(deriveEras(facts).map((e) => e.from)).toEqual([
			'1949-04-04',
			'1952-02-18',
			'1955-05-06',
			'1955-05-14',
			'1957-01-01',
			'1968-09-13',
			'1982-05-30',
			'1990-09-24',
			'1990-10-03',
			'1991-06-25',
			'1991-07-01',
			'1991-09-08',
			'1991-12-26',
			'1992-03-03',
			'1993-01-01',
			'1999-03-12',
			'2004-03-29',
			'2006-06-03',
			'2008-02-17',
			'2009-04-01',
			'2017-06-05',
			'2020-03-27',
			'2023-04-04',
			'2024-03-07'
		]);
	});

	it.each([
		['1949-04-04', ['accession']],
		['1955-05-14', ['pact-founded']],
		['1968-09-13', ['pact-left']],
		['1990-09-24', ['pact-left']],
		['1990-10-03', ['joined']],
		['1991-06-25', ['seceded', 'seceded']],
		['1991-07-01', ['pact-dissolved']],
		['1991-09-08', ['seceded']],
		['1991-12-26', ['dissolved']],
		['1992-03-03', ['seceded']],
		['1993-01-01', ['dissolved']],
		['2004-03-29', ['accession']],
		['2006-06-03', ['dissolved']],
		['2008-02-17', ['seceded']]
	])('deriveEras(data): the era of %s holds %j', (from, kinds) => {
		const era = deriveEras(facts).find((e) => e.from === from)!;
		expect(era.events.map((e) => e.kind)).toEqual(kinds);
	});

	it('deriveEras puts events of one day into one era and leaves out events before the founding', () => {
		const member = (iso3: string, joined: string) =>
			({ iso3, id: iso3, name: iso3, joined }) as Member;
		const small: MapFacts = {
			members: [member('AAA', '2000-01-01'), member('BBB', '2001-01-01')],
			warsawPact: [
				{ entity: 'X', iso3: 'XXX', id: '001', joined: '1999-01-01', left: '2001-01-01' }
			],
			changes: [],
			territories: [],
			ids: new Map()
		};
		expect(deriveEras(small)).toEqual([
			{ from: '2000-01-01', events: [{ kind: 'accession', members: [small.members[0]] }] },
			{
				from: '2001-01-01',
				events: [
					{ kind: 'accession', members: [small.members[1]] },
					{ kind: 'pact-dissolved', members: small.warsawPact }
				]
			}
		]);
	});

	it('deriveEras returns no eras without members', () => {
		expect(deriveEras({ ...facts, members: [] })).toEqual([]);
	});
});

describe('eraAt and pactSpan', () => {
	const eras = deriveEras(facts);

	it.each([
		['1949-04-03', undefined],
		['1949-04-04', '1949-04-04'],
		['1990-10-02', '1990-09-24'],
		['1991-08-01', '1991-07-01'],
		['2019-12-31', '2017-06-05'],
		['2100-01-01', '2024-03-07']
	])('eraAt(eras, %s) is the era from %s', (date, from) => {
		expect(eraAt(eras, date)?.from).toBe(from);
	});

	it('pactSpan(warsawPact) runs from 14 May 1955 to 1 July 1991', () => {
		expect(pactSpan(facts.warsawPact)).toEqual({ founded: '1955-05-14', dissolved: '1991-07-01' });
		expect(pactSpan([])).toBeNull();
	});
});
