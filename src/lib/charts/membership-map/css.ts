/**
 * The map's stylesheet, generated at build time: static rules for the shapes, and one group of
 * rules per state keyed on the figure's `data-state`, so that switching states (showState) only
 * changes an attribute and the browser repaints fills and lines with a short transition.
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
.mm-c,.mm-o{fill:var(--mm,var(--land));stroke:var(--mm,var(--land));stroke-width:1px;stroke-linejoin:round;vector-effect:non-scaling-stroke;transition:fill var(--motion),stroke var(--motion),opacity var(--motion)}
.mm-o{opacity:0}
.mm-b,.mm-l{fill:none;stroke:var(--land-stroke);stroke-width:.6px;stroke-linejoin:round;vector-effect:non-scaling-stroke}
.mm-l,.mm-u,.mm-r{opacity:0;transition:opacity var(--motion)}
.mm-u{fill:none;stroke:color-mix(in srgb,var(--ussr) 55%,var(--fg));stroke-width:1px;stroke-linejoin:round;vector-effect:non-scaling-stroke}
.mm-r{fill:none;stroke:var(--border-line);stroke-width:3px;stroke-linecap:round;stroke-linejoin:round;vector-effect:non-scaling-stroke}
.mm-f{fill:none;stroke:var(--muted);stroke-width:1px;vector-effect:non-scaling-stroke}
.mm-overlay{position:absolute;inset:0;pointer-events:none;font-family:var(--font)}
.mm-label{position:absolute;visibility:hidden;white-space:nowrap;font-size:13px;line-height:1.25;padding:0 3px;border-radius:2px;color:var(--fg);background:var(--card)}
.mm-at-c{transform:translate(-50%,-50%)}
.mm-at-r{transform:translate(7px,-50%)}
.mm-at-l{transform:translate(calc(-100% - 7px),-50%)}
.mm-at-t{transform:translate(-50%,calc(-100% - 7px))}
.mm-at-b{transform:translate(-50%,7px)}
.mm-marker{position:absolute;width:8px;height:8px;margin:-4px 0 0 -4px;border-radius:50%;background:var(--mm,var(--land));box-shadow:0 0 0 1.5px var(--bg);opacity:0;transition:background-color var(--motion),opacity var(--motion)}
`;

const q = (s: string) => JSON.stringify(s);

/** The letter of each fill in a state class (`s7n`: nato in the state at index 7). */
const FILL_LETTER: Record<Fill, string> = {
	nato: 'n',
	'nato-new': 'w',
	warsaw: 'p',
	ussr: 'u',
	land: 'd',
	neutral: 'x'
};

/**
 * The class an element carries when it shows something in the state at `index`: a fill
 * (`s7n`), a switched element shown (`s7v`), or a label shown at a tier (`s7tl`). Rules keyed on
 * a class are matched only against elements with that class, so a state change stays cheap for
 * the style engine; rules keyed on attribute values under `:is()` were matched against every element.
 */
export const stateClass = (index: number, what: Fill | 'shown' | LabelTier['name']): string =>
	`s${index}${what === 'shown' ? 'v' : what in FILL_LETTER ? FILL_LETTER[what as Fill] : `t${what}`}`;

/** The selector of a state's figure. */
export function stateSelector(key: string): string {
	return `[data-chart=${q(CHART)}][data-state=${q(key)}]`;
}

/** The rules of one state (at `index` among all) outside the label tiers: fills, and the switched elements it shows. */
export function stateRules(state: StateStyle, index: number): string[] {
	const prefix = stateSelector(state.key);
	const fills = new Set(state.fills.values());
	const rules = [...fills].map(
		(fill) => `${prefix} .${stateClass(index, fill)}{--mm:${FILL_COLORS[fill]}}`
	);
	if (state.shown.length > 0) rules.push(`${prefix} .${stateClass(index, 'shown')}{opacity:1}`);
	return rules;
}

/**
 * The state classes of each element, by the attribute that names it (`data-id=233`,
 * `data-pair=233-643`, `data-label=EST:c`), in state order.
 */
export function stateClasses(states: readonly StateStyle[]): Map<string, string[]> {
	const out = new Map<string, string[]>();
	const add = (name: string, value: string, cls: string) => {
		const key = `${name}=${value}`;
		const list = out.get(key) ?? [];
		if (!list.includes(cls)) list.push(cls);
		out.set(key, list);
	};
	states.forEach((state, i) => {
		for (const [id, fill] of state.fills) add('data-id', id, stateClass(i, fill));
		for (const [name, value] of state.shown) add(name, value, stateClass(i, 'shown'));
		for (const tier of LABEL_TIERS)
			for (const label of state.labels[tier.name])
				add('data-label', label, stateClass(i, tier.name));
	});
	return out;
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

/** The labels' rules of every state at one tier. */
function labelRules(states: readonly StateStyle[], tier: LabelTier['name']): string[] {
	return states.flatMap((s, i) =>
		s.labels[tier].length > 0
			? [`${stateSelector(s.key)} .${stateClass(i, tier)}{visibility:visible}`]
			: []
	);
}

/**
 * The whole stylesheet: base rules, every state's rules, and the label tiers as container
 * queries. The elements must carry their classes (`tagElements` with `stateClasses` of the same states).
 */
export function mapStylesheet(states: readonly StateStyle[]): string {
	const out = [BASE_CSS.trim()];
	states.forEach((state, i) => out.push(...stateRules(state, i)));
	for (const tier of LABEL_TIERS) {
		const rules = labelRules(states, tier.name);
		if (tier.below === undefined) {
			out.push(...rules);
			continue;
		}
		const reset = `[data-chart=${q(CHART)}][data-state] .mm-label{visibility:hidden}`;
		const size = `.mm-label{font-size:${tier.font}px}`;
		out.push(
			`@container ${CONTAINER} (max-width:${tier.below - 0.02}px){${[size, reset, ...rules].join('')}}`
		);
	}
	return out.join('\n');
}
