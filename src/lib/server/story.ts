/**
 * Build-time glue of the story: reads `data/story.aml` and `data/claims.csv`, builds the facts
 * from the dataset, and checks the copy against the charts' states. A problem fails the build.
 */
import { readFileSync } from 'node:fs';
import type { Chart } from '$lib/charts/chart';
import { parseClaims } from '$lib/data/claims';
import { factTexts, PENDING_FACTS, storyFacts, withLatest, type StoryFacts } from '$lib/data/facts';
import { parseStory, type Story } from '$lib/data/story';
import { fallbackImage, type StepView } from '$lib/story/story-view';
import { dataset } from './dataset';

export const STORY_FILE = 'data/story.aml';
export const CLAIMS_FILE = 'data/claims.csv';

/** The story as the page renders it. */
export interface StoryView extends Omit<Story, 'steps'> {
	steps: StepView[];
}

/** The optional fact groups (from the charts' build-time data). */
export type ChartFacts = Pick<StoryFacts, 'border' | 'share' | 'us'>;

/** The facts the charts give the copy (each chart's `facts`: the map's borders, the shares). */
export function chartFacts(charts: readonly Chart[]): ChartFacts {
	return Object.assign({}, ...charts.map((c) => c.facts?.() ?? {}));
}

/** The story checked against `charts` (every chart it may name) and their facts. */
export function loadStory(
	charts: readonly Chart[],
	fromCharts: ChartFacts = chartFacts(charts)
): StoryView {
	const models = charts.map((c) => c.model());
	const claims = parseClaims(readFileSync(CLAIMS_FILE, 'utf8'), CLAIMS_FILE);
	const facts = withLatest({ ...storyFacts({ ...dataset(), claims }), ...fromCharts });
	const pending = Object.fromEntries(
		Object.entries(PENDING_FACTS).filter(
			([group]) => facts[group as keyof ChartFacts] === undefined
		)
	);
	const states = Object.fromEntries(
		models.map((m) => [m.chart, m.states.map((s) => ({ key: s.key, from: s.from }))])
	);
	const story = parseStory(readFileSync(STORY_FILE, 'utf8'), STORY_FILE, {
		charts: states,
		facts: factTexts(facts),
		pending
	});
	const steps = story.steps.map((step) => {
		const model = models.find((m) => m.chart === step.chart)!;
		const state = model.states.find((s) => s.key === step.state)!;
		return {
			...step,
			label: state.label,
			description: state.description,
			source: model.source,
			image: fallbackImage(step.chart, step.state)
		};
	});
	return { ...story, steps };
}
