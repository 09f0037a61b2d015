/**
 * The story page's script, over the markup the server renders (Scrolly.svelte): the scroll engine
 * names the active step, and in that frame the graphic shows the step's chart in its state
 * (showState), the other chart hidden and inert, and the state's description is announced. In an
 * iframe the host's viewport drives it (framedStory). Nothing is rendered in the browser.
 */
import { activeDescription, showState } from '$lib/charts/show-state';
import { Scroller } from '$lib/scrolly/scroller';
import type { Viewport } from '$lib/scrolly/viewport';
import { fitHeight } from './fit';
import { pinOffset } from './pin';
import { COPY_LABELS } from './step-islands';
import { shownStep, stepAnchor, upcomingStates, type StepRef } from './story-view';

/** The attributes of the story's markup that its script reads and writes. */
export const STORY_ATTRIBUTES = {
	/** The layout: the graphic and the steps (`Scrolly.svelte`). */
	root: 'data-scrolly',
	/** A step (`data-step=<id>`, with `data-chart` and `data-state`). */
	step: 'data-step',
	/** The step at the trigger line. */
	active: 'data-active',
	/** The graphic's place for one chart (`data-slot=<chart id>`). */
	slot: 'data-slot',
	/** On the slot of the chart shown. */
	shown: 'data-shown',
	/** The polite live region that says what the graphic now shows. */
	announcer: 'data-announcer'
} as const;

const A = STORY_ATTRIBUTES;

/** The layout with the graphic beside the steps (Scrolly.svelte's `@media`). */
export const WIDE_LAYOUT = '(min-width: 56rem)';

/** The lowest a chart's drawing is made to fit a short graphic, in rem. */
const FIT_MIN_REM = 8;

/** Where a chart's drawing is limited in height, set on its slot (read by ChartFrame's CSS). */
const DRAWING_MAX_HEIGHT = '--chart-drawing-max-height';

export interface StoryOptions {
	/** The viewport the story scrolls through; default the window's (an iframe passes its host's). */
	viewport?: Viewport;
}

/** Runs the story laid out in `root` until the returned cleanup runs. */
export function runStory(root: HTMLElement, options: StoryOptions = {}): () => void {
	const { viewport } = options;
	const stepElements = [...root.querySelectorAll<HTMLElement>(`[${A.step}]`)];
	const steps: StepRef[] = stepElements.map((el) => ({
		id: el.dataset.step ?? '',
		chart: el.dataset.chart ?? '',
		state: el.dataset.state ?? ''
	}));
	const slots = [...root.querySelectorAll<HTMLElement>(`[${A.slot}]`)];
	const graphic = slots[0]?.parentElement;
	const announcer = root.querySelector<HTMLElement>(`[${A.announcer}]`);
	const figureOf = (chart: string) =>
		slots
			.find((slot) => slot.dataset.slot === chart)
			?.querySelector<HTMLElement>('figure.chart[data-chart]') ?? undefined;
	const cleanups: (() => void)[] = [];

	/** What the graphic shows (`chart/state`); the first call only brings it to the page's place. */
	let applied = '';
	let first = true;
	const show = (index: number) => {
		const active = Math.max(0, index);
		stepElements.forEach((el, i) => {
			if (el.hasAttribute(A.active) !== (i === active)) el.toggleAttribute(A.active, i === active);
		});
		const step = shownStep(steps, index);
		const announce = !first;
		first = false;
		if (!step || `${step.chart}/${step.state}` === applied) return;
		applied = `${step.chart}/${step.state}`;
		for (const slot of slots) showSlot(slot, slot.dataset.slot === step.chart);
		const figure = figureOf(step.chart);
		if (!figure) return;
		showState(figure, step.state);
		// The hidden chart takes its next step's state unseen, so reaching that step only swaps them.
		for (const [chart, state] of Object.entries(upcomingStates(steps, index))) {
			const hidden = figureOf(chart);
			if (hidden && hidden.dataset.state !== state) showState(hidden, state);
		}
		if (announcer && announce) announcer.textContent = activeDescription(figure);
	};

	const scroller = new Scroller({ viewport, onChange: (index) => show(index) });
	cleanups.push(scroller.observe(stepElements));
	if (graphic) cleanups.push(fitCharts(graphic, slots));
	if (viewport?.hosted && graphic) cleanups.push(pinGraphic(root, graphic, viewport));
	cleanups.push(followFocus(root, steps, () => scroller.index));
	cleanups.push(copyLinks(root));
	return () => {
		for (const cleanup of cleanups.splice(0)) cleanup();
	};
}

