/**
 * The membership map's build-time model and islands, from the facts, the eras, the borders
 * (pairs drawn from the geometry, lengths as published) and the geometry's layout (label points and areas). Pure: the server glue
 * (src/lib/server/membership-map.ts) reads the files and draws the geometry.
 */
import type { ChartModel, ChartState } from '$lib/charts/model';
import type { IsoDate } from '$lib/data/fields';
import {
	borderAt,
	borderKm,
	pairKey,
	type BorderStretch,
	type PublishedLengths,
	type SharedBorders
} from './border';
import { mapStylesheet, stateLooks, tagElements, type StateStyle } from './css';
import type { Era, MapFacts } from './eras';
import {
	elementKey,
	LABEL_TIERS,
	placeLabels,
	type Box,
	type LabelCandidate,
	type LabelSide
} from './labels';
import { GDR, RUSSIA, USSR, mapStateAt, memberName, type Fill, type MapState } from './state';
import { linesShown } from './unions';
import {
	blocLegend,
	describe,
	drawingNotes,
	eventSentences,
	formatDate,
	formatNumber,
	membersTable,
	stateLabel,
	waves,
	type WaveEntry
} from './text';

/** A state of the map as the component renders its panel. */
export interface MembershipMapState extends ChartState {
	from: IsoDate;
	/** "29 March 2004" */
	date: string;
	/** Members on the date. */
	count: number;
	/** What happened on the date, one sentence per event. */
	events: string[];
	/** Accession waves so far, for the legend. */
	waves: WaveEntry[];
	/** Other fills in the legend (Warsaw Pact, Soviet Union). */
	blocs: { fill: Fill; label: string }[];
	/** The land border with Russia (the Soviet Union before its end): published lengths, summed. */
	border: { km: number; to: string; text: string; stretches: { name: string; km: number }[] };
	/** How the state is drawn (Berlin, the Saarland). */
	notes: string[];
}

export interface MembershipMapModel extends ChartModel<MembershipMapState> {
	/** The map's viewBox size in map units. */
	width: number;
	height: number;
}

/** Where the geometry put things: label points and areas (map units), the inset's box. */
export interface MapLayout {
	width: number;
	height: number;
	points: ReadonlyMap<string, { x: number; y: number }>;
	areas: ReadonlyMap<string, number>;
	inset: [[number, number], [number, number]];
}

/** One era's state and border. */
export interface MapView {
	state: MapState;
	stretches: BorderStretch[];
}

/** The state and border of every era: pairs from the geometry (`shared`), lengths as published. */
export function mapViews(
	facts: MapFacts,
	eras: readonly Era[],
	shared: SharedBorders,
	published: PublishedLengths
): MapView[] {
	return eras.map((era) => {
		const state = mapStateAt(facts, eras, era.from);
		return { state, stretches: borderAt(state, shared, published) };
	});
}

/** Label key of West Germany (placed on the western Länder) and the Länder it covers. */
export const WEST_GERMANY = 'FRG';

/** Shorter names tried where a label does not fit (newsroom abbreviations), by label key. */
export const SHORT_NAMES: Readonly<Record<string, string>> = { USA: 'US', GBR: 'UK' };

/** Members smaller than this (px² at the narrowest tier) get a marker so they can be found. */
export const MARKER_MAX_AREA_PX = 80;

/** The members (ever) that get a marker: those too small to see at the narrowest width. */
export function markerIds(facts: MapFacts, layout: MapLayout): Set<string> {
	const narrowest = Math.min(...LABEL_TIERS.map((t) => t.width));
	const scale = (narrowest / layout.width) ** 2;
	return new Set(
		facts.members
			.map((m) => m.id)
			.filter((id) => {
				const area = layout.areas.get(id);
				return area !== undefined && area * scale < MARKER_MAX_AREA_PX;
			})
	);
}

/** The labels a state may show, with their points and priorities. */
export function labelCandidates(
	facts: MapFacts,
	view: MapView,
	layout: MapLayout,
	markers: ReadonlySet<string>
): LabelCandidate[] {
	const { state } = view;
	const out: LabelCandidate[] = [];
	const add = (key: string, text: string, point: string, priority: number, marker = false) => {
		const p = layout.points.get(point);
		const short = Object.hasOwn(SHORT_NAMES, key) ? SHORT_NAMES[key] : undefined;
		if (p) out.push({ key, text, x: p.x, y: p.y, priority, marker, ...(short ? { short } : {}) });
	};
	const inInset = (id: string) => {
		const p = layout.points.get(id);
		const [[x0, y0], [x1, y1]] = layout.inset;
		return p !== undefined && p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1;
	};
	const grown = new Set(
		facts.changes.filter((c) => state.overlays.get(c.code) === 'nato-new').map((c) => c.into)
	);
	for (const m of state.members) {
		const area = layout.areas.get(m.id) ?? 0;
		const isNew = state.newMembers.includes(m) || grown.has(m.iso3);
		const priority = isNew ? 1e7 + area : inInset(m.id) ? 5e6 : area;
		const name = memberName(facts, m, state.date);
		if (state.divided && m.iso3 === facts.changes.find((c) => c.code === GDR)?.into) {
			add(WEST_GERMANY, name, WEST_GERMANY, priority);
		} else {
			add(m.iso3, name, m.id, priority, markers.has(m.id));
		}
	}
	if (state.ussr) add(USSR, 'Soviet Union', USSR, 6e6);
	else add(RUSSIA, 'Russia', facts.ids.get(RUSSIA) ?? '', 6e6);
	if (state.divided) add(GDR, 'East Germany', GDR, 0);
	return out;
}

