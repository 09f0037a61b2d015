/**
 * Switches a prerendered chart to another of its states without rebuilding anything. The figure
 * (`figure[data-chart]`) holds every state's panel (`[data-panel="key"]`); shared graphics follow
 * the figure's `data-state` and the classes its panel names (`data-classes`) through CSS (e.g. the
 * map's fills), and the graphic's description (`[data-described]`) is pointed at the state's own.
 * Only what differs is written, so showing the state a figure already shows changes nothing.
 * Used by the story, the embeds and the exports.
 */
export function showState(figure: HTMLElement, key: string): boolean {
	const panels = [...figure.querySelectorAll<HTMLElement>('[data-panel]')];
	const active = panels.find((p) => p.dataset.panel === key);
	if (!active) return false;
	for (const panel of panels)
		if (panel.hidden !== (panel !== active)) panel.hidden = panel !== active;
	const className = stateClassName(
		figure.className,
		panels.map((p) => p.dataset.classes),
		active.dataset.classes
	);
	if (className !== figure.className) figure.className = className;
	if (figure.dataset.state !== key) figure.dataset.state = key;
	const description = active.querySelector<HTMLElement>('[data-description]');
	if (description) {
		for (const el of figure.querySelectorAll('[data-described]'))
			if (el.getAttribute('aria-describedby') !== description.id)
				el.setAttribute('aria-describedby', description.id);
	}
	return true;
}

const words = (s: string | undefined) => (s ?? '').split(/\s+/).filter(Boolean);

/**
 * The figure's class attribute in a state: its `current` classes without any state's (`states`,
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
	return [...figure.querySelectorAll<HTMLElement>('[data-panel]')].map(
		(p) => p.dataset.panel ?? ''
	);
}

/** The description of the state a figure shows now. */
export function activeDescription(figure: HTMLElement): string {
	const panel = figure.querySelector<HTMLElement>(`[data-panel]:not([hidden])`);
	return panel?.querySelector('[data-description]')?.textContent?.trim() ?? '';
}
