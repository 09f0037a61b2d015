/**
 * Build-time glue of the story: reads `data/story.aml` and `data/claims.csv`, builds the facts
 * from the dataset, and checks the copy against the charts' states. A problem fails the build.
 */
import { readFileSync } from 'node:fs';
import type { ChartModel } from '$lib/charts/model';
import { parseClaims } from '$lib/data/claims';
import {
	count,
	factTexts,
	PENDING_FACTS,
	storyFacts,
	withLatest,
	type Fact,
	type StoryFacts
} from '$lib/data/facts';
import { parseStory, type Story } from '$lib/data/story';
import { fallbackImage, type StepView } from '$lib/story/story-view';
import { dataset } from './dataset';
import { defenceSpendingFacts } from './defence-spending';
import { mapBorderByWave } from './membership-map';

export const STORY_FILE = 'data/story.aml';
export const CLAIMS_FILE = 'data/claims.csv';

/** The story as the page renders it. */
export interface StoryView extends Omit<Story, 'steps'> {
	steps: StepView[];
}

/** The optional fact groups (from the charts' build-time data). */
export type ChartFacts = Pick<StoryFacts, 'border' | 'share' | 'us'>;

const counts = (values: Record<string, number>): Record<string, Fact> =>
	Object.fromEntries(Object.entries(values).map(([key, value]) => [key, count(value)]));

/** The facts the charts give the copy: the spending chart's shares, the map's border lengths. */
export function chartFacts(): ChartFacts {
	const border = mapBorderByWave();
	return {
		...defenceSpendingFacts(),
		border: { km: counts(border.km), added: counts(border.added) }
	};
}

/** The story checked against `models` (every chart it may name) and the facts. */
export function loadStory(
	models: readonly ChartModel[],
	fromCharts: ChartFacts = chartFacts()
): StoryView {
	const claims = parseClaims(readFileSync(CLAIMS_FILE, 'utf8'), CLAIMS_FILE);
	const facts = withLatest({ ...storyFacts({ ...dataset(), claims }), ...fromCharts });
	const pending = Object.fromEntries(
		Object.entries(PENDING_FACTS).filter(
			([group]) => facts[group as keyof ChartFacts] === undefined
		)
	);
	const charts = Object.fromEntries(
		models.map((m) => [m.chart, m.states.map((s) => ({ key: s.key, from: s.from }))])
	);
	const story = parseStory(readFileSync(STORY_FILE, 'utf8'), STORY_FILE, {
		charts,
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
