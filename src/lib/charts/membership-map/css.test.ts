import { describe, expect, it } from 'vitest';
import { mapStylesheet, stateLooks, tagElements, tierQuery, type StateStyle } from './css';
import { LABEL_TIERS } from './labels';

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

const other: StateStyle = {
	key: '2009-04-01',
	fills: new Map([
		['233', 'nato'],
		['056', 'nato'],
		['124', 'nato']
	]),
	shown: [['data-pair', '233-643']],
	labels: { l: ['BEL:r'], m: [], s: [] }
};

describe('stateLooks', () => {
	const looks = stateLooks([state, other]);
	const group = (key: string) => looks.elements.get(key)![0]!;

	it('stateLooks(states) gives elements that look alike in every state one group class', () => {
		expect(group('data-id=056')).toBe(group('data-id=124'));
		expect(group('data-id=233')).not.toBe(group('data-id=056'));
		expect(group('data-pair=233-643')).not.toBe(group('data-pair=578-643'));
		expect(looks.elements.has('data-id=578')).toBe(false);
		for (const classes of looks.elements.values()) expect(classes).toHaveLength(1);
	});

	it('stateLooks names, per state, what each group shows: fill, shown, label tiers', () => {
		const n = (key: string) => group(key).slice('mmk'.length);
		const [first, second] = looks.root.map((f) => f.split(' '));
		expect(first).toEqual(
			expect.arrayContaining([
				`mm${n('data-id=056')}n`,
				`mm${n('data-id=233')}w`,
				`mm${n('data-pair=578-643')}v`,
				`mm${n('data-label=EST:c')}l`,
				`mm${n('data-label=EST:c')}m`
			])
		);
		expect(second).toEqual(
			expect.arrayContaining([`mm${n('data-id=233')}n`, `mm${n('data-label=BEL:r')}l`])
		);
		expect(second).not.toContain(`mm${n('data-pair=578-643')}v`);
		// A group that looks the same in both states keeps its class, so it is not restyled.
		expect(second).toContain(`mm${n('data-id=056')}n`);
		expect(second).toContain(`mm${n('data-pair=233-643')}v`);
	});

	it('stateLooks writes one rule per group and look, keyed on classes only', () => {
		const k = group('data-id=233');
		const n = k.slice('mmk'.length);
		expect(looks.rules).toContain(`.mm${n}w .${k}{--mm:var(--nato-new)}`);
		expect(looks.rules).toContain(`.mm${n}n .${k}{--mm:var(--nato)}`);
		const pair = group('data-pair=233-643');
		expect(looks.rules).toContain(`.mm${pair.slice(3)}v .${pair}{opacity:1}`);
		expect(looks.labels.m).toEqual([
			`.mm${group('data-label=EST:c').slice(3)}m .${group('data-label=EST:c')}{opacity:1}`
		]);
		expect(looks.rules.join('')).not.toMatch(/\[data-/);
	});

	it('tagElements(markup, elements) appends the classes of every data attribute and leaves the rest', () => {
		const markup =
			'<path class="mm-c" id="mm-c-233" data-id="233" d="M0"/><path class="mm-r" data-pair="578-643" d="M1"/>' +
			'<span class="mm-marker" data-id="442" data-marker="442"></span><path class="mm-c" data-id="578" d="M2"/>';
		const classes = new Map([
			['data-id=233', ['mmk1']],
			['data-pair=578-643', ['mmk2']],
			['data-id=442', ['mmk3']],
			['data-marker=442', ['mmk4']]
		]);
		expect(tagElements(markup, classes)).toBe(
			'<path class="mm-c mmk1" id="mm-c-233" data-id="233" d="M0"/><path class="mm-r mmk2" data-pair="578-643" d="M1"/>' +
				'<span class="mm-marker mmk3 mmk4" data-id="442" data-marker="442"></span><path class="mm-c" data-id="578" d="M2"/>'
		);
	});
});

describe('mapStylesheet', () => {
	const css = mapStylesheet(stateLooks([state, other]));

	it('tierQuery gives each label tier its own width range, so exactly one applies', () => {
		expect(tierQuery(LABEL_TIERS[0]!)).toBe('@container mm-map (min-width:900px)');
		expect(tierQuery(LABEL_TIERS[1]!)).toBe(
			'@container mm-map (min-width:480px) and (max-width:899.98px)'
		);
		expect(tierQuery(LABEL_TIERS[2]!)).toBe('@container mm-map (max-width:479.98px)');
	});

	it('mapStylesheet puts each tier’s labels and font size in its container query', () => {
		expect(css).toMatch(/@container mm-map \(min-width:900px\)\{\.mm\d+l \.mmk\d+\{opacity:1\}/);
		expect(css).toMatch(
			/@container mm-map \(min-width:480px\) and \(max-width:899\.98px\)\{\.mm-label\{font-size:12px\}\.mm\d+m /
		);
		expect(css).toContain('@container mm-map (max-width:479.98px){.mm-label{font-size:11px}}');
	});

	it('mapStylesheet keys every state rule on classes, never on data-state or attribute values', () => {
		expect(css).not.toMatch(/\[data-/);
	});

	it('mapStylesheet fades lines and overlays over var(--motion) and switches fills at once', () => {
		expect(css).toContain('.mm-l,.mm-u,.mm-r{opacity:0;transition:opacity var(--motion)}');
		expect(css).toContain('.mm-o{opacity:0;transition:opacity var(--motion)}');
		expect(css).not.toContain('transition:fill');
	});
});
