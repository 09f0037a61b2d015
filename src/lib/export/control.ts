/**
 * The "Download PNG" control of a chart (markup in ExportControl.svelte): a button and a 1×/2×/3×
 * choice. It costs nothing until used: the exporter script (`data-src`, `/js/export-png.js`) loads
 * when the control is first hovered, focused or clicked.
 */
import type { ExportOptions } from './layout';
import type { ExportMeta } from './meta';

/** The global the exporter script defines. */
export const EXPORT_GLOBAL = 'natoChartsExport';

/** What the exporter script offers (see standalone.ts). */
export interface ExporterApi {
	exportPng(figure: HTMLElement, options?: ExportOptions): Promise<Blob>;
	exportMeta(figure: HTMLElement, state?: string): ExportMeta;
	pngName(chart: string, state: string, scale: number): string;
}

type WithExporter = { [EXPORT_GLOBAL]?: ExporterApi };

let loading: Promise<ExporterApi> | undefined;

/** Loads the exporter script once (`src` as the control gives it). */
export function loadExporter(src: string): Promise<ExporterApi> {
	const ready = (window as WithExporter)[EXPORT_GLOBAL];
	if (ready) return Promise.resolve(ready);
	return (loading ??= new Promise<ExporterApi>((resolve, reject) => {
		const script = document.createElement('script');
		script.src = src;
		script.onload = () => {
			const api = (window as WithExporter)[EXPORT_GLOBAL];
			if (api) resolve(api);
			else reject(new Error(`export: ${src} did not define ${EXPORT_GLOBAL}`));
		};
		script.onerror = () => reject(new Error(`export: could not load ${src}`));
		document.head.append(script);
	}).catch((error: unknown) => {
		loading = undefined;
		throw error;
	}));
}

/**
 * Svelte context key of the relative path to the site's root, for markup that the server renders
 * outside a page's own rendering (static islands), where `$app/paths`' `assets` is not relative.
 */
export const ASSETS_CONTEXT = Symbol.for('nato-charts.assets');

/** Saves a blob under `name` through a temporary link. */
function save(blob: Blob, name: string): void {
	const a = document.createElement('a');
	a.href = URL.createObjectURL(blob);
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** Wires one control (`[data-export-control]`); returns a cleanup. Wiring twice does nothing. */
export function wireExportControl(control: HTMLElement): () => void {
	const button = control.querySelector<HTMLButtonElement>('[data-export-png]');
	const select = control.querySelector<HTMLSelectElement>('[data-export-scale]');
	const status = control.querySelector<HTMLElement>('[data-export-status]');
	const src = control.dataset.src;
	if (!button || !src || control.dataset.wired) return () => {};
	control.dataset.wired = '';
	const preload = () => void loadExporter(src).catch(() => {});
	const click = async () => {
		const figure = control.closest<HTMLElement>('figure.chart');
		if (!figure || control.getAttribute('aria-busy') === 'true') return;
		const scale = Number(select?.value) || 2;
		control.setAttribute('aria-busy', 'true');
		if (status) status.textContent = 'Preparing PNG…';
		try {
			const api = await loadExporter(src);
			const blob = await api.exportPng(figure, { scale });
			save(blob, api.pngName(figure.dataset.chart ?? 'chart', figure.dataset.state ?? '', scale));
			if (status) status.textContent = 'PNG saved';
		} catch (error) {
			console.error(error);
			if (status) status.textContent = 'Could not make the PNG';
		} finally {
			control.setAttribute('aria-busy', 'false');
		}
	};
	button.addEventListener('pointerenter', preload);
	button.addEventListener('focus', preload);
	button.addEventListener('click', click);
	return () => {
		button.removeEventListener('pointerenter', preload);
		button.removeEventListener('focus', preload);
		button.removeEventListener('click', click);
		delete control.dataset.wired;
	};
}

/** Wires every export control under `root` (each page does, as no chart is hydrated). */
export function wireExportControls(root: ParentNode = document): void {
	for (const control of root.querySelectorAll<HTMLElement>('[data-export-control]'))
		wireExportControl(control);
}
