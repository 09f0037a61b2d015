/**
 * PNG export of a prerendered chart, the one function the page's "Download PNG" control and the
 * command line both call, so they give the same pixels. The figure is copied into an off-screen
 * stage at the export width (and theme and state), laid out there by the page's own CSS, drawn
 * as one self-contained SVG with the fonts embedded, and rasterised on a canvas.
 */
import { showState, stateKeys } from '$lib/charts/show-state';
import { embeddedFontCss, pageFontFaces } from './fonts';
import {
	arrangementFor,
	EXPORT_DEFAULTS,
	ExportError,
	placeParts,
	type ExportOptions,
	type NaturalSize,
	type Placement
} from './layout';
import { escapeXml, SvgWriter } from './svg';

/** A chart drawn as SVG, with its size in CSS pixels and the scale to rasterise it at. */
export interface ExportedSvg {
	svg: string;
	width: number;
	height: number;
	scale: number;
}

const STAGE_CSS =
	'[data-export-stage] *,[data-export-stage] *::before,[data-export-stage] *::after{transition:none!important;animation:none!important}';

let stageSheet: CSSStyleSheet | undefined;

/**
 * Adds the stage's rules to the page until the returned function runs: a constructed stylesheet,
 * which a Content-Security-Policy allows where it refuses an inline `<style>`.
 */
function adoptStageSheet(): () => void {
	if (!stageSheet) {
		stageSheet = new CSSStyleSheet();
		stageSheet.replaceSync(STAGE_CSS);
	}
	const sheet = stageSheet;
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
	return () => {
		document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
	};
}

function checkSize(name: string, value: number | undefined, min: number, max: number): void {
	if (value === undefined) return;
	if (!Number.isFinite(value) || value < min || value > max)
		throw new ExportError(`export: ${name} ${value} is out of range; use ${min} to ${max}`);
}

/** Draws `figure` (a `figure.chart`) as a standalone SVG. */
export async function exportSvg(
	figure: HTMLElement,
	options: ExportOptions = {}
): Promise<ExportedSvg> {
	const padding = options.padding ?? EXPORT_DEFAULTS.padding;
	const scale = options.scale ?? EXPORT_DEFAULTS.scale;
	const width = options.width ?? Math.round(figure.getBoundingClientRect().width) + 2 * padding;
	checkSize('width', width, 2 * padding + 120, 4000);
	checkSize('height', options.height, 2 * padding + 40, 8000);
	checkSize('scale', scale, 0.5, 4);
	if (!Number.isInteger(width * scale) || !Number.isInteger((options.height ?? 0) * scale))
		throw new ExportError(
			`export: ${width}×${options.height ?? 'auto'} at scale ${scale} is not a whole number of pixels; choose another scale`
		);

	const stage = document.createElement('div');
	stage.setAttribute('data-export-stage', '');
	stage.setAttribute('aria-hidden', 'true');
	stage.inert = true;
	const theme = options.theme ?? figure.closest<HTMLElement>('[data-theme]')?.dataset.theme;
	if (theme) stage.dataset.theme = theme;
	const contentWidth = width - 2 * padding;
	// Fixed and off-screen: the stage adds nothing to the page's scroll size (embeds report it).
	stage.style.cssText = `position:fixed;left:${-contentWidth - 10000}px;top:0;pointer-events:none;width:${contentWidth}px;margin:0;padding:0;color:var(--fg);font-family:var(--font);background:var(--bg);line-height:1.5`;
	const clone = figure.cloneNode(true) as HTMLElement;
	for (const el of clone.querySelectorAll('[data-export-skip]')) el.remove();
	clone.dataset.mode = 'export';
	const header = clone.querySelector(':scope > .chart-header');
	const footer = clone.querySelector(':scope > .chart-footer');
	for (const part of [header, footer]) {
		if (options.plain) part?.remove();
		else part?.classList.remove('visually-hidden');
	}
	if (options.state !== undefined && !showState(clone, options.state))
		throw new ExportError(
			`export: ${figure.dataset.chart} has no state "${options.state}"; its states are ${stateKeys(figure).join(', ')}`
		);
	// Only the shown state's layers: the others, transparent on the page, would keep their room.
	for (const layer of clone.querySelectorAll('[data-layer]:not([data-on])')) layer.remove();
	clone.dataset.arrangement = arrangementFor(width, options.height);
	stage.append(clone);
	const dropSheet = adoptStageSheet();
	document.body.append(stage);
	try {
		await document.fonts.ready;
		const bodyEl = clone.querySelector<HTMLElement>(':scope > .chart-body');
		const measure = () => {
			const box = clone.getBoundingClientRect();
			const body = bodyEl?.getBoundingClientRect() ?? box;
			return {
				box,
				natural: { height: box.height, bodyTop: body.top - box.top, bodyHeight: body.height }
			};
		};
		let measured = measure();
		if (bodyEl && options.height !== undefined)
			measured = narrowToFit(bodyEl, options.height - 2 * padding, measured, measure);
		const { box, natural } = measured;
		const place = placeParts(natural, width, options.height, padding);
		const writer = new SvgWriter(box);
		const parts = { header: '', body: '', footer: '' };
		for (const child of clone.children) {
			const part = child === header ? 'header' : child === footer ? 'footer' : 'body';
			parts[part] += writer.html(child);
		}
		const background = options.transparent ? undefined : pageBackground(stage);
		const fonts = await embeddedFontCss(pageFontFaces(), writer.use);
		return {
			svg: compose(place, parts, fonts, background, scale),
			width,
			height: place.height,
			scale
		};
	} finally {
		stage.remove();
		dropSheet();
	}
}

