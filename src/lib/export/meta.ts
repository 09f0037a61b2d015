/**
 * What an exported image says in words, read from the prerendered figure: title, the state's
 * generated description (the alt text), source line and credit. The CLI writes it beside each PNG.
 */

export interface ExportMeta {
	chart: string;
	state: string;
	/** First day the state holds (dated states only). */
	from?: string;
	label?: string;
	title: string;
	subtitle: string;
	/** The state's generated description, used as alt text. */
	alt: string;
	source: string;
	credit: string;
	/** The data releases the state is drawn from (its panel's `data-release`, else the figure's). */
	release: string;
}

/** Text as a reader sees it: white space collapsed and trimmed. */
export const squash = (text: string | null | undefined): string =>
	(text ?? '').replace(/\s+/g, ' ').trim();

/** The words of `figure` in `state` (default: the state it shows). */
export function exportMeta(figure: HTMLElement, state = figure.dataset.state ?? ''): ExportMeta {
	const panel = [...figure.querySelectorAll<HTMLElement>('[data-panel]')].find(
		(p) => p.dataset.panel === state
	);
	const text = (selector: string, root: ParentNode = figure) =>
		squash(root.querySelector(selector)?.textContent);
	// The state's own sources where the chart has them per state, else the chart's.
	const sources = figure.querySelector('[data-source]');
	const layer = [...(sources?.querySelectorAll<HTMLElement>('[data-layer]') ?? [])].find(
		(l) => l.dataset.layer === state
	);
	const source = squash((layer ?? sources)?.textContent);
	return {
		chart: figure.dataset.chart ?? '',
		state,
		...(panel?.dataset.from ? { from: panel.dataset.from } : {}),
		...(panel?.dataset.label ? { label: panel.dataset.label } : {}),
		title: text('.chart-title'),
		subtitle: text('.chart-subtitle'),
		alt: panel ? text('[data-description]', panel) : '',
		source,
		credit: text('.chart-credit'),
		release: panel?.dataset.release ?? figure.dataset.release ?? ''
	};
}

/** File name of a download: `membership-map-2004-03-29@2x.png`. */
export function pngName(chart: string, state: string, scale: number): string {
	const safe = (s: string) => s.replace(/[^\w.-]+/g, '-');
	return `${safe(chart)}-${safe(state)}@${scale}x.png`;
}
