import { describe, expect, it } from 'vitest';
import { CHARTS } from '$lib/charts/registry';
import { dataset } from './dataset';
import { publishedBorders } from './membership-map';
import { chartFacts, loadStory } from './story';

describe('loadStory(charts)', () => {
	it('loadStory fills every placeholder of data/story.aml and gives each step its chart state', () => {
		const models = CHARTS.map((c) => c.model());
		const story = loadStory(CHARTS);
		expect(story.steps.length).toBeGreaterThanOrEqual(9);
		for (const step of story.steps) {
			const model = models.find((m) => m.chart === step.chart)!;
			const state = model.states.find((s) => s.key === step.state)!;
			expect(step.description).toBe(state.description);
			expect(step.label).toBe(state.label);
			expect(step.image).toBe(`fallback/${step.chart}/${step.state}.png`);
			expect(step.paragraphs.join(' ')).not.toMatch(/[{}]/);
		}
		expect(new Set(story.steps.map((s) => s.chart))).toEqual(
			new Set(['membership-map', 'defence-spending'])
		);
	});

	it('loadStory writes the border with Russia after a wave as the sum of its published lengths, not "about"', () => {
		const text = loadStory(CHARTS)
			.steps.flatMap((s) => s.paragraphs)
			.join(' ');
		const rows = [...publishedBorders().byPair.values()].filter((r) => r.neighbourIso3 === 'RUS');
		const members = (date: string) =>
			new Set(
				dataset()
					.members.filter((m) => m.joined <= date)
					.map((m) => m.iso3)
			);
		const km = (date: string, only = members(date)) =>
			new Intl.NumberFormat('en-GB').format(
				rows.filter((r) => only.has(r.iso3)).reduce((t, r) => t + r.km, 0)
			);
		const latest = dataset()
			.members.map((m) => m.joined)
			.sort()
			.at(-1)!;
		expect(text).toContain(
			`grew by ${km('2004-03-29', new Set(['EST', 'LVA', 'LTU']))} km, to ${km('2004-03-29')} km.`
		);
		expect(text).toContain(
			`with Russia, ${km(latest, new Set(['FIN']))} km; the alliance's border with Russia now runs to ${km(latest)} km.`
		);
		expect(text).not.toMatch(/about [\d,.]+ km/);
	});

	it("chartFacts(CHARTS) gives the map's border lengths and the spending chart's shares", () => {
		const facts = chartFacts(CHARTS);
		expect(Object.keys(facts.border?.km ?? {})).toContain('2004');
		expect(Object.keys(facts.share ?? {})).toContain('2019');
		expect(Object.keys(facts.us?.share ?? {})).toContain('2019');
	});
});
