// The script of the embed pages (`/embed/…`), loaded in the head so the look is set before the
// first paint: applies the URL's flags to <html>, shows the state the URL asks for, and reports the
// page's height to the page framing it. Values reach the page only through allow-listed attributes.
import { showState, stateKeys } from '$lib/charts/show-state';
import { wireCopyButtons } from './copy';
import { wireExportControls } from '$lib/export/control';
import { chooseState, readFlags, readParams } from './params';
import { validPymId } from './protocol';
import { reportHeight } from './reporter';

const WARN = 'embed:';

function applyFlags(params: URLSearchParams): void {
	const { flags, warnings } = readFlags(params);
	const root = document.documentElement;
	root.dataset.theme = flags.theme;
	root.toggleAttribute('data-plain', flags.plain);
	root.toggleAttribute('data-transparent', flags.transparent);
	for (const warning of warnings) console.warn(WARN, warning);
}

function showAskedState(params: URLSearchParams): void {
	for (const figure of document.querySelectorAll<HTMLElement>('figure.chart[data-chart]')) {
		const options = [...figure.querySelectorAll<HTMLElement>('[data-panel]')].map((p) => ({
			key: p.dataset.panel ?? '',
			from: p.dataset.from,
			label: p.dataset.label
		}));
		const fallback = figure.dataset.state ?? stateKeys(figure)[0] ?? '';
		const { key, warnings, notice } = chooseState(options, params, fallback);
		for (const warning of warnings) console.warn(WARN, `${warning}; showing ${key}`);
		showState(figure, key);
		const box = figure.querySelector<HTMLElement>('[data-notice]');
		if (box && notice) {
			box.textContent = notice;
			box.hidden = false;
		}
	}
}

function pymId(): string | undefined {
	const id = new URLSearchParams(location.search).get('childId');
	if (id === null) return undefined;
	if (validPymId(id)) return id;
	console.warn(WARN, 'childId is not an element id pym.js could send; not speaking pym.js');
	return undefined;
}

const { params, warnings } = readParams(location.search);
for (const warning of warnings) console.warn(WARN, warning);
applyFlags(params);

function start(): void {
	showAskedState(params);
	wireCopyButtons();
	wireExportControls();
	reportHeight({ pymId: pymId() });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