/** Narrowest graphic the fitting makes (CSS pixels); below it the graphic is shrunk instead. */
const MIN_GRAPHIC_WIDTH = 280;

/**
 * Fits a graphic that is too tall for `height` by laying it out narrower (centred), as the page
 * would at that width, so its text keeps the page's size: the widest width that fits, found by
 * halving the range (a graphic's height need not follow its width in proportion, as when its
 * legend sits beside it); `placeParts` shrinks what still does not fit at the narrowest.
 */
function narrowToFit<M extends { natural: NaturalSize }>(
	body: HTMLElement,
	height: number,
	start: M,
	measure: () => M
): M {
	const fits = (m: M) =>
		m.natural.bodyHeight <= height - (m.natural.height - m.natural.bodyHeight) + 0.5;
	if (fits(start)) return start;
	const at = (width: number) => {
		body.style.width = `${width}px`;
		body.style.marginInline = 'auto';
		return measure();
	};
	let low = MIN_GRAPHIC_WIDTH;
	let high = Math.floor(body.getBoundingClientRect().width);
	const narrowest = at(low);
	if (!fits(narrowest)) return narrowest;
	for (let i = 0; i < 8 && high - low > 4; i++) {
		const mid = Math.round((low + high) / 2);
		if (fits(at(mid))) low = mid;
		else high = mid;
	}
	return at(low);
}

function pageBackground(stage: HTMLElement): string {
	const token = getComputedStyle(stage).getPropertyValue('--bg').trim();
	return token || getComputedStyle(document.body).backgroundColor || '#ffffff';
}

function compose(
	place: Placement,
	parts: { header: string; body: string; footer: string },
	fonts: string,
	background: string | undefined,
	scale: number
): string {
	const { width, height, header, body, footer } = place;
	const graphic =
		`<g transform="translate(${header.x} ${header.y})">${parts.header}</g>` +
		`<g transform="translate(${body.x} ${body.y}) scale(${body.scale}) translate(0 ${-body.top})">${parts.body}</g>` +
		`<g transform="translate(${footer.x} ${footer.y})">${parts.footer}</g>`;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width * scale}" height="${height * scale}" viewBox="0 0 ${width} ${height}">` +
		(fonts ? `<style>${fonts}</style>` : '') +
		(background ? `<rect width="100%" height="100%" fill="${escapeXml(background)}"/>` : '') +
		graphic +
		'</svg>'
	);
}

/** Rasterises an SVG string on a canvas of `width` × `height` device pixels. */
export async function rasterise(svg: string, width: number, height: number): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const img = new Image(width, height);
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = width;
		canvas.height = height;
		canvas.getContext('2d')!.drawImage(img, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(b) => (b ? resolve(b) : reject(new Error('export: the canvas gave no PNG'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** The chart `figure` as a PNG of `width×scale` by `height×scale` pixels. */
export async function exportPng(figure: HTMLElement, options: ExportOptions = {}): Promise<Blob> {
	const { svg, width, height, scale } = await exportSvg(figure, options);
	return rasterise(svg, width * scale, height * scale);
}
