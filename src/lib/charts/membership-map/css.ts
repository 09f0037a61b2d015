/**
 * The map's stylesheet, generated at build time: static rules for the shapes, and rules keyed on
 * classes the graphic's root carries in each state (see `stateLooks`), so that switching states
 * (showState) only changes the root's classes. Fills change at once (a fill transition on the
 * shapes costs about 2.5 ms of style work per change at 4x CPU); lines and overlays fade.
 */
import { LABEL_TIERS, type LabelTier } from './labels';
import type { Fill } from './state';

/** The chart's id, as on its figure (`data-chart`). */
export const CHART = 'membership-map';
/** The container name of the graphic, for the label tiers' container queries. */
export const CONTAINER = 'mm-map';

/** What one state shows. */
export interface StateStyle {
	key: string;
	/** Fill of each shape by `data-id` (countries, territories, overlays, markers); shapes not listed are plain land. */
	fills: ReadonlyMap<string, Fill>;
	/**
	 * Switched elements shown, as attribute selectors' [name, value]: `data-overlay` (GDR, Berlin,
	 * Saarland), `data-line`, `data-outline`, `data-pair` (the border with Russia), `data-marker`.
	 */
	shown: readonly (readonly [string, string])[];
	/** Label elements shown (`key:side`) at each tier. */
	labels: Readonly<Record<LabelTier['name'], readonly string[]>>;
}

/** The theme token of each fill. */
export const FILL_COLORS: Record<Fill, string> = {
	nato: 'var(--nato)',
	'nato-new': 'var(--nato-new)',
	warsaw: 'var(--warsaw)',
	ussr: 'var(--ussr)',
	land: 'var(--land)',
	neutral: 'var(--rule)'
};

/** Rules that do not depend on the state. */
export const BASE_CSS = `
.mm-graphic{position:relative;container:${CONTAINER}/inline-size}
.mm-graphic svg{display:block;width:100%;height:auto}
.mm-sea{fill:var(--sea)}
.mm-land{fill:var(--land)}
.mm-c,.mm-o{fill:var(--mm,var(--land));stroke:var(--mm,var(--land));stroke-width:1px;stroke-linejoin:round;vector-effect:non-scaling-stroke}
.mm-o{opacity:0;transition:opacity var(--motion)}
.mm-b,.mm-l{fill:none;stroke:var(--land-stroke);stroke-width:.6px;stroke-linejoin:round;vector-effect:non-scaling-stroke}
.mm-l,.mm-u,.mm-r{opacity:0;transition:opacity var(--motion)}
.mm-u{fill:none;stroke:color-mix(in srgb,var(--ussr) 55%,var(--fg));stroke-width:1px;stroke-linejoin:round;vector-effect:non-scaling-stroke}
.mm-r{fill:none;stroke:var(--border-line);stroke-width:3px;stroke-linecap:round;stroke-linejoin:round;vector-effect:non-scaling-stroke}
.mm-f{fill:none;stroke:var(--muted);stroke-width:1px;vector-effect:non-scaling-stroke}
.mm-overlay{position:absolute;inset:0;pointer-events:none;font-family:var(--font)}
.mm-label{position:absolute;opacity:0;white-space:nowrap;font-size:13px;line-height:1.25;padding:0 3px;border-radius:2px;color:var(--fg);background:var(--card)}
.mm-at-c{transform:translate(-50%,-50%)}
.mm-at-r{transform:translate(7px,-50%)}
.mm-at-l{transform:translate(calc(-100% - 7px),-50%)}
.mm-at-t{transform:translate(-50%,calc(-100% - 7px))}
.mm-at-b{transform:translate(-50%,7px)}
.mm-marker{position:absolute;width:8px;height:8px;margin:-4px 0 0 -4px;border-radius:50%;background:var(--mm,var(--land));box-shadow:0 0 0 1.5px var(--bg);opacity:0;transition:background-color var(--motion),opacity var(--motion)}
`;

/** The letter of each fill in a state class (`mm3n`: group 3 is nato). */
const FILL_LETTER: Record<Fill, string> = {
	nato: 'n',
	'nato-new': 'w',
	warsaw: 'p',
	ussr: 'u',
	land: 'd',
	neutral: 'x'
};

/** What an element looks like in one state: a fill letter, `v` (shown), or label tiers, or nothing. */
type Look = string;

/**
 * The elements grouped by how they look across all states, and what the graphic's root carries
 * in each state. Every element gets the class of its group (`mmk3`); the root carries, per state,
 * one class per group that shows something (`mm3n`: group 3 filled nato; `mm3v`: shown; `mm3l`:
 * label shown at tier l). Rules read `.mm3n .mmk3{…}`, so switching states changes the root's
 * classes, and the browser restyles only the groups whose classes changed: the few shapes and
 * labels a step changes, not every shape of the map.
 */
export interface StateLooks {
	/** The group class of each element, by the attribute that names it (`data-id=233`). */
	elements: Map<string, string[]>;
	/** The graphic root's classes in each state, in state order (space-separated). */
	root: string[];
	/** The rules outside the label tiers. */
	rules: string[];
	/** The label rules of each tier. */
	labels: Record<LabelTier['name'], string[]>;
}

