import { describe, expect, it } from 'vitest';
import type { Claim } from '$lib/data/claims';
import { spendingSources } from '$lib/server/defence-spending';
import {
	claimedShare,
	comparisonFigures,
	officialTotalAt,
	shareFigures,
	spendingFigures,
	STATE_IDS,
	usShareFigures,
	worldFigures
} from './figures';

// The committed data, as the build reads it.
const sources = spendingSources();
const figures = spendingFigures(sources);
const pct = (fraction: number) => Math.round(fraction * 1000) / 10;

describe('spendingFigures(sources) against data/SOURCES.md §7', () => {
	it('claim-2019: NATO 29 members ÷ SIPRI world, current US$, release to 2019 = 54.0%', () => {
		const f = figures['claim-2019'];
		expect([f.release, f.basis, f.year, f.members]).toEqual([2019, 'current', 2019, 29]);
		expect(pct(f.share)).toBe(54.0);
		expect(f.nato / 1000).toBeCloseTo(1035.2, 1);
		expect(f.world / 1000).toBeCloseTo(1917.0, 1);
	});

	it('comparisonFigures(release to 2019, 2018) = 53.0% at current prices', () => {
		const f = comparisonFigures(sources.atClaim, 2018, sources);
		expect(pct(f.share)).toBe(53.0);
		expect(f.world / 1000).toBeCloseTo(1854.8, 1);
	});

	it("claim-2019 sets NATO's June 2019 figure against SIPRI's world: 54.0% (2018: 52.3%)", () => {
		const f = figures['claim-2019'];
		expect(f.official?.edition).toBe('2019-06');
		expect(f.official!.usdMillions / 1000).toBeCloseTo(1036.1, 1);
		expect(pct(f.official!.shareOfSipriWorld)).toBe(54.0);
		const f2018 = comparisonFigures(sources.atClaim, 2018, sources);
		expect(pct(f2018.official!.shareOfSipriWorld)).toBe(52.3);
	});

	it('share: constant 2023 US$, 2019 57.5%, 2018 56.9%, peak 72.2% in 1992', () => {
		const f = figures.share;
		expect(f.basis).toBe('constant-2023');
		const at = (y: number) => pct(f.share.find((s) => s.year === y)!.value!);
		expect(at(2019)).toBe(57.5);
		expect(at(2018)).toBe(56.9);
		expect(at(1992)).toBe(72.2);
		expect(pct(f.claimYear.share)).toBe(57.5);
	});

	it('share: above the claimed 70% only in 1992–95 and 2003–05', () => {
		expect(figures.share.claim).toBe(0.7);
		expect(figures.share.above).toEqual([1992, 1993, 1994, 1995, 2003, 2004, 2005]);
	});

	it('latest: 2024, 32 members, 55.4% at current prices', () => {
		const f = figures.latest;
		expect([f.year, f.members, f.release]).toEqual([2024, 32, 2024]);
		expect(pct(f.share)).toBe(55.4);
		expect(f.official?.edition).toBe('2024-06');
	});

	it('world: 1988 to the last year at constant prices, 1991 a gap, not a guess', () => {
		const f = worldFigures(sources.latest);
		expect(f.world[0]!.year).toBe(1988);
		expect(f.world.at(-1)!.year).toBe(sources.latest.release);
		expect(f.gaps).toEqual([1991]);
		expect(f.world.find((v) => v.year === 1991)!.value).toBeNull();
		expect(f.nato.map((v) => v.year)).toEqual(f.world.map((v) => v.year));
	});
});

describe('usShareFigures(release, claimYear)', () => {
	it('marks the claim year and the last year with US ÷ NATO from the same rows', () => {
		const f = usShareFigures(sources.latest, 2019);
		expect(f.marks.map((m) => m.year)).toEqual([2019, sources.latest.release]);
		for (const m of f.marks) {
			const us = f.us.find((u) => u.year === m.year)!.value!;
			const others = f.others.find((o) => o.year === m.year)!.value!;
			expect(m.share).toBeCloseTo(us / (us + others), 6);
			expect(m.nato).toBeCloseTo(us + others, 1);
		}
	});
});

describe('officialTotalAt(totals, year)', () => {
	const total = (edition: string, year: number, usdMillions: number) => ({
		edition,
		year,
		usdMillions,
		estimate: false as const
	});
	it('takes the earliest edition that gives the year (the figure as first published)', () => {
		const totals = [
			total('2024-06', 2019, 2),
			total('2019-06', 2019, 1),
			total('2024-06', 2024, 3)
		];
		expect(officialTotalAt(totals, 2019)?.usdMillions).toBe(1);
		expect(officialTotalAt(totals, 2024)?.usdMillions).toBe(3);
		expect(officialTotalAt(totals, 2000)).toBeNull();
	});
});

describe('claims', () => {
	const claim: Claim = { ...sources.claim };
	it('claimedShare(claim) is the percentage as a fraction', () => {
		expect(claimedShare(claim)).toBe(0.7);
	});
	it('claimedShare(claim in countries) throws, naming the claim', () => {
		expect(() => claimedShare({ ...claim, unit: 'countries' })).toThrow(
			/claim "share" is in countries/
		);
	});
	it('spendingFigures(sources) throws when the release at the claim is not the claim year', () => {
		expect(() => spendingFigures({ ...sources, atClaim: sources.latest })).toThrow(
			/data to 2024, not to the claim's year 2019/
		);
	});
	it('shareFigures(release, claim) follows the claimed value', () => {
		const f = shareFigures(sources.latest, { ...claim, value: 60 });
		expect(f.above.length).toBeGreaterThan(figures.share.above.length);
		expect(f.above.every((y) => f.share.find((s) => s.year === y)!.value! > 0.6)).toBe(true);
	});
});

it('STATE_IDS are the ids the story and the URLs use', () => {
	expect(STATE_IDS).toEqual(['world', 'share', 'claim-2019', 'us-share', 'latest']);
});
