import { describe, expect, it } from 'vitest';
import { mapStylesheet, stateRules, stateSelector, type StateStyle } from './css';

const state: StateStyle = {
	key: '2004-03-29',
	fills: new Map([
		['056', 'nato'],
		['233', 'nato-new'],
		['124', 'nato']
	]),
	shown: [
		['data-pair', '233-643'],
		['data-marker', '442'],
		['data-pair', '578-643']
	],
	labels: { l: ['EST:c', 'BEL:r'], m: ['EST:c'], s: [] }
};

describe('stateRules', () => {
	it('stateRules(state) sets each fill once for all its shapes, keyed on the figure’s data-state', () => {
		const prefix = '[data-chart="membership-map"][data-state="2004-03-29"]';
		expect(stateSelector('2004-03-29')).toBe(prefix);
		expect(stateRules(state)).toEqual([
			`${prefix} :is([data-id="056"],[data-id="124"]){--mm:var(--nato)}`,
			`${prefix} :is([data-id="233"]){--mm:var(--nato-new)}`,
			`${prefix} :is(:is([data-pair="233-643"],[data-pair="578-643"]),:is([data-marker="442"])){opacity:1}`
		]);
	});

	it('stateRules shows nothing extra when a state switches nothing on', () => {
		expect(stateRules({ ...state, fills: new Map(), shown: [] })).toEqual([]);
	});
});

describe('mapStylesheet', () => {
	const css = mapStylesheet([state]);

	it('mapStylesheet shows the widest labels without a query and narrower tiers in container queries', () => {
		expect(css).toContain(
			'[data-state="2004-03-29"] :is([data-label="EST:c"],[data-label="BEL:r"]){visibility:visible}'
		);
		expect(css).toMatch(
			/@container mm-map \(max-width:899\.98px\)\{\.mm-label\{font-size:12px\}.*\[data-label="EST:c"\]/
		);
		expect(css).toMatch(
			/@container mm-map \(max-width:479\.98px\)\{\.mm-label\{font-size:11px\}[^}]*\{visibility:hidden\}\}/
		);
	});

	it('mapStylesheet transitions fills and lines over var(--motion)', () => {
		expect(css).toContain('transition:fill var(--motion)');
		expect(css).toContain('.mm-l,.mm-u,.mm-r{opacity:0;transition:opacity var(--motion)}');
	});
});
