import { describe, expect, it } from 'vitest';
import {
	mapStylesheet,
	stateClasses,
	stateRules,
	stateSelector,
	tagElements,
	type StateStyle
} from './css';

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
	it('stateRules(state, 7) sets each fill once by a state class, keyed on the figure’s data-state', () => {
		const prefix = '[data-chart="membership-map"][data-state="2004-03-29"]';
		expect(stateSelector('2004-03-29')).toBe(prefix);
		expect(stateRules(state, 7)).toEqual([
			`${prefix} .s7n{--mm:var(--nato)}`,
			`${prefix} .s7w{--mm:var(--nato-new)}`,
			`${prefix} .s7v{opacity:1}`
		]);
	});

	it('stateRules shows nothing extra when a state switches nothing on', () => {
		expect(stateRules({ ...state, fills: new Map(), shown: [] }, 0)).toEqual([]);
	});
});

describe('stateClasses', () => {
	const other: StateStyle = {
		key: '2009-04-01',
		fills: new Map([['233', 'nato']]),
		shown: [['data-pair', '233-643']],
		labels: { l: ['BEL:r'], m: [], s: [] }
	};
	const classes = stateClasses([state, other]);

	it('stateClasses(states) names each element’s fill, shown and label tiers per state, in state order', () => {
		expect(classes.get('data-id=233')).toEqual(['s0w', 's1n']);
		expect(classes.get('data-id=056')).toEqual(['s0n']);
		expect(classes.get('data-pair=233-643')).toEqual(['s0v', 's1v']);
		expect(classes.get('data-marker=442')).toEqual(['s0v']);
		expect(classes.get('data-label=EST:c')).toEqual(['s0tl', 's0tm']);
		expect(classes.get('data-label=BEL:r')).toEqual(['s0tl', 's1tl']);
		expect(classes.has('data-id=578')).toBe(false);
	});

	it('tagElements(markup, classes) appends the classes of every data attribute and leaves the rest', () => {
		const markup =
			'<path class="mm-c" id="mm-c-233" data-id="233" d="M0"/><path class="mm-r" data-pair="578-643" d="M1"/>' +
			'<span class="mm-marker" data-id="442" data-marker="442"></span><path class="mm-c" data-id="578" d="M2"/>';
		const marker = new Map([...classes, ['data-id=442', ['s0n']]]);
		expect(tagElements(markup, marker)).toBe(
			'<path class="mm-c s0w s1n" id="mm-c-233" data-id="233" d="M0"/><path class="mm-r s0v" data-pair="578-643" d="M1"/>' +
				'<span class="mm-marker s0n s0v" data-id="442" data-marker="442"></span><path class="mm-c" data-id="578" d="M2"/>'
		);
	});
});

describe('mapStylesheet', () => {
	const css = mapStylesheet([state]);

	it('mapStylesheet shows the widest labels without a query and narrower tiers in container queries', () => {
		expect(css).toContain('[data-state="2004-03-29"] .s0tl{visibility:visible}');
		expect(css).toMatch(
			/@container mm-map \(max-width:899\.98px\)\{\.mm-label\{font-size:12px\}.*\[data-state="2004-03-29"\] \.s0tm\{visibility:visible\}/
		);
		expect(css).toMatch(
			/@container mm-map \(max-width:479\.98px\)\{\.mm-label\{font-size:11px\}[^}]*\{visibility:hidden\}\}/
		);
	});

	it('mapStylesheet keys every state rule on a class, never on attribute values', () => {
		expect(css).not.toMatch(/\[data-(id|label|pair|marker)=/);
	});

	it('mapStylesheet transitions fills and lines over var(--motion)', () => {
		expect(css).toContain('transition:fill var(--motion)');
		expect(css).toContain('.mm-l,.mm-u,.mm-r{opacity:0;transition:opacity var(--motion)}');
	});
});
