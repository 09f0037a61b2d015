/**
 * Switches a prerendered chart to another of its states without rebuilding anything. The figure
 * (`figure[data-chart]`) holds every state's panel (`[data-panel="key"]`); shared graphics follow
 * the figure's `data-state` through CSS (e.g. the map's fills), and the graphic's description
 * (`[data-described]`) is pointed at the state's own. Used by the story, the embeds and the exports.
 */
export function showState(figure: HTMLElement, key: string): boolean {
	const panels = [...figure.querySelectorAll<HTMLElement>('[data-panel]')];
	const active = panels.find((p) => p.dataset.panel === key);
	if (!active) return false;
	for (const panel of panels) panel.hidden = panel !== active;
	figure.dataset.state = key;
	const description = active.querySelector<HTMLElement>('[data-description]');
	if (description) {
		for (const el of figure.querySelectorAll('[data-described]'))
			el.setAttribute('aria-describedby', description.id);
	}
	return true;
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
