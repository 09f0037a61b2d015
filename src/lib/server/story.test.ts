import { describe, expect, it } from 'vitest';
import { defenceSpendingModel } from './defence-spending';
import { mapModel } from './membership-map';
import { chartFacts, loadStory } from './story';

describe('loadStory(models)', () => {
	it('loadStory fills every placeholder of data/story.aml and gives each step its chart state', () => {
		const models = [mapModel(), defenceSpendingModel()];
		const story = loadStory(models);
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

	it("chartFacts() gives the map's border lengths and the spending chart's shares", () => {
		const facts = chartFacts();
		expect(Object.keys(facts.border?.km ?? {})).toContain('2004');
		expect(Object.keys(facts.share ?? {})).toContain('2019');
		expect(Object.keys(facts.us?.share ?? {})).toContain('2019');
	});
});