/** Everything the state CSS needs of one view (labels placed at every tier). */
export function stateStyle(
	facts: MapFacts,
	view: MapView,
	layout: MapLayout,
	markers: ReadonlySet<string>
): { style: StateStyle; candidates: LabelCandidate[] } {
	const { state } = view;
	const fills = new Map<string, Fill>();
	for (const [id, fill] of state.fills) if (fill !== 'land') fills.set(id, fill);
	const shown: [string, string][] = [];
	for (const [code, fill] of state.overlays) {
		fills.set(code, fill);
		shown.push(['data-overlay', code]);
		if (fill !== 'nato-new' && facts.changes.some((c) => c.code === code))
			shown.push(['data-line', code]);
	}
	if (state.unions.has(USSR)) shown.push(['data-outline', USSR]);
	for (const line of linesShown(facts.changes, state.date)) shown.push(['data-line', line]);
	for (const s of view.stretches)
		for (const [a, b] of s.pairs) shown.push(['data-pair', pairKey(a, b)]);
	for (const m of state.members) if (markers.has(m.id)) shown.push(['data-marker', m.id]);

	const candidates = labelCandidates(facts, view, layout, markers);
	const [[x0, y0], [x1, y1]] = layout.inset;
	const space = { width: layout.width, height: layout.height, avoid: [[x0, y0, x1, y1] as Box] };
	const labels = { l: [] as string[], m: [] as string[], s: [] as string[] };
	for (const tier of LABEL_TIERS) {
		labels[tier.name] = placeLabels(candidates, tier, space).map(elementKey);
	}
	return { style: { key: state.era.from, fills, shown, labels }, candidates };
}

const pct = (v: number, of: number) => `${+((v / of) * 100).toFixed(2)}%`;
const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * Where labels and markers sit over the map, as classes of the stylesheet (`mmp3` for
 * `left:40%;top:22%`), not style attributes, which a Content-Security-Policy without
 * 'unsafe-inline' refuses.
 */
