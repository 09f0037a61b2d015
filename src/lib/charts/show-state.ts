/**
 * Switches a prerendered chart to another of its states without rebuilding anything. The figure
 * (`figure[data-chart]`) holds every state's panel (`[data-panel="key"]`, its visible text; a
 * hidden one is `hidden` and `aria-hidden`) with the state's screen-reader text inside
 * (`[data-text]`: description and data table). The graphic's root (`[data-described]`), or its
 * drawing (`[data-buffer]`) if it has one, carries the classes the panel names (`data-classes`,
 * e.g. the map's fills), and the elements of one state
 * (`[data-layer="key"]`) carry `data-on` while it is shown (and `aria-hidden` while it is not).
 * CSS keys on those, never on the figure, so a change restyles only what it touches (a rule keyed
 * on the figure makes the browser search all of it, every state's tables included). Only what
 * differs is written, so showing the state a figure already shows changes nothing. The story
 * draws a graphic whose states are classes twice (`bufferGraphic`), so most changes only switch
 * drawings.
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
 * Shows what a reader sees of state `key`: the graphic and the state's panel. The story calls it in
 * the frame a step becomes active and `showText` after that frame has been drawn.
 */
export function showPicture(figure: HTMLElement, key: string): boolean {
	const { panels, roots, layers, buffers, stateClasses } = partsOf(figure);
	const active = panels.find((p) => p.dataset.panel === key);
	if (!active) return false;
	for (const panel of panels) hidePanel(panel, panel !== active);
	if (buffers.length > 0) {
		// Show the drawing already in this state (bufferGraphic), or draw it on the shown one.
		const target =
			buffers.find((b) => b.getAttribute(BUFFER) === key) ??
			buffers.find((b) => b.hasAttribute('data-on'))!;
		drawState(target, stateClasses, active);
		for (const buffer of buffers) setOn(buffer, buffer === target);
	} else
		for (const root of roots) {
			const className = withStateClasses(root.className, stateClasses, active.dataset.classes);
			if (className !== root.className) root.className = className;
		}
	for (const layer of layers) {
		const on = layer.dataset.layer === key;
		setOn(layer, on);
		if (on) layer.removeAttribute('aria-hidden');
		else if (!layer.hasAttribute('aria-hidden')) layer.setAttribute('aria-hidden', 'true');
	}
	if (figure.dataset.state !== key) figure.dataset.state = key;
	return true;
}

/**
 * Shows the screen-reader text of state `key` (its description and data table) and points the
 * graphic's description at it. Nothing of it is seen, so it can follow the picture by a frame.
 */
export function showText(figure: HTMLElement, key: string): void {
	const { panels, roots, texts } = partsOf(figure);
	const i = panels.findIndex((p) => p.dataset.panel === key);
	texts.forEach((text, j) => text && setHidden(text, j !== i));
	const id = panels[i]?.querySelector('[data-description]')?.id;
	if (!id) return;
	for (const el of roots)
		if (el.getAttribute('aria-describedby') !== id) el.setAttribute('aria-describedby', id);
}

/** On each of the two drawings of a double-buffered graphic: the state it is drawn in. */
const BUFFER = 'data-buffer';

/** Gives `el` the state classes of `panel`'s state and marks it as drawn in that state. */
function drawState(el: HTMLElement, stateClasses: ReadonlySet<string>, panel: HTMLElement): void {
	const className = withStateClasses(el.className, stateClasses, panel.dataset.classes);
	if (className !== el.className) el.className = className;
	const key = panel.dataset.panel ?? '';
	if (el.getAttribute(BUFFER) !== key) el.setAttribute(BUFFER, key);
}

/**
 * Draws a graphic whose states are classes (the map's fills) twice: its drawing (the one element
 * marked `data-buffer`, which carries the state classes) gets a copy after it (aria-hidden,
 * without ids). The one shown carries `data-on`; `readyBuffer` draws the hidden one in the state
 * likely shown next, so that showing it only switches which one is on, which the story's CSS
 * makes a fade of the two layers' opacity (no restyle of the shapes, no repaint). False if the
 * figure has no single drawing to copy.
 */
export function bufferGraphic(figure: HTMLElement): boolean {
	const { buffers } = partsOf(figure);
	const drawing = buffers[0];
	if (!drawing || buffers.length > 1) return false;
	const copy = drawing.cloneNode(true) as HTMLElement;
	copy.removeAttribute('data-on');
	copy.setAttribute('aria-hidden', 'true');
	copy.setAttribute('data-buffer-copy', '');
	for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
	drawing.after(copy);
	parts.delete(figure);
	return true;
}

/**
 * Draws the hidden drawing of a buffered figure (`bufferGraphic`) in state `key`, unseen: once it
 * has faded out and `idle` has resolved (the story waits for an idle period), if it is still hidden
 * and no drawing is in that state. Its style and layout are worked out there and then, so that the
 * next frame only paints it.
 */
export async function readyBuffer(
	figure: HTMLElement,
	key: string,
	idle: () => Promise<void> = async () => {}
): Promise<void> {
	const { buffers, panels, stateClasses } = partsOf(figure);
	const panel = panels.find((p) => p.dataset.panel === key);
	const hidden = buffers.find((b) => !b.hasAttribute('data-on'));
	if (!panel || !hidden) return;
	await Promise.all(hidden.getAnimations().map((a) => a.finished.catch(() => undefined)));
	await idle();
	if (hidden.hasAttribute('data-on') || buffers.some((b) => b.getAttribute(BUFFER) === key)) return;
	drawState(hidden, stateClasses, panel);
	// Unseen, so at once: its shapes' fades would restyle and repaint it every frame. Reading its
	// animations works out its style, and reading its box its layout.
	for (const animation of hidden.getAnimations({ subtree: true })) animation.finish();
	hidden.getBoundingClientRect();
}

/** Undoes `bufferGraphic` on a copy of a figure (the PNG export's): only the shown drawing stays. */
export function dropBuffer(figure: HTMLElement): void {
	for (const el of figure.querySelectorAll(`[${BUFFER}]:not([data-on])`)) el.remove();
	parts.delete(figure);
}

/** The parts of a figure that a state change touches. */
interface Parts {
	panels: HTMLElement[];
	/** Each panel's screen-reader text, by panel. */
	texts: (HTMLElement | null)[];
	roots: HTMLElement[];
	layers: HTMLElement[];
	/** The two drawings of a buffered graphic (`bufferGraphic`), or none. */
	buffers: HTMLElement[];
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
		buffers: [...figure.querySelectorAll<HTMLElement>(`[${BUFFER}]`)],
		stateClasses: new Set(panels.flatMap((p) => words(p.dataset.classes)))
	};
	parts.set(figure, found);
	return found;
}

function setOn(el: HTMLElement, on: boolean): void {
	if (el.hasAttribute('data-on') !== on) el.toggleAttribute('data-on', on);
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