/** Shows or hides one chart's slot: hidden, it is transparent, inert and out of the a11y tree. */
function showSlot(slot: HTMLElement, shown: boolean): void {
	if (slot.hasAttribute(A.shown) === shown) return;
	slot.toggleAttribute(A.shown, shown);
	slot.inert = !shown;
	if (shown) slot.removeAttribute('aria-hidden');
	else slot.setAttribute('aria-hidden', 'true');
}

/**
 * On the wide layout, gives a chart taller than the graphic a lower drawing until it fits (see
 * fit.ts), whenever the graphic changes size, so its source and PNG button stay in view.
 */
function fitCharts(graphic: HTMLElement, slots: readonly HTMLElement[]): () => void {
	const fit = () => {
		for (const slot of slots) slot.style.removeProperty(DRAWING_MAX_HEIGHT);
		if (!matchMedia(WIDE_LAYOUT).matches) return;
		const { paddingTop, paddingBottom } = getComputedStyle(graphic);
		const available = graphic.clientHeight - parseFloat(paddingTop) - parseFloat(paddingBottom);
		const min = FIT_MIN_REM * parseFloat(getComputedStyle(document.documentElement).fontSize);
		for (const slot of slots) {
			const drawing = slot.querySelector<HTMLElement>('[data-described]');
			if (!drawing) continue;
			// Twice at most: a chart may change its layout at another width (the spending chart's sizes).
			for (let pass = 0; pass < 2; pass++) {
				const aspect = parseFloat(getComputedStyle(drawing).getPropertyValue('--chart-aspect'));
				const box = {
					height: slot.offsetHeight,
					drawingWidth: drawing.offsetWidth,
					drawingHeight: drawing.offsetHeight,
					aspect
				};
				const height = fitHeight(box, available, min);
				if (height === undefined) break;
				slot.style.setProperty(DRAWING_MAX_HEIGHT, `${height}px`);
			}
		}
	};
	const sizes = new ResizeObserver(fit);
	sizes.observe(graphic);
	let ended = false;
	void document.fonts.ready.then(() => {
		if (!ended) fit();
	});
	return () => {
		ended = true;
		sizes.disconnect();
	};
}

/**
 * In an iframe as tall as the story (`viewport.hosted`), one screen is the host's, and the iframe
 * never scrolls, so the graphic cannot stick: it is moved into the band the host shows each time
 * that changes.
 */
function pinGraphic(root: HTMLElement, graphic: HTMLElement, viewport: Viewport): () => void {
	let height = '';
	const place = () => {
		const hosted = viewport.hosted!();
		if (`${hosted.screen}px` !== height)
			root.style.setProperty('--screen', (height = `${hosted.screen}px`));
		if (!hosted.pin) return;
		const offset = pinOffset(hosted.pin, root.getBoundingClientRect(), graphic.offsetHeight);
		graphic.style.setProperty('--host-top', `${offset}px`);
	};
	place();
	const unwatch = viewport.watch(place);
	return () => {
		unwatch();
		root.style.removeProperty('--screen');
		graphic.style.removeProperty('--host-top');
	};
}

/** Keyboard focus on a step brings it to the trigger line, so the graphic follows. */
function followFocus(root: HTMLElement, steps: readonly StepRef[], index: () => number) {
	const focused = (event: FocusEvent) => {
		const target = event.target as HTMLElement;
		const step = target.closest<HTMLElement>(`[${A.step}]`);
		if (!step || !target.matches(':focus-visible')) return;
		if (steps.findIndex((s) => s.id === step.dataset.step) === index()) return;
		const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
		step.scrollIntoView({ block: 'start', behavior: reduce ? 'instant' : 'smooth' });
	};
	root.addEventListener('focusin', focused);
	return () => root.removeEventListener('focusin', focused);
}

/** A step's copy button puts the step's link on the clipboard (one handler for all of them). */
function copyLinks(root: HTMLElement): () => void {
	let copied: HTMLButtonElement | undefined;
	const clicked = async (event: MouseEvent) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('button.copy');
		const id = button?.closest<HTMLElement>(`[${A.step}]`)?.dataset.step;
		if (!button || id === undefined) return;
		const url = new URL(`#${stepAnchor(id)}`, location.href).href;
		if (copied) copied.textContent = COPY_LABELS.copy;
		copied = undefined;
		try {
			await navigator.clipboard.writeText(url);
			button.textContent = COPY_LABELS.copied;
			copied = button;
		} catch {
			// No clipboard (permission or an old browser): put the link in the address bar.
			history.replaceState(history.state, '', url);
		}
	};
	root.addEventListener('click', clicked);
	return () => root.removeEventListener('click', clicked);
}
