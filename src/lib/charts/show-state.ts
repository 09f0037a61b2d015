/**
 * Switches a prerendered chart to another of its states without rebuilding anything. The figure
 * (`figure[data-chart]`) holds every state's panel (`[data-panel="key"]`, its visible text; a
 * hidden one is `hidden` and `aria-hidden`) with the state's screen-reader text inside
 * (`[data-text]`: description and data table). The graphic's root (`[data-described]`) carries
 * the classes the panel names (`data-classes`, e.g. the map's fills), and the elements of one state
 * (`[data-layer="key"]`) carry `data-on` while it is shown (and `aria-hidden` while it is not;
 * a state baked into a layer by `layerNextState` is a copy, always aria-hidden). The shown panel
 * carries `data-on` too.
 * CSS keys on those, never on the figure, so a change restyles only what it touches (a rule keyed
 * on the figure makes the browser search all of it, every state's tables included). Only what
 * differs is written, so showing the state a figure already shows changes nothing.
 * Used by the story, the embeds and the exports.
 */

/** The graphic's root, which carries the state's classes and its description. */
const GRAPHIC = '[data-described]';

/** Shows state `key` entirely: `showPicture` and `showText`. False if the figure has no such state. */
export function showState(figure: HTMLElement, key: string): boolean {
	if (!showPicture(figure, key)) return false;
	showText(figure, key);
	return true;
}

/**
 * Shows what a reader sees of state `key` in the story: the graphic, and the state's panel and
 * layers marked `data-on` (the story's CSS shows a panel by that; the embeds by `hidden`, which
 * `showText` sets). The story calls it in the frame a step becomes active, and `showText` after
 * that frame has been drawn.
 */
export function showPicture(figure: HTMLElement, key: string): boolean {
	const { panels, roots, layers, states } = partsOf(figure);
	const active = panels.find((p) => p.dataset.panel === key);
	if (!active) return false;
	for (const panel of panels) setOn(panel, panel === active);
	for (const root of roots) {
		if (root.hasAttribute(LAYERED)) continue;
		const className = stateClassName(root.className, states, active.dataset.classes);
		if (className !== root.className) root.className = className;
	}
	for (const layer of layers) setOn(layer, layer.dataset.layer === key);
	if (figure.dataset.state !== key) figure.dataset.state = key;
	return true;
}

/**
 * Shows the rest of state `key`, which the story's reader does not see: the other panels `hidden`
 * and, with the other states' layers, `aria-hidden`; the state's screen-reader text (description
 * and data table), with the graphic's description pointed at it. So it can follow the picture by
 * a frame.
 */
export function showText(figure: HTMLElement, key: string): void {
	const { panels, roots, texts, layers } = partsOf(figure);
	const i = panels.findIndex((p) => p.dataset.panel === key);
	panels.forEach((panel, j) => hidePanel(panel, j !== i));
	for (const layer of layers)
		setAriaHidden(layer, layer.dataset.layer !== key || layer.hasAttribute(STATE_LAYER));
	texts.forEach((text, j) => text && setHidden(text, j !== i));
	const id = panels[i]?.querySelector('[data-description]')?.id;
	if (!id) return;
	for (const el of roots)
		if (el.getAttribute('aria-describedby') !== id) el.setAttribute('aria-describedby', id);
}

/** On a graphic's root whose states have all been baked into layers (`layerNextState`). */
const LAYERED = 'data-layered';
/** On a baked state layer (which is also a `[data-layer]`). */
const STATE_LAYER = 'data-state-layer';

/**
 * Bakes one more state of a figure whose states are classes on its graphic's root (the map's
 * fills) into a layer of its own: a copy of the root's content inside an element that carries the
 * state's classes and `data-layer`. Once every state has one, the root sheds its state classes
 * and showing a state only switches which layer has `data-on`, which the story's CSS turns into
 * an opacity change on the compositor: nothing is restyled or painted again. One state a call,
 * so the page can spread the work over idle time. The copies are aria-hidden and carry no ids.
 * Returns whether states remain to be baked.
 */
export function layerNextState(figure: HTMLElement): boolean {
	const { panels, roots, states } = partsOf(figure);
	const root = roots[0];
	if (!root || roots.length > 1 || root.hasAttribute(LAYERED) || !states.some(Boolean))
		return false;
	const baked = new Set(
		[...root.querySelectorAll<HTMLElement>(`:scope > [${STATE_LAYER}]`)].map((l) => l.dataset.layer)
	);
	const next = panels.find((p) => !baked.has(p.dataset.panel));
	if (next) {
		const layer = document.createElement('div');
		layer.className = words(next.dataset.classes).join(' ');
		layer.dataset.layer = next.dataset.panel;
		layer.setAttribute(STATE_LAYER, '');
		layer.setAttribute('aria-hidden', 'true');
		for (const child of root.children)
			if (!child.hasAttribute(STATE_LAYER) && !child.matches('style, script'))
				layer.append(child.cloneNode(true));
		for (const el of layer.querySelectorAll('[id]')) el.removeAttribute('id');
		root.append(layer);
		if (panels.some((p) => p !== next && !baked.has(p.dataset.panel))) return true;
	}
	// Every state has its layer: the root's content stays below them as the plain base.
	root.className = stateClassName(root.className, states, undefined);
	root.setAttribute(LAYERED, '');
	parts.delete(figure);
	const key = figure.dataset.state;
	if (key !== undefined) showPicture(figure, key);
	return false;
}

/**
 * Undoes `layerNextState` on a copy of a figure (the PNG export's): drops the state layers, and
 * the root carries the shown state's classes again.
 */
export function dropStateLayers(figure: HTMLElement): void {
	const layers = figure.querySelectorAll(`[${STATE_LAYER}]`);
	const roots = figure.querySelectorAll(`[${LAYERED}]`);
	if (layers.length === 0 && roots.length === 0) return;
	for (const layer of layers) layer.remove();
	for (const root of roots) root.removeAttribute(LAYERED);
	parts.delete(figure);
	const { panels, roots: all, states } = partsOf(figure);
	const active = panels.find((p) => p.dataset.panel === figure.dataset.state);
	for (const root of all)
		root.className = stateClassName(root.className, states, active?.dataset.classes);
}

/** The parts of a figure that a state change touches. */
interface Parts {
	panels: HTMLElement[];
	/** Each panel's screen-reader text, by panel. */
	texts: (HTMLElement | null)[];
	roots: HTMLElement[];
	layers: HTMLElement[];
	/** Each panel's `data-classes`. */
	states: (string | undefined)[];
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
		states: panels.map((p) => p.dataset.classes)
	};
	parts.set(figure, found);
	return found;
}

function setHidden(el: HTMLElement, hidden: boolean): void {
	if (el.hidden !== hidden) el.hidden = hidden;
}

function setOn(el: HTMLElement, on: boolean): void {
	if (el.hasAttribute('data-on') !== on) el.toggleAttribute('data-on', on);
}

function setAriaHidden(el: HTMLElement, hidden: boolean): void {
	if (hidden) {
		if (el.getAttribute('aria-hidden') !== 'true') el.setAttribute('aria-hidden', 'true');
	} else if (el.hasAttribute('aria-hidden')) el.removeAttribute('aria-hidden');
}

/** A hidden panel is also aria-hidden: a layout may keep it on screen, transparent (the story). */
function hidePanel(panel: HTMLElement, hidden: boolean): void {
	setHidden(panel, hidden);
	setAriaHidden(panel, hidden);
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
	const any = new Set(states.flatMap(words));
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
