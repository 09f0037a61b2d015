/**
 * The story page's build-time data, and its charts as static islands `story-chart/<chart>`: each
 * chart is rendered here, on the server, by the same component as the embeds and exports use.
 * The charts only change through showState, so the story never hydrates them: their markup is
 * in the HTML once, and their models are not in the page's data.
 */
import { render } from 'svelte/server';
import DefenceSpending from '$lib/charts/defence-spending/DefenceSpending.svelte';
import MembershipMap from '$lib/charts/membership-map/MembershipMap.svelte';
import { ASSETS_CONTEXT } from '$lib/export/control';
import { firstStates } from '$lib/story/story-view';
import { defenceSpendingModel } from './defence-spending';
import { defineIslands, fillIslands, type IslandPage } from './islands';
import { mapModel } from './membership-map';
import { loadStory, type StoryView } from './story';

export interface StoryPage {
	story: StoryView;
	/** The chart each step names, rendered with the states the steps show (less HTML). */
	charts: Record<'membership-map' | 'defence-spending', (page: IslandPage) => string>;
}

let built: StoryPage | undefined;

/** The story, checked against every state of every chart, and its charts' markup. */
export function storyPage(): StoryPage {
	if (built) return built;
	const spending = defenceSpendingModel();
	const story = loadStory([mapModel(), spending]);
	const used = (chart: string) => [
		...new Set(story.steps.filter((s) => s.chart === chart).map((s) => s.state))
	];
	const first = firstStates(story.steps);
	const markup = (body: string, page: IslandPage) => fillIslands(body, page);
	const context = (page: IslandPage) => new Map([[ASSETS_CONTEXT, page.assets]]);
	return (built = {
		story,
		charts: {
			'membership-map': (page) =>
				markup(
					render(MembershipMap, {
						props: {
							model: mapModel({ include: used('membership-map') }),
							active: first['membership-map']
						},
						context: context(page)
					}).body,
					page
				),
			'defence-spending': (page) =>
				markup(
					render(DefenceSpending, {
						props: {
							model: spending,
							states: used('defence-spending'),
							active: first['defence-spending']
						},
						context: context(page)
					}).body,
					page
				)
		}
	});
}

defineIslands('story-chart', (name, page) => {
	const charts = storyPage().charts;
	if (!(name in charts))
		throw new Error(
			`story-chart: no island "${name}"; the islands are ${Object.keys(charts).join(', ')}`
		);
	return charts[name as keyof typeof charts](page);
});
