import { describe, expect, it } from 'vitest';
import { loadMapFacts } from '$lib/server/membership-map';
import { borderAt, borderKm, pairKey, roundKm } from './border';
import { deriveEras } from './eras';
import { mapStateAt } from './state';

const facts = loadMapFacts();
const eras = deriveEras(facts);
// Invented lengths: Norway–Russia 100, Türkiye–Georgia 50, Türkiye–Armenia 30, Poland–Russia 20,
// Finland–Russia 200, Poland–Belarus 400 (not a border with Russia).
const shared = new Map([
	[pairKey('578', '643'), 100],
	[pairKey('792', '268'), 50],
	[pairKey('792', '051'), 30],
	[pairKey('616', '643'), 20],
	[pairKey('246', '643'), 200],
	[pairKey('616', '112'), 400]
]);

describe('borderAt', () => {
	it.each([
		['1949-04-04', { NOR: 100 }],
		['1952-02-18', { NOR: 100, TUR: 80 }],
		['1991-12-26', { NOR: 100 }],
		['1999-03-12', { NOR: 100, POL: 20 }],
		['2023-04-04', { NOR: 100, POL: 20, FIN: 200 }]
	])('borderAt(state on %s) is %j', (date, expected) => {
		const stretches = borderAt(mapStateAt(facts, eras, date), shared);
		expect(Object.fromEntries(stretches.map((s) => [s.member.iso3, s.km]))).toEqual(expected);
		expect(borderKm(stretches)).toBe(Object.values(expected).reduce((a, b) => a + b, 0));
	});

	it('borderAt lists the pairs each stretch is made of (Türkiye with Georgia and Armenia)', () => {
		const stretches = borderAt(mapStateAt(facts, eras, '1960-01-01'), shared);
		expect(stretches.find((s) => s.member.iso3 === 'TUR')!.pairs).toEqual([
			['792', '268'],
			['792', '051']
		]);
	});
});

describe('roundKm and pairKey', () => {
	it.each([
		[0, 0],
		[7.5, 10],
		[164.5, 160],
		[165, 170],
		[1066.2, 1070],
		[2288.4, 2290]
	])('roundKm(%f) is %i', (km, rounded) => {
		expect(roundKm(km)).toBe(rounded);
	});

	it('pairKey(a, b) is the same in either order', () => {
		expect(pairKey('643', '578')).toBe('578-643');
		expect(pairKey('578', '643')).toBe('578-643');
	});
});
