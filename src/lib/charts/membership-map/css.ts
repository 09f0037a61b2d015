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

/** `:is([a="1"],[a="2"])` */
function anyOf(name: string, values: readonly string[]): string {
	return `:is(${values.map((v) => `[${name}=${q(v)}]`).join(',')})`;
}

/** The selector of a state's figure. */
export function stateSelector(key: string): string {
	return `[data-chart=${q(CHART)}][data-state=${q(key)}]`;
}

/** The rules of one state outside the label tiers: fills, and the switched elements it shows. */
export function stateRules(state: StateStyle): string[] {
	const rules: string[] = [];
	const prefix = stateSelector(state.key);
	const byFill = new Map<Fill, string[]>();
	for (const [id, fill] of state.fills) byFill.set(fill, [...(byFill.get(fill) ?? []), id]);
	for (const [fill, ids] of byFill) {
		rules.push(`${prefix} ${anyOf('data-id', ids)}{--mm:${FILL_COLORS[fill]}}`);
	}
	const byName = new Map<string, string[]>();
	for (const [name, value] of state.shown) byName.set(name, [...(byName.get(name) ?? []), value]);
	if (byName.size > 0) {
		const selectors = [...byName].map(([name, values]) => anyOf(name, values));
		rules.push(`${prefix} :is(${selectors.join(',')}){opacity:1}`);
	}
	return rules;
}

/** The labels' rules of every state at one tier. */
function labelRules(states: readonly StateStyle[], tier: LabelTier['name']): string[] {
	return states
		.filter((s) => s.labels[tier].length > 0)
		.map(
			(s) => `${stateSelector(s.key)} ${anyOf('data-label', s.labels[tier])}{visibility:visible}`
		);
}

/** The whole stylesheet: base rules, every state's rules, and the label tiers as container queries. */
export function mapStylesheet(states: readonly StateStyle[]): string {
	const out = [BASE_CSS.trim()];
	for (const state of states) out.push(...stateRules(state));
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
