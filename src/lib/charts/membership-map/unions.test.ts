import { describe, expect, it } from 'vitest';
import type { MapChange } from '$lib/data/map-changes';
import { loadMapFacts } from '$lib/server/membership-map';
import { pairKey } from '$lib/geo/pair-key';
import { atlasId } from './state';
import { innerBorders, linesShown, partsOn, unionCodes, unionParts } from './unions';

const facts = loadMapFacts();
const { changes } = facts;

describe('unionParts and partsOn', () => {
	it('unionCodes(changes) are the Soviet Union, Yugoslavia, Czechoslovakia and Serbia (which Kosovo leaves)', () => {
		expect(unionCodes(changes).sort()).toEqual(['CSK', 'SRB', 'SUN', 'YUG']);
	});

	it('unionParts(changes, YUG) are the seven states, Kosovo through Serbia, each with the change that draws it apart', () => {
		const parts = unionParts(changes, 'YUG').map((p) => [p.code, p.parting?.line, p.parting?.date]);
		expect(parts).toEqual([
			['SVN', 'SVN', '1991-06-25'],
			['HRV', 'HRV', '1991-06-25'],
			['MKD', 'MKD', '1991-09-08'],
			['BIH', 'BIH', '1992-03-03'],
			['MNE', 'YUG', '2006-06-03'],
			['SRB', 'YUG', '2006-06-03'],
			['XKX', 'YUG', '2006-06-03']
		]);
	});

	it('unionParts(changes, SRB) is Serbia itself, for good, and Kosovo until 17 February 2008', () => {
		expect(unionParts(changes, 'SRB')).toEqual([
			{ code: 'SRB' },
			{ code: 'XKX', parting: expect.objectContaining({ date: '2008-02-17', line: 'XKX' }) }
		]);
		expect(unionParts(changes, 'POL')).toEqual([{ code: 'POL' }]);
	});

	it.each([
		['YUG', '1949-04-04', 'SVN HRV MKD BIH MNE SRB XKX'],
		['YUG', '1991-06-24', 'SVN HRV MKD BIH MNE SRB XKX'],
		['YUG', '1991-06-25', 'MKD BIH MNE SRB XKX'],
		['YUG', '1991-09-08', 'BIH MNE SRB XKX'],
		['YUG', '1992-03-03', 'MNE SRB XKX'],
		['YUG', '2006-06-02', 'MNE SRB XKX'],
		['YUG', '2006-06-03', ''],
		['SRB', '2006-06-03', 'SRB XKX'],
		['SRB', '2008-02-16', 'SRB XKX'],
		['SRB', '2008-02-17', 'SRB'],
		['CSK', '1992-12-31', 'CZE SVK'],
		['CSK', '1993-01-01', '']
	])('partsOn(changes, %s, %s) is %s', (union, date, codes) => {
		expect(partsOn(changes, union, date).join(' ')).toBe(codes);
	});

	it('unionParts fails on a union that is part of itself', () => {
		const loop = [
			{ change: 'dissolved', code: 'AAA', successors: ['BBB', 'CCC'] },
			{ change: 'dissolved', code: 'BBB', successors: ['AAA', 'DDD'] }
		] as MapChange[];
		expect(() => unionParts(loop, 'AAA')).toThrow('AAA is part of itself (AAA in BBB in AAA)');
	});
});

describe('innerBorders and linesShown', () => {
	const lines = innerBorders(facts, (code) => atlasId(facts, code));
	const line = (a: string, b: string) => lines.get(pairKey(a, b));

	it.each([
		['705', '191', 'SVN', 'Slovenia–Croatia: the first of the two to leave (same day)'],
		['191', '070', 'HRV', 'Croatia–Bosnia and Herzegovina'],
		['807', 'XKX', 'MKD', 'North Macedonia–Kosovo'],
		['070', '688', 'BIH', 'Bosnia and Herzegovina–Serbia'],
		['499', '688', 'YUG', 'Montenegro–Serbia: the State Union ends'],
		['499', 'XKX', 'YUG', 'Montenegro–Kosovo'],
		['688', 'XKX', 'XKX', 'Serbia–Kosovo: only when Kosovo leaves Serbia'],
		['203', '703', 'CSK', 'Czechia–Slovakia'],
		['643', '804', 'SUN', 'Russia–Ukraine']
	])('innerBorders: the border %s–%s is drawn in line %s (%s)', (a, b, key) => {
		expect(line(a, b)).toBe(key);
	});

	it('innerBorders leaves the borders of a union with the rest of the world alone', () => {
		expect(line('688', '008')).toBeUndefined();
		expect(line('191', '348')).toBeUndefined();
		expect(line('705', '643')).toBeUndefined();
	});

	it.each([
		['1990-10-03', ''],
		['1991-06-25', 'SVN HRV'],
		['2004-03-29', 'SVN HRV MKD SUN BIH CSK'],
		['2006-06-03', 'SVN HRV MKD SUN BIH CSK YUG'],
		['2008-02-17', 'SVN HRV MKD SUN BIH CSK YUG XKX']
	])('linesShown(changes, %s) is %s', (date, shown) => {
		expect(linesShown(changes, date).join(' ')).toBe(shown);
	});
});
