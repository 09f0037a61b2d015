import { describe, expect, it } from 'vitest';
import { spendingSources } from '$lib/server/defence-spending';
import { formatPercent, formatUsdBillions } from '../defaults';
import { spendingFigures, STATE_IDS } from './figures';
import {
	axisNote,
	comparisonRows,
	editionName,
	estimateWords,
	rangesOf,
	shareNote,
	spendingModel,
	spendingStates
} from './text';

const figures = spendingFigures(spendingSources());
const states = spendingStates(figures);
const state = (key: string) => states.find((s) => s.key === key)!;

describe('rangesOf(years)', () => {
	it.each([
		[[], []],
		[[1999], ['1999']],
		[
			[1992, 1993, 1994, 1995, 2003, 2004, 2005],
			['1992–1995', '2003–2005']
		],
		[
			[2005, 1992, 1993],
			['1992–1993', '2005']
		]
	])('rangesOf(%j) → %j', (years, texts) => {
		expect(rangesOf(years).map((r) => r.text)).toEqual(texts);
	});
});

describe('small words', () => {
	it('editionName("2019-06") is "June 2019"', () =>
		expect(editionName('2019-06')).toBe('June 2019'));
	it.each([
		[true, 'an estimate'],
		['possibly', 'possibly an estimate'],
		[false, '']
	] as const)('estimateWords(%s) → "%s"', (e, words) => expect(estimateWords(e)).toBe(words));
	it('axisNote and shareNote name the price basis', () => {
		expect(axisNote('constant-2023')).toBe('US$ bn, constant 2023 prices');
		expect(axisNote('constant-2023', true)).toBe('US$ bn, 2023 prices');
		expect(axisNote('current')).toBe('US$ bn, current prices');
		expect(shareNote('constant-2023', true)).toBe('% of world total, 2023 prices');
	});
});

describe('spendingStates(figures)', () => {
	it('has every state in story order, each with a source naming release and price basis', () => {
		expect(states.map((s) => s.key)).toEqual([...STATE_IDS]);
		expect(state('world').source).toBe(
			'Source: SIPRI Military Expenditure Database 2025, constant 2023 US$'
		);
		expect(state('claim-2019').source).toMatch(
			/^Sources: SIPRI Military Expenditure Database 2020, current US\$; NATO, Defence Expenditure of NATO Countries, June 2019, current US\$ \(set against SIPRI's world total\)$/
		);
	});

	it('world: the description names the gap and the table has one row a year', () => {
		const s = state('world');
		const f = figures.world;
		expect(s.description).toContain('SIPRI gives no world total for 1991');
		expect(s.description).toContain(formatUsdBillions(f.world.at(-1)!.value!));
		expect(s.table.rows).toHaveLength(f.world.length);
		expect(s.table.rows.find((r) => r[0] === '1991')?.[1]).toBe('no world total');
	});

	it('share: the description gives the years above the claim and the claim year', () => {
		const s = state('share');
		expect(s.description).toContain('above the claimed 70% only in 1992–1995 and 2003–2005');
		expect(s.description).toContain(
			`In 2019, the year of the claim, it was ${formatPercent(figures.share.claimYear.share)}`
		);
		expect(s.table.rows.filter((r) => r[2] === 'yes').map((r) => r[0])).toEqual([
			'1992',
			'1993',
			'1994',
			'1995',
			'2003',
			'2004',
			'2005'
		]);
	});

	it("claim-2019: says so when NATO's own total is set against SIPRI's world total", () => {
		const s = state('claim-2019');
		const f = figures['claim-2019'];
		expect(s.description).toContain(
			`NATO's 29 members spent ${formatUsdBillions(f.nato)} of the world's ${formatUsdBillions(f.world)}, 54.0%`
		);
		expect(s.description).toContain("set against SIPRI's world total (two sources combined)");
		const official = s.table.rows.find((r) => r[0]!.startsWith('NATO, own figure'))!;
		expect(official[0]).toBe('NATO, own figure (June 2019, an estimate)');
		expect(official[2]).toBe(
			`${formatPercent(f.official!.shareOfSipriWorld)} of SIPRI's world total`
		);
	});

	it('latest: the latest year with 32 members', () => {
		expect(state('latest').label).toBe('2024, the latest year: 32 members');
		expect(state('latest').description).toContain('55.4%');
	});

	it('us-share: US share of NATO in the claim year and the last year', () => {
		const s = state('us-share');
		for (const m of figures['us-share'].marks)
			expect(s.description).toContain(
				`in ${m.year} ${formatUsdBillions(m.us)} of NATO's ${formatUsdBillions(m.nato)}, ${formatPercent(m.share)}`
			);
	});
});

describe('comparisonRows(figures)', () => {
	it('ends every label with a form short enough for a 320 px graphic', () => {
		const rows = comparisonRows(figures['claim-2019']);
		for (const label of Object.values(rows)) {
			const last = Array.isArray(label) ? label.at(-1)! : label;
			for (const line of last.split('\n')) expect(line.length, line).toBeLessThanOrEqual(40);
		}
	});
	it('gives candidates longest first', () => {
		for (const label of Object.values(comparisonRows(figures.latest)))
			if (Array.isArray(label))
				for (let i = 1; i < label.length; i++)
					expect(Math.max(...label[i]!.split('\n').map((l) => l.length))).toBeLessThanOrEqual(
						Math.max(...label[i - 1]!.split('\n').map((l) => l.length))
					);
	});
});

describe('spendingModel(figures)', () => {
	it('names every release and edition in its source line', () => {
		const m = spendingModel(figures);
		expect(m.chart).toBe('defence-spending');
		expect(m.source).toBe(
			'Sources: SIPRI Military Expenditure Database 2020 and 2025; NATO, Defence Expenditure of NATO Countries, June 2019 and June 2024'
		);
		expect(m.subtitle).toContain('“more than 70% of world spending”');
		expect(m.states.some((s) => s.key === m.defaultKey)).toBe(true);
	});
});
