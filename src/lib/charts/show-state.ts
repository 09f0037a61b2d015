/**
 * Switches a prerendered chart to another of its states without rebuilding anything. The figure
 * (`figure[data-chart]`) holds every state's panel (`[data-panel="key"]`, its visible text; a
 * hidden one is `hidden` and `aria-hidden`) with the state's screen-reader text inside
 * (`[data-text]`: description and data table). The graphic's root (`[data-described]`) carries
 * the classes the panel names (`data-classes`, e.g. the map's fills) and points its description at
 * the panel's, and the elements of one state (`[data-layer="key"]`) carry `data-on` while it is
 * shown (and `aria-hidden` while it is not). CSS keys on those, never on the figure, so a change
 * restyles only what it touches. Only what differs is written, so showing the state a figure
 * already shows changes nothing. Used by the story, the embeds and the exports.
 */

/** The graphic's root, which carries the state's classes and its description. */
const GRAPHIC = '[data-described]';

/** Shows state `key`: its picture, panel and screen-reader text. False if the figure has no such state. */
export function showState(figure: HTMLElement, key: string): boolean {
	const { panels, texts, roots, layers, stateClasses } = partsOf(figure);
	const i = panels.findIndex((p) => p.dataset.panel === key);
	const active = panels[i];
	if (!active) return false;
	panels.forEach((panel, j) => hidePanel(panel, j !== i));
	texts.forEach((text, j) => text && setHidden(text, j !== i));
	const description = active.querySelector('[data-description]')?.id;
	for (const root of roots) {
		const className = withStateClasses(root.className, stateClasses, active.dataset.classes);
		if (className !== root.className) root.className = className;
		if (description && root.getAttribute('aria-describedby') !== description)
			root.setAttribute('aria-describedby', description);
	}
	for (const layer of layers) {
		const on = layer.dataset.layer === key;
		if (layer.hasAttribute('data-on') !== on) layer.toggleAttribute('data-on', on);
		if (on) layer.removeAttribute('aria-hidden');
		else if (!layer.hasAttribute('aria-hidden')) layer.setAttribute('aria-hidden', 'true');
	}
	if (figure.dataset.state !== key) figure.dataset.state = key;
	return true;
}

/** The parts of a figure that a state change touches. */
interface Parts {
	panels: HTMLElement[];
	/** Each panel's screen-reader text, by panel. */
	texts: (HTMLElement | null)[];
	roots: HTMLElement[];
	layers: HTMLElement[];
	/** Every class that any panel's `data-classes` names. */
	stateClasses: ReadonlySet<string>;
}

/**
 * A figure's parts, looked up once: a prerendered figure keeps its elements, and searching it
 * (every state's data table included) at each change costs more than the change itself. Looked
 * up again if the figure's panels have changed.
 */
const parts = new WeakMap<HTMLElement, Parts>();

function partsOf(figure: HTMLElement): Parts {
	const known = parts.get(figure);
	if (known && known.panels.every((p) => figure.contains(p))) return known;
	const panels = [...figure.querySelectorAll<HTMLElement>('[data-panel]')];
	const found: Parts = {
		panels,
		texts: panels.map((p) => p.querySelector<HTMLElement>('[data-text]')),
		roots: [...figure.querySelectorAll<HTMLElement>(GRAPHIC)],
		layers: [...figure.querySelectorAll<HTMLElement>('[data-layer]')],
		stateClasses: new Set(panels.flatMap((p) => words(p.dataset.classes)))
	};
	parts.set(figure, found);
	return found;
}

function setHidden(el: HTMLElement, hidden: boolean): void {
	if (el.hidden !== hidden) el.hidden = hidden;
}

/** A hidden panel is also aria-hidden: a layout may keep it on screen, transparent (the story). */
function hidePanel(panel: HTMLElement, hidden: boolean): void {
	setHidden(panel, hidden);
	if (hidden) {
		if (!panel.hasAttribute('aria-hidden')) panel.setAttribute('aria-hidden', 'true');
	} else panel.removeAttribute('aria-hidden');
}

const words = (s: string | undefined) => (s ?? '').split(/\s+/).filter(Boolean);

/**
 * An element's class attribute in a state: its `current` classes without any state's (`states`,
 * each panel's `data-classes`), plus the `active` state's. Set in one go, so the browser restyles
 * only the elements that the added and removed classes select.
 */
export function stateClassName(
	current: string,
	states: readonly (string | undefined)[],
	active: string | undefined
): string {
	return withStateClasses(current, new Set(states.flatMap(words)), active);
}

/** `stateClassName` with the states' classes already gathered. */
function withStateClasses(
	current: string,
	any: ReadonlySet<string>,
	active: string | undefined
): string {
	if (any.size === 0) return current;
	return [...words(current).filter((c) => !any.has(c)), ...words(active)].join(' ');
}

/** The keys of the states a prerendered figure holds, in document order. */
export function stateKeys(figure: HTMLElement): string[] {
	return partsOf(figure).panels.map((p) => p.dataset.panel ?? '');
}

/** The description of the state a figure shows now. */
export function activeDescription(figure: HTMLElement): string {
	const panel = figure.querySelector<HTMLElement>(`[data-panel]:not([hidden])`);
	return panel?.querySelector('[data-description]')?.textContent?.trim() ?? '';
}
