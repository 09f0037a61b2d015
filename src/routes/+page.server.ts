import { withoutTables } from '$lib/charts/tables';
import { defenceSpendingModel } from '$lib/server/defence-spending';
import { mapModel } from '$lib/server/membership-map';
import { loadStory } from '$lib/server/story';
import { sharesTable } from '$lib/server/story-tables';

export function load() {
	const spendingChart = defenceSpendingModel();
	const story = loadStory([mapModel(), spendingChart]);
	// The page holds only the states its steps show (less HTML); the story was checked against all.
	const used = (chart: string) => [
		...new Set(story.steps.filter((s) => s.chart === chart).map((s) => s.state))
	];
	return {
		story,
		// The states' tables, like the notes' tables, are in the HTML (static islands), not in the data.
		map: withoutTables(mapModel({ include: used('membership-map') })),
		spending: withoutTables(spendingChart),
		spendingStates: used('defence-spending'),
		shareSource: sharesTable().source
	};
}
