import { describe, expect, it } from 'vitest';
import { loadMapFacts } from '$lib/server/membership-map';
import { deriveEras } from './eras';
import { drawnIds, mapStateAt, memberName } from './state';

const facts = loadMapFacts();
const eras = deriveEras(facts);
const at = (date: string) => mapStateAt(facts, eras, date);
const GERMANY = '276';
const SOVIET = drawnIds(facts, 'SUN');

describe('mapStateAt', () => {
	it.each([
		['1949-04-04', 12, 0],
		['1950-01-01', 12, 0],
		['1952-02-18', 14, 2],
		['1955-05-06', 15, 1],
		['1982-05-30', 16, 1],
		['1999-03-12', 19, 3],
		['2004-03-29', 26, 7],
		['2009-04-01', 28, 2],
		['2017-06-05', 29, 1],
		['2019-12-31', 29, 1],
		['2020-03-27', 30, 1],
		['2023-04-04', 31, 1],
		['2024-03-07', 32, 1]
	])('mapStateAt(%s) has %i members, %i of them new in its era', (date, count, fresh) => {
		const state = at(date);
		expect(state.members).toHaveLength(count);
		expect(state.newMembers).toHaveLength(fresh);
		for (const m of state.members) {
			expect(state.fills.get(m.id)).toBe(state.newMembers.includes(m) ? 'nato-new' : 'nato');
		}
	});

	it.each([
		// date, pact size, USSR, divided, GDR overlay, Czechoslovakia whole
		['1955-05-13', 0, true, true, 'land', true],
		['1955-06-01', 8, true, true, 'warsaw', true],
		['1970-01-01', 7, true, true, 'warsaw', true],
		['1990-09-30', 6, true, true, 'land', true],
		['1990-10-03', 6, true, false, 'nato-new', true],
		['1990-10-04', 6, true, false, 'nato-new', true],
		['1991-08-01', 0, true, false, undefined, true],
		['1992-01-01', 0, false, false, undefined, true],
		['1993-01-01', 0, false, false, undefined, false]
	])(
		'mapStateAt(%s): %i in the Warsaw Pact, USSR %s, divided %s, GDR %s, Czechoslovakia %s',
		(date, pact, ussr, divided, gdr, csk) => {
			const state = at(date);
			expect(state.pact).toHaveLength(pact);
			expect(state.ussr).toBe(ussr);
			expect(state.divided).toBe(divided);
			expect(state.overlays.get('DDR')).toBe(gdr);
			expect(state.unions.has('CSK')).toBe(csk);
			expect(state.fills.get(GERMANY)).toMatch(date >= '1955-05-06' ? /^nato/ : /^land$/);
			for (const id of SOVIET) {
				if (state.fills.get(id)!.startsWith('nato')) continue;
				expect(state.fills.get(id)).toBe(ussr ? 'ussr' : 'land');
			}
		}
	);

	it('mapStateAt(1960): Czechoslovakia is drawn as Czechia and Slovakia in the Warsaw Pact', () => {
		const state = at('1960-01-01');
		expect(state.fills.get('203')).toBe('warsaw');
		expect(state.fills.get('703')).toBe('warsaw');
		expect(state.unions.get('CSK')).toEqual(['203', '703']);
	});

	it('mapStateAt(1955-05-06): the Saarland is not yet part of West Germany; from 1957 it is', () => {
		expect(at('1955-05-06').overlays.get('DE-SL')).toBe('land');
		expect(at('1957-01-01').overlays.get('DE-SL')).toBe('nato-new');
		expect(at('1970-01-01').overlays.has('DE-SL')).toBe(false);
	});

	it('mapStateAt(1980): Berlin is drawn neutral; Greenland, the Faroes and Åland follow their states', () => {
		const state = at('1980-01-01');
		expect(state.overlays.get('DE-BE')).toBe('neutral');
		expect(state.fills.get('304')).toBe('nato');
		expect(state.fills.get('234')).toBe('nato');
		expect(state.fills.get('248')).toBe('land');
		expect(at('2023-04-04').fills.get('248')).toBe('nato-new');
	});

	it.each([
		['1991-12-25', 'the Soviet Union', 15],
		['1991-12-26', 'Russia', 1]
	])('mapStateAt(%s): the border runs to %s (%i states)', (date, name, n) => {
		expect(at(date).border.russiaName).toBe(name);
		expect(at(date).border.russia).toHaveLength(n);
	});

	// Slovenia, Croatia, Bosnia and Herzegovina, Serbia, Montenegro, North Macedonia, Kosovo.
	const YUGOSLAVIA = ['705', '191', '070', '688', '499', '807', 'XKX'];

	it.each(['1949-04-04', '1960-01-01', '1990-10-03', '1991-06-24'])(
		'mapStateAt(%s) draws Yugoslavia as one country: all seven parts in one union, one fill',
		(date) => {
			const state = at(date);
			expect(state.unions.get('YUG')?.slice().sort()).toEqual(YUGOSLAVIA.slice().sort());
			expect(new Set(YUGOSLAVIA.map((id) => state.fills.get(id)))).toEqual(new Set(['land']));
		}
	);

	it.each([
		// date, drawn as Yugoslavia, drawn as Serbia (with Kosovo, inside Yugoslavia until 2006)
		['1991-06-25', ['070', '688', '499', '807', 'XKX'], ['688', 'XKX']],
		['1991-09-08', ['070', '688', '499', 'XKX'], ['688', 'XKX']],
		['1992-03-03', ['688', '499', 'XKX'], ['688', 'XKX']],
		['2004-03-29', ['688', '499', 'XKX'], ['688', 'XKX']],
		['2006-06-03', undefined, ['688', 'XKX']],
		['2008-02-17', undefined, undefined],
		['2024-03-07', undefined, undefined]
	])('mapStateAt(%s): Yugoslavia is drawn as %j, Serbia with Kosovo as %j', (date, yug, srb) => {
		const state = at(date);
		expect(state.unions.get('YUG')?.slice().sort()).toEqual(yug?.slice().sort());
		expect(state.unions.get('SRB')?.slice().sort()).toEqual(srb?.slice().sort());
	});

	it.each([
		['2004-03-29', '705'],
		['2009-04-01', '191'],
		['2017-06-05', '499'],
		['2020-03-27', '807']
	])(
		'mapStateAt(%s): the new member %s is filled, the rest of the former Yugoslavia is land',
		(date, id) => {
			const state = at(date);
			expect(state.fills.get(id)).toBe('nato-new');
			for (const other of YUGOSLAVIA.filter((x) => !state.members.some((m) => m.id === x)))
				expect(state.fills.get(other), other).toBe('land');
		}
	);

	it('mapStateAt: the break-up of Yugoslavia leaves the border with the Soviet Union and Russia alone', () => {
		expect(at('1991-09-08').border.russia.slice().sort()).toEqual(SOVIET.slice().sort());
		expect(at('2008-02-17').border.russia).toEqual(['643']);
	});

	it('mapStateAt fails before the founding', () => {
		expect(() => at('1949-04-03')).toThrow("before NATO's founding");
	});
});

describe('memberName and drawnIds', () => {
	const germany = facts.members.find((m) => m.iso3 === 'DEU')!;

	it.each([
		['1955-05-06', 'West Germany'],
		['1990-10-02', 'West Germany'],
		['1990-10-03', 'Germany']
	])('memberName(Germany, %s) is %s', (date, name) => {
		expect(memberName(facts, germany, date)).toBe(name);
	});

	it.each([
		['SUN', 15],
		['CSK', 2],
		['YUG', 7],
		['DDR', 1],
		['POL', 1]
	])('drawnIds(%s) has %i shapes', (code, n) => {
		expect(drawnIds(facts, code)).toHaveLength(n);
	});

	it('drawnIds fails on a code with no world-atlas id', () => {
		expect(() => drawnIds(facts, 'ZZZ')).toThrow('no world-atlas id for ZZZ');
	});
});
