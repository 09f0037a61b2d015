/**
 * The story page's build-time data, and its charts as static islands `story-chart/<chart>`: each
 * chart is rendered here, on the server, by the same component as the embeds and exports use.
 * The steps are an island too (`story-steps/list`, step-islands.ts).
 * The charts only change through showState, so the story never hydrates them: their markup is
 * in the HTML once, and their models are not in the page's data.
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import DefenceSpending from '$lib/charts/defence-spending/DefenceSpending.svelte';
import MembershipMap from '$lib/charts/membership-map/MembershipMap.svelte';
import { ASSETS_CONTEXT } from '$lib/export/control';
import { stepsIsland } from '$lib/story/step-islands';
import { firstStates } from '$lib/story/story-view';
import { defenceSpendingModel } from './defence-spending';
import { defineIslands, fillIslands, type IslandPage } from './islands';
import { mapModel } from './membership-map';
import { loadStory, type StoryView } from './story';

export interface StoryPage {
	story: StoryView;
	/** The markup of each chart the story shows, with only the states its steps show. */
	charts: Record<string, (page: IslandPage) => string>;
}

/** A component rendered on the server for `page`, its own islands filled. */
const island =
	<P extends Record<string, unknown>>(component: Component<P>, props: P) =>
	(page: IslandPage) =>
		fillIslands(
			render(component, { props, context: new Map([[ASSETS_CONTEXT, page.assets]]) }).body,
			page
		);

let built: StoryPage | undefined;

/** The story, checked against every state of every chart, and its charts. */
export function storyPage(): StoryPage {
	if (built) return built;
	const spending = defenceSpendingModel();
	const story = loadStory([mapModel(), spending]);
	const used = (chart: string) => [
		...new Set(story.steps.filter((s) => s.chart === chart).map((s) => s.state))
	];
	const first = firstStates(story.steps);
	return (built = {
		story,
		charts: {
			'membership-map': island(MembershipMap, {
				model: mapModel({ include: used('membership-map') }),
				active: first['membership-map']
			}),
			'defence-spending': island(DefenceSpending, {
				model: spending,
				states: used('defence-spending'),
				active: first['defence-spending']
			})
		}
	});
}

defineIslands('story-chart', (name, page) => {
	const { charts } = storyPage();
	const chart = Object.hasOwn(charts, name) ? charts[name] : undefined;
	if (!chart)
		throw new Error(
			`story-chart: no island "${name}"; the islands are ${Object.keys(charts).join(', ')}`
		);
	return chart(page);
});

defineIslands('story-steps', (name, page) =>
	stepsIsland(storyPage().story.steps, name, page.assets)
);
