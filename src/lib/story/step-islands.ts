/**
 * A step's static content as markup, for the server to put into the story page as static islands
 * (`story-step/<id>/text`, `story-step/<id>/picture`; see server/islands.ts): in the HTML once,
 * not in the page's data and not walked when the page hydrates.
 */
import { escapeHtml } from '$lib/embed/links';
import { FALLBACK_SIZE } from '$lib/export/fallback';
import type { StepView } from './story-view';

/** The parts of a step that are islands. */
export const STEP_ISLANDS = { text: 'text', picture: 'picture' } as const;
export type StepIsland = (typeof STEP_ISLANDS)[keyof typeof STEP_ISLANDS];

/** The island key of a step's part (`story-step/founders/text`). */
export const stepIslandKey = (id: string, part: StepIsland) => `story-step/${id}/${part}`;

/** The step's copy: one paragraph each. */
export function stepTextHtml(step: Pick<StepView, 'paragraphs'>): string {
	return step.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
}

/**
 * The inside of a step's static figure: the chart state's picture and its caption. `assets` is the
 * page's relative path to the site's root ('.', '..').
 */
export function stepPictureHtml(
	step: Pick<StepView, 'image' | 'description' | 'label' | 'source'>,
	assets: string
): string {
	return (
		`<img src="${escapeHtml(`${assets}/${step.image}`)}" alt="${escapeHtml(step.description)}"` +
		` width="${FALLBACK_SIZE.width}" height="${FALLBACK_SIZE.height}" loading="lazy">` +
		`<figcaption>${escapeHtml(`${step.label}. ${step.source}`)}</figcaption>`
	);
}

/**
 * The markup of island `name` (`<id>/<part>`) among `steps`, for a page whose relative path to
 * the site's root is `assets`; throws for an unknown one.
 */
export function stepIsland(steps: readonly StepView[], name: string, assets: string): string {
	const slash = name.lastIndexOf('/');
	const [id, part] = [name.slice(0, slash), name.slice(slash + 1)];
	const step = steps.find((s) => s.id === id);
	if (slash < 0 || !step || !Object.values<string>(STEP_ISLANDS).includes(part))
		throw new Error(
			`story-step: no island "${name}"; the islands are <step id>/text and <step id>/picture, and the steps are ${steps.map((s) => s.id).join(', ')}`
		);
	return part === STEP_ISLANDS.text ? stepTextHtml(step) : stepPictureHtml(step, assets);
}
