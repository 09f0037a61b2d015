/**
 * The story's steps as markup, for the server to put into the story page as one static island
 * (`story-steps/list`, see server/islands.ts): in the HTML once, not in the page's data and not
 * walked when the page hydrates. The page's script only marks the active step and copies links.
 */
import { escapeHtml } from '$lib/embed/links';
import { FALLBACK_SIZE } from '$lib/export/fallback';
import { stepAnchor, type StepView } from './story-view';

/** The island key of the steps' list. */
export const STEPS_ISLAND = 'story-steps/list';

/** The copy button's label, and what it says once it has copied the step's link. */
export const COPY_LABELS = { copy: 'Copy link', copied: 'Link copied' } as const;

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
 * One step: its card (copy, permalink, copy button) and its static figure, in <noscript> and for
 * print. The first step is active until the page's script says otherwise.
 */
export function stepHtml(step: StepView, first: boolean, assets: string): string {
	const anchor = escapeHtml(stepAnchor(step.id));
	const chart = escapeHtml(step.chart);
	const picture = stepPictureHtml(step, assets);
	return (
		`<li class="step" id="${anchor}" tabindex="0" data-step="${escapeHtml(step.id)}"` +
		` data-chart="${chart}" data-state="${escapeHtml(step.state)}"${first ? ' data-active=""' : ''}>` +
		`<div class="card">${stepTextHtml(step)}` +
		`<p class="tools"><a class="permalink" href="#${anchor}">Link to this step</a> ` +
		`<button type="button" class="copy js-only">${COPY_LABELS.copy}</button></p></div>` +
		`<noscript><figure class="static-figure" data-static="${chart}">${picture}</figure></noscript>` +
		`<figure class="static-figure print-only" data-print="${chart}">${picture}</figure></li>`
	);
}

/**
 * The markup of island `name` (only `list`: every step, in order) for a page whose relative path
 * to the site's root is `assets`; throws for another name.
 */
export function stepsIsland(steps: readonly StepView[], name: string, assets: string): string {
	if (`story-steps/${name}` !== STEPS_ISLAND)
		throw new Error(`story-steps: no island "${name}"; the only one is "${STEPS_ISLAND}"`);
	return steps.map((step, i) => stepHtml(step, i === 0, assets)).join('');
}
