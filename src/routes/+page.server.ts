import { storyPage } from '$lib/server/story-page';
import { sharesTable } from '$lib/server/story-tables';

export function load() {
	// The charts and the notes' tables are static islands: in the HTML, not in the page's data.
	const { story, charts } = storyPage();
	return { story, charts: Object.keys(charts), shareSource: sharesTable().source };
}
