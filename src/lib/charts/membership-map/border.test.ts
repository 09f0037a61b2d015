import { describe, expect, it } from 'vitest';
import { loadMapFacts } from '$lib/server/membership-map';
import type { PublishedBorder } from '$lib/data/border-lengths';
import {
	agreesWithPublished,
	borderAt,
	borderKm,
	pairKey,
	PUBLISHED_TOLERANCE,
	publishedLengths
} from './border';
import { deriveEras } from './eras';
import { mapStateAt } from './state';

const facts = loadMapFacts();
const eras = deriveEras(facts);
// Invented measured lengths: Norway–Russia 100, Türkiye–Georgia 50, Türkiye–Armenia 30,
// Poland–Russia 20, Finland–Russia 200, Poland–Belarus 400 (not a border with Russia).
const shared = new Map([
	[pairKey('578', '643'), 100],
	[pairKey('792', '268'), 50],
	[pairKey('792', '051'), 30],
	[pairKey('616', '643'), 20],
	[pairKey('246', '643'), 200],
	[pairKey('616', '112'), 400]
]);
/** A published row of invented length for the border between world-atlas ids `a` and `b`. */
const row = (a: string, b: string, km: number): PublishedBorder => ({
	iso3: 'AAA',
	id: a,
	neighbourIso3: 'BBB',
	neighbourId: b,
	pair: pairKey(a, b),
	km,
	source: 's'
});
// Invented published lengths, none equal to its measured one; Poland–Belarus and Finland–Sweden
// have rows no state uses.
const published = publishedLengths(
	[
		row('578', '643', 191),
		row('268', '792', 73),
		row('792', '051', 31),
		row('616', '643', 29),
		row('643', '246', 1309.5),
		row('616', '112', 1),
		row('246', '752', 2)
	],
	'b.csv'
);

describe('borderAt', () => {
	it.each([
		['1949-04-04', { NOR: 191 }],
		['1952-02-18', { NOR: 191, TUR: 73 + 31 }],
		['1991-12-26', { NOR: 191 }],
		['1999-03-12', { NOR: 191, POL: 29 }],
		['2023-04-04', { NOR: 191, POL: 29, FIN: 1309.5 }]
	])('borderAt(state on %s, shared, published) sums published km: %j', (date, expected) => {
		const stretches = borderAt(mapStateAt(facts, eras, date), shared, published);
		expect(Object.fromEntries(stretches.map((s) => [s.member.iso3, s.km]))).toEqual(expected);
		expect(borderKm(stretches)).toBe(Object.values(expected).reduce((a, b) => a + b, 0));
	});

	it('borderAt lists the pairs each stretch is made of (Türkiye with Georgia and Armenia)', () => {
		const stretches = borderAt(mapStateAt(facts, eras, '1960-01-01'), shared, published);
		expect(stretches.find((s) => s.member.iso3 === 'TUR')!.pairs).toEqual([
			['792', '268'],
			['792', '051']
		]);
	});

	it('borderAt fails on a pair the map draws that has no published length, naming the pair and the file', () => {
		const without = publishedLengths(
			[...published.byPair.values()].filter((r) => r.pair !== pairKey('792', '051')),
			'b.csv'
		);
		expect(() => borderAt(mapStateAt(facts, eras, '1960-01-01'), shared, without)).toThrow(
			'b.csv: the map draws a border between TUR (792) and world-atlas id 051 on 1957-01-01, but no row gives its published length; add a row for 051-792 with the length and the source it was read from'
		);
		expect(borderAt(mapStateAt(facts, eras, '1993-01-01'), shared, without)).toHaveLength(1);
	});
});

describe('agreesWithPublished', () => {
	it.each([
		[212.4, 332, true],
		[7.5, 17, true],
		[6.9, 17, false],
		[150, 332, false],
		[0, 191, false],
		[191, 191, true],
		[200.5, 191, true],
		[201, 191, false]
	])(
		`agreesWithPublished(%f, %f) is %s (−${PUBLISHED_TOLERANCE.below * 100}% or −${PUBLISHED_TOLERANCE.belowKm} km, +${PUBLISHED_TOLERANCE.above * 100}%)`,
		(measured, km, agrees) => {
			expect(agreesWithPublished(measured, km)).toBe(agrees);
		}
	);
});

describe('pairKey', () => {
	it('pairKey(a, b) is the same in either order', () => {
		expect(pairKey('643', '578')).toBe('578-643');
		expect(pairKey('578', '643')).toBe('578-643');
	});
});
