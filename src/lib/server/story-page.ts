/**
 * The story page's build-time data, and its charts as static islands `story-chart/<chart>`: each
 * chart is rendered here, on the server, by the same component as the embeds and exports use.
 * The steps are an island too (`story-steps/list`, step-islands.ts).
 * The charts only change through showState, so the story never hydrates them: their markup is
 * in the HTML once, and their models are not in the page's data.
 */
import { CHARTS } from '$lib/charts/registry';
import { stepsIsland } from '$lib/story/step-islands';
import { firstStates } from '$lib/story/story-view';
import type { IslandBuilder, IslandPage } from './islands';
import { loadStory, type StoryView } from './story';

export interface StoryPage {
	story: StoryView;
	/** The markup of each chart the story shows, with only the states its steps show. */
	charts: Record<string, (page: IslandPage) => string>;
}

let built: StoryPage | undefined;

/** The story, checked against every state of every chart, and the charts its steps show. */
export function storyPage(): StoryPage {
	if (built) return built;
	const story = loadStory(CHARTS);
	const first = firstStates(story.steps);
	const charts: StoryPage['charts'] = {};
	for (const chart of CHARTS) {
		const states = [
			...new Set(story.steps.filter((s) => s.chart === chart.id).map((s) => s.state))
		];
		if (states.length > 0)
			charts[chart.id] = (page) => chart.render({ states, active: first[chart.id], page });
	}
	return (built = { story, charts });
}

/** Island `story-chart/<chart>`: a chart in the states of the story's steps. */
export const storyChartIsland: IslandBuilder = (name, page) => {
	const { charts } = storyPage();
	const chart = Object.hasOwn(charts, name) ? charts[name] : undefined;
	if (!chart)
		throw new Error(
			`story-chart: no island "${name}"; the islands are ${Object.keys(charts).join(', ')}`
		);
	return chart(page);
};

/** Island `story-steps/list`: every step's card and static picture. */
export const storyStepsIsland: IslandBuilder = (name, page) =>
	stepsIsland(storyPage().story.steps, name, page.assets);
