/**
 * Every static island the pages use (see islands.ts): each chart's own (from the registry), a
 * chart on its embed page, and the story's charts, steps and notes' tables.
 */
import { CHARTS, chartDefinition } from '$lib/charts/registry';
import { defineIslands, type IslandBuilder } from './islands';
import { storyChartIsland, storyStepsIsland } from './story-page';
import { storyTableIsland } from './story-tables';

/** Island `embed-chart/<chart>`: the chart with every state, as its embed page shows it. */
export const embedChartIsland: IslandBuilder = (name, page) =>
	chartDefinition(name).render({ mode: 'embed', page });

/** Registers them all (the server's hook does, once). */
export function registerIslands(): void {
	for (const chart of CHARTS) if (chart.islands) defineIslands(chart.id, chart.islands);
	defineIslands('embed-chart', embedChartIsland);
	defineIslands('story-chart', storyChartIsland);
	defineIslands('story-steps', storyStepsIsland);
	defineIslands('story', storyTableIsland);
}
