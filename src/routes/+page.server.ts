import { storyPage } from '$lib/server/story-page';
import { sharesTable } from '$lib/server/story-tables';

export function load() {
	// The charts and the notes' tables are static islands: in the HTML, not in the page's data.
	// So are the steps' copy and pictures: the page's scripts only need to know each step's state.
	const { story, charts } = storyPage();
	const steps = story.steps.map(({ id, chart, state }) => ({ id, chart, state }));
	return {
		story: { ...story, steps },
		charts: Object.keys(charts),
		shareSource: sharesTable().source
	};
}
