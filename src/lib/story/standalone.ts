// The story page's script (`/js/story.js`, loaded with `defer`): runs the story over the markup the
// server rendered, wires the charts' PNG buttons, and in an iframe follows the host's viewport
// and tells the host the story's height. The page ships no framework runtime.
import { wireExportControls } from '$lib/export/control';
import { frameStory } from './framed-story';
import { runStory, STORY_ATTRIBUTES } from './run-story';
import { keepScrollInHistory } from './scroll-history';

wireExportControls();
keepScrollInHistory();
const root = document.querySelector<HTMLElement>(`[${STORY_ATTRIBUTES.root}]`);
if (root) {
	const framed = window.parent !== window ? frameStory() : undefined;
	runStory(root, { viewport: framed?.viewport });
}