/** The group class of an element (`mmk3`) and a state class of the group (`mm3n`). */
export const groupClass = (group: number): string => `mmk${group}`;
export const stateClass = (group: number, look: string): string => `mm${group}${look}`;

/** What names an element (`data-id=233`), and so which of its looks it has. */
type Kind = 'fill' | 'shown' | 'label';
const kindOf = (key: string): Kind =>
	key.startsWith('data-id=') ? 'fill' : key.startsWith('data-label=') ? 'label' : 'shown';
/** The state-class suffixes of one look: one per label tier (`lm`: l and m), else the look itself. */
const parts = (kind: Kind, look: Look): string[] =>
	kind === 'label' ? [...look] : look ? [look] : [];

/** Groups the elements of `states` by their looks; see `StateLooks`. */
export function stateLooks(states: readonly StateStyle[]): StateLooks {
	// Per element key: its look in each state, in state order.
	const looks = new Map<string, Look[]>();
	const set = (key: string, i: number, look: Look) => {
		const list = looks.get(key) ?? Array.from({ length: states.length }, () => '');
		list[i] += look;
		looks.set(key, list);
	};
	states.forEach((state, i) => {
		for (const [id, fill] of state.fills) set(`data-id=${id}`, i, FILL_LETTER[fill]);
		for (const [name, value] of state.shown) set(`${name}=${value}`, i, 'v');
		for (const tier of LABEL_TIERS)
			for (const label of state.labels[tier.name]) set(`data-label=${label}`, i, tier.name);
	});
	const groups = new Map<string, number>();
	const elements = new Map<string, string[]>();
	const root = states.map(() => new Set<string>());
	const rules: string[] = [];
	const labels: StateLooks['labels'] = { l: [], m: [], s: [] };
	const fillOf = new Map(
		Object.entries(FILL_LETTER).map(([fill, letter]) => [letter, fill as Fill])
	);
	for (const [key, list] of looks) {
		const kind = kindOf(key);
		const signature = `${kind}:${list.join(',')}`;
		let group = groups.get(signature);
		if (group === undefined) {
			group = groups.size;
			groups.set(signature, group);
			const k = groupClass(group);
			for (const part of new Set(list.flatMap((look) => parts(kind, look)))) {
				const rule = `.${stateClass(group, part)} .${k}`;
				if (kind === 'label') labels[part as LabelTier['name']].push(`${rule}{opacity:1}`);
				else if (kind === 'shown') rules.push(`${rule}{opacity:1}`);
				else rules.push(`${rule}{--mm:${FILL_COLORS[fillOf.get(part)!]}}`);
			}
		}
		elements.set(key, [groupClass(group)]);
		list.forEach((look, i) => {
			for (const part of parts(kind, look)) root[i]!.add(stateClass(group, part));
		});
	}
	return { elements, root: root.map((set) => [...set].join(' ')), rules, labels };
}

/**
 * Markup with each element's state classes appended to its `class`, by the `data-*` attributes
 * of its start tag (attribute values in double quotes, as the map's builders write them).
 */
export function tagElements(
	markup: string,
	classes: ReadonlyMap<string, readonly string[]>
): string {
	return markup.replace(/<[a-zA-Z][^>]*>/g, (tag) => {
		const extra = new Set<string>();
		for (const [, name, value] of tag.matchAll(/ (data-[a-z-]+)="([^"]*)"/g))
			for (const c of classes.get(`${name}=${value}`) ?? []) extra.add(c);
		if (extra.size === 0) return tag;
		return tag.replace(
			/ class="([^"]*)"/,
			(_, cls: string) => ` class="${[cls, ...extra].join(' ')}"`
		);
	});
}

/**
 * The container query of a label tier: from its own width up to the next wider tier's (the
 * widest has no upper bound), so exactly one tier applies at any width.
 */
export function tierQuery(tier: LabelTier): string {
	const narrower = LABEL_TIERS.filter(
		(t) => t.below !== undefined && t.below < (tier.below ?? Infinity)
	);
	const min = narrower.length ? Math.max(...narrower.map((t) => t.below!)) : undefined;
	const parts = [
		...(min === undefined ? [] : [`(min-width:${min}px)`]),
		...(tier.below === undefined ? [] : [`(max-width:${tier.below - 0.02}px)`])
	];
	return `@container ${CONTAINER} ${parts.join(' and ')}`;
}

/**
 * The whole stylesheet: base rules, the groups' rules, and the label tiers as container
 * queries. The elements must carry their group classes (`tagElements` with `looks.elements`).
 */
export function mapStylesheet(looks: StateLooks): string {
	const out = [BASE_CSS.trim(), ...looks.rules];
	for (const tier of LABEL_TIERS) {
		const size = tier.below === undefined ? '' : `.mm-label{font-size:${tier.font}px}`;
		out.push(`${tierQuery(tier)}{${size}${looks.labels[tier.name].join('')}}`);
	}
	return out.join('\n');
}