class Positions {
	readonly #classes = new Map<string, string>();
	constructor(private readonly layout: MapLayout) {}
	/** The class that puts an element at map point `p`. */
	at(p: { x: number; y: number }): string {
		const place = `left:${pct(p.x, this.layout.width)};top:${pct(p.y, this.layout.height)}`;
		let name = this.#classes.get(place);
		if (name === undefined) this.#classes.set(place, (name = `mmp${this.#classes.size}`));
		return name;
	}
	/** The rules of every class handed out. */
	rules(): string {
		return [...this.#classes].map(([place, name]) => `.${name}{${place}}`).join('\n');
	}
}

/**
 * The islands of the map that depend on the states: the stylesheet, the label/marker overlay,
 * and the geometry `markup` with each shape's group class; and the figure's classes in each
 * state, by key (see `stateLooks`).
 */
export function mapIslands(
	facts: MapFacts,
	views: readonly MapView[],
	layout: MapLayout,
	markup: string
): { style: string; overlay: string; map: string; classes: Map<string, string> } {
	const markers = markerIds(facts, layout);
	const positions = new Positions(layout);
	const styles: StateStyle[] = [];
	const elements = new Map<string, string>();
	for (const view of views) {
		const { style, candidates } = stateStyle(facts, view, layout, markers);
		styles.push(style);
		const byKey = new Map(candidates.map((c) => [c.key, c]));
		for (const tier of LABEL_TIERS) {
			for (const element of style.labels[tier.name]) {
				if (elements.has(element)) continue;
				const [key, side, short] = element.split(':') as [string, LabelSide, string?];
				const c = byKey.get(key)!;
				const text = short ? (c.short ?? c.text) : c.text;
				elements.set(
					element,
					`<span class="mm-label mm-at-${side} ${positions.at(c)}" data-label="${html(element)}">${html(text)}</span>`
				);
			}
		}
	}
	const dots = [...markers].map(
		(id) =>
			`<span class="mm-marker ${positions.at(layout.points.get(id)!)}" data-id="${id}" data-marker="${id}"></span>`
	);
	const looks = stateLooks(styles);
	return {
		style: [
			mapStylesheet(looks),
			positions.rules(),
			`.mm-graphic{--chart-aspect:${+(layout.width / layout.height).toFixed(4)}}`
		].join('\n'),
		overlay: tagElements(dots.join('') + [...elements.values()].join(''), looks.elements),
		map: tagElements(markup, looks.elements),
		classes: new Map(styles.map((style, i) => [style.key, looks.root[i]!]))
	};
}

export const TITLE = 'NATO’s enlargement and its border with Russia';
export const SOURCE =
	'Sources: NATO (accession dates); Warsaw Treaty and national records (see data/); map: world-atlas 2.0.2 (Natural Earth 1:50m), German Länder: Natural Earth admin-1. Border lengths: CIA, The World Factbook (final edition, January 2026), added up for each date; for the Soviet Union, Norway’s with Russia and Türkiye’s with Georgia, Armenia and Azerbaijan. The dates of Yugoslavia’s break-up: the same.';
export const CREDIT = 'Made with Natural Earth';
/** The data the map is drawn from, in short, for the export's sidecar. */
export const RELEASE =
	'NATO accession dates; CIA World Factbook, January 2026; world-atlas 2.0.2 (Natural Earth 4.1.0)';

/**
 * The chart model with every state (a page picks some with `withStates`); `classes` are the figure's classes
 * in each state, by key (from `mapIslands`).
 */
export function membershipMapModel(
	facts: MapFacts,
	views: readonly MapView[],
	layout: MapLayout,
	classes: ReadonlyMap<string, string> = new Map()
): MembershipMapModel {
	const states = views.map((v) => {
		const state = mapChartState(facts, v);
		const figure = classes.get(state.key);
		return figure ? { ...state, classes: figure } : state;
	});
	// The map today, unless a page asks for another state.
	const defaultKey = states[states.length - 1]!.key;
	const first = views[0]!.state.members.length;
	const last = views[views.length - 1]!.state.members.length;
	return {
		chart: 'membership-map',
		title: TITLE,
		subtitle: `From ${first} members in ${views[0]!.state.era.from.slice(0, 4)} to ${last}: members, the Warsaw Pact and the Soviet Union at each change, and the land border between NATO and Russia`,
		source: SOURCE,
		release: RELEASE,
		credit: CREDIT,
		states,
		defaultKey,
		width: layout.width,
		height: layout.height
	};
}

/** One view as a chart state. */
export function mapChartState(facts: MapFacts, view: MapView): MembershipMapState {
	const { state, stretches } = view;
	return {
		key: state.era.from,
		from: state.era.from,
		label: stateLabel(state),
		description: describe(facts, state, stretches),
		table: membersTable(facts, state),
		date: formatDate(state.era.from),
		count: state.members.length,
		events: eventSentences(facts, state),
		waves: waves(state),
		blocs: blocLegend(facts, state),
		border: {
			km: borderKm(stretches),
			to: state.border.russiaName,
			text: `${formatNumber(borderKm(stretches))} km`,
			stretches: stretches.map((s) => ({ name: s.member.name, km: s.km }))
		},
		notes: drawingNotes(facts, state)
	};
}

/** Facts of each era for the story's copy: count and border (published lengths, summed). */
export interface EraSummary {
	key: IsoDate;
	count: number;
	borderTo: string;
	/** Total border in km. */
	borderKm: number;
	stretches: { iso3: string; name: string; km: number }[];
}

/** What the story can quote of each era. */
export function eraSummaries(views: readonly MapView[]): EraSummary[] {
	return views.map(({ state, stretches }) => ({
		key: state.era.from,
		count: state.members.length,
		borderTo: state.border.russiaName,
		borderKm: borderKm(stretches),
		stretches: stretches.map((s) => ({ iso3: s.member.iso3, name: s.member.name, km: s.km }))
	}));
}

/**
 * The border after each accession wave, by the wave's year (`{border.km.2004}`), and what the
 * wave added (`{border.added.2004}`), in published km. A year with two waves keeps the last.
 */
export function borderByWave(views: readonly MapView[]): {
	km: Record<string, number>;
	added: Record<string, number>;
} {
	const km: Record<string, number> = {};
	const added: Record<string, number> = {};
	let before = 0;
	for (const { state, stretches } of views) {
		const total = borderKm(stretches);
		if (state.newMembers.length > 0) {
			const year = state.era.from.slice(0, 4);
			km[year] = total;
			added[year] = Math.max(0, total - before);
		}
		before = total;
	}
	return { km, added };
}
