// The script of an embed page (`/embed/<chart>/`): shows the state the URL asks for.
import { showState, stateKeys } from '$lib/charts/show-state';
import { chooseState } from './params';

function start(): void {
	const params = new URLSearchParams(location.search);
	for (const figure of document.querySelectorAll<HTMLElement>('figure.chart[data-chart]')) {
		const options = [...figure.querySelectorAll<HTMLElement>('[data-panel]')].map((p) => ({
			key: p.dataset.panel ?? '',
			from: p.dataset.from
		}));
		const fallback = figure.dataset.state ?? stateKeys(figure)[0] ?? '';
		const { key, warnings } = chooseState(options, params, fallback);
		for (const warning of warnings) console.warn(`embed: ${warning}; showing ${key}`);
		showState(figure, key);
	}
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
