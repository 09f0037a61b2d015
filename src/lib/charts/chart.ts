/**
 * What a chart is to the rest of the project: its folder (`src/lib/charts/<id>/`) exports one
 * chart made with `defineChart`, and the registry (registry.ts) lists them. Embed pages, the
 * story, the islands, oEmbed and the build's manifest take their charts from there. Build-time
 * only: a chart reads the data and renders on the server.
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import type { StoryFacts } from '$lib/data/facts';
import { ASSETS_CONTEXT } from '$lib/export/control';
import { fillIslands, type IslandBuilder, type IslandPage } from '$lib/server/islands';
import { withStates, type ChartMode, type ChartModel } from './model';

/** The props every chart component takes (ChartFrame's, less the snippets). */
export interface ChartProps<M extends ChartModel = ChartModel> {
	/** The build-time model, with the states to render (see `withStates`). */
	model: M;
	/** The state shown in the prerendered HTML; default the model's `defaultKey`. */
	active?: string;
	/** Which context renders it; default `story`. */
	mode?: ChartMode;
	/** Leave out title, subtitle, source and credit; default false. */
	plain?: boolean;
	/** Unique prefix for element ids when a page holds several figures; default the chart's id. */
	idPrefix?: string;
}

/** What a chart's folder says about it (`defineChart` turns it into a `Chart`). */
export interface ChartDefinition<M extends ChartModel> {
	/** The id in URLs (`/embed/<id>/`), on the command line and in the story's `chart:` lines. */
	id: string;
	/**
	 * How an address names one of its states: `date` (dated states: `?date=`, `?year=`, the first
	 * day is the key) or `step` (named states, `?step=`).
	 */
	stateParam: 'date' | 'step';
	/** Its model with every state, from the data (built once per build by the chart's code). */
	model(): M;
	/** Renders it: the same component in the story, the embeds and the exports. */
	component: Component<ChartProps<M>>;
	/** Its own static islands (`<id>/<name>`, see server/islands.ts), if it has any. */
	islands?: IslandBuilder;
	/** Facts the story's copy may cite (`{border.km.2004}`). */
	facts?(): Partial<StoryFacts>;
	/** Height (px) of its iframe in a 600 px column, until the embed reports its own. */
	embedHeight: number;
}

/** How a page renders a chart (`Chart.render`). */
export interface RenderOptions extends Omit<ChartProps, 'model'> {
	/** The states to render, in any order (see `withStates`); default all. */
	states?: readonly string[];
	/** The page it is rendered into (for relative paths to the site's root). */
	page: IslandPage;
}

/** A chart as the registry lists it. */
export interface Chart extends Omit<ChartDefinition<ChartModel>, 'component'> {
	/** The chart's markup, its own islands filled: static HTML, never hydrated. */
	render(options: RenderOptions): string;
}

/** A chart from its folder's definition. */
export function defineChart<M extends ChartModel>(definition: ChartDefinition<M>): Chart {
	const { component, ...rest } = definition;
	return {
		...rest,
		render({ states, page, ...props }) {
			const all = definition.model();
			const model = states ? withStates(all, states) : all;
			const context = new Map([[ASSETS_CONTEXT, page.assets]]);
			const { head, body } = render(component, { props: { model, ...props }, context });
			// The components' styles (injected CSS) come first; the page moves them into its head.
			return head + fillIslands(body, page);
		}
	};
}
