import { describe, expect, it } from 'vitest';
import { factText } from '$lib/data/facts';
import { spendingSources } from '$lib/server/defence-spending';
import { spendingFacts } from './facts';

const facts = spendingFacts(spendingSources());
const text = (group: Record<string, unknown>, ...path: string[]) =>
	factText(path.reduce((node: any, key) => node[key], group)); // eslint-disable-line @typescript-eslint/no-explicit-any

describe('spendingFacts(sources)', () => {
	it('share.<year>.current: SIPRI at current prices, as in data/SOURCES.md §7', () => {
		expect(text(facts.share, '2018', 'current')).toBe('53.0%');
		expect(text(facts.share, '2019', 'current')).toBe('54.0%');
		expect(text(facts.share, '2024', 'current')).toBe('55.4%');
		expect(text(facts.share, '2023', 'current')).toBe('54.7%');
	});
	it('share.<year>.constant: the constant-price series of the latest release', () => {
		expect(text(facts.share, '2019', 'constant')).toBe('57.5%');
		expect(text(facts.share, '1992', 'constant')).toBe('72.2%');
		expect(facts.share['1991']).toBeUndefined();
	});
	it("share.<year>.official: NATO's own total against SIPRI's world", () => {
		expect(text(facts.share, '2019', 'official')).toBe('54.0%');
	});
	it('share.above.years: the runs of years above the claim', () => {
		expect(text(facts.share, 'above', 'years')).toBe('1992–1995 and 2003–2005');
	});
	it("us.share.<year>.constant and .current: the United States' part of NATO at each basis", () => {
		// data/spending/sipri-2024.csv: 875,217.4 of 1,222,122.1 (constant 2023 US$, 2019) and
		// 997,309.0 of 1,506,080.0 (current US$, 2024).
		expect(text(facts.us.share, '2019', 'constant')).toBe('71.6%');
		expect(text(facts.us.share, '2024', 'current')).toBe('66.2%');
		expect(text(facts.us.share, '2024', 'constant')).toBe('66.4%');
	});
});
