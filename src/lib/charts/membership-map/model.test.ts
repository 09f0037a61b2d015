import { describe, expect, it } from 'vitest';
import { mapBuild } from '$lib/server/membership-map';
import { pathSegments } from '$lib/geo/segments.fixture';
import { agreesWithPublished, pairKey } from './border';
import {
	borderByWave,
	eraSummaries,
	markerIds,
	membershipMapModel,
	SHORT_NAMES,
	SOURCE,
	stateStyle
} from './model';
import { formatNumber } from './text';

const build = mapBuild();
const { facts, views, layout } = build;
const model = () => membershipMapModel(facts, views, layout);

describe('membershipMapModel', () => {
	it('membershipMapModel() has every era, dated so ?year= and ?date= can pick them, the last shown by default', () => {
		const m = model();
		expect(m.states).toHaveLength(24);
		expect(m.states.every((s) => s.from === s.key)).toBe(true);
		expect(m.defaultKey).toBe('2024-03-07');
		expect(m.states.map((s) => s.count)).toEqual([
			12, 14, 15, 15, 15, 15, 16, 16, 16, 16, 16, 16, 16, 16, 16, 19, 26, 26, 26, 28, 29, 30, 31, 32
		]);
		expect(m.width).toBe(1000);
		expect(m.height).toBe(layout.height);
	});

	it('membershipMapModel() states carry the panel: date, events, legend and border', () => {
		const s = model().states.find((x) => x.key === '2004-03-29')!;
		expect(s.date).toBe('29 March 2004');
		expect(s.waves.at(-1)).toEqual({ year: '2004', count: 7, isNew: true });
		expect(s.blocs).toEqual([]);
		expect(s.border.to).toBe('Russia');
		const blocs = (key: string) =>
			model()
				.states.find((x) => x.key === key)!
				.blocs.map((b) => b.label);
		expect(blocs('1968-09-13')).toEqual(['Warsaw Pact', 'Soviet Union']);
		expect(blocs('1957-01-01')).toEqual([
			'Saarland: now NATO territory',
			'Warsaw Pact',
			'Soviet Union'
		]);
		expect(blocs('1990-10-03')[0]).toBe('The German Democratic Republic: now NATO territory');
	});
});

describe('border lengths', () => {
	const { shared, published } = build;
	const rows = [...published.byPair.values()];
	/** The published km of `iso3`'s borders with `neighbours` (ISO3), summed from the data rows. */
	const sum = (iso3: string, neighbours: readonly string[]) =>
		rows
			.filter((r) => r.iso3 === iso3 && neighbours.includes(r.neighbourIso3))
			.reduce((total, r) => total + r.km, 0);
	const ussrEnd = facts.changes.find((c) => c.code === 'SUN')!;
	const soviet = ussrEnd.successors;

	const drawn = new Map<string, string>();
	for (const v of views)
		for (const s of v.stretches)
			for (const [a, b] of s.pairs) drawn.set(pairKey(a, b), v.state.era.from);

	it('every pair any state draws has a published length, the measured line within PUBLISHED_TOLERANCE of it', () => {
		expect([...drawn.keys()].sort()).toEqual(
			[
				'578-643',
				'616-643',
				'233-643',
				'428-643',
				'440-643',
				'246-643',
				'268-792',
				'051-792',
				'031-792'
			].sort()
		);
		for (const pair of drawn.keys()) {
			const row = published.byPair.get(pair)!;
			const measured = shared.get(pair)!;
			expect(
				agreesWithPublished(measured, row.km),
				`${pair}: measured ${measured.toFixed(1)} km, published ${row.km} km`
			).toBe(true);
		}
	});

	it('every published length is CIA World Factbook’s, as the source line says', () => {
		for (const r of rows) {
			expect(r.source).toMatch(
				/^CIA, The World Factbook, '[A-Za-z]+: Land boundaries' \(final edition, January 2026; factbook\/factbook\.json @ [0-9a-f]{40} [a-z-]+\/[a-z]{2}\.json\)$/
			);
		}
		expect(SOURCE).toContain(
			'Border lengths: CIA, The World Factbook (final edition, January 2026)'
		);
		expect(SOURCE).not.toContain('Natural Earth 1:10m');
	});

	it('membershipMapModel() states give the border in published km, each stretch and the total', () => {
		for (const state of model().states) {
			const neighbours = state.from < ussrEnd.date ? soviet : ['RUS'];
			const members = facts.members.filter((m) => m.joined <= state.from);
			const expected = members
				.map((m) => ({ name: m.name, km: sum(m.iso3, neighbours) }))
				.filter((s) => s.km > 0);
			expect(state.border.stretches.slice().sort((a, b) => a.name.localeCompare(b.name))).toEqual(
				expected.sort((a, b) => a.name.localeCompare(b.name))
			);
			const total = expected.reduce((t, s) => t + s.km, 0);
			expect(state.border.km).toBe(total);
			expect(state.border.text).toBe(`${formatNumber(total)} km`);
		}
	});

	it('eraSummaries: before 1992 the border with the Soviet Union runs along Norway and Türkiye (Georgia, Armenia, Azerbaijan)', () => {
		const s1960 = eraSummaries(views).find((s) => s.key === '1957-01-01')!;
		expect(s1960.borderTo).toBe('the Soviet Union');
		expect(s1960.stretches.map((s) => s.iso3)).toEqual(['NOR', 'TUR']);
		expect(s1960.stretches[0]!.km).toBe(sum('NOR', ['RUS']));
		expect(s1960.stretches[1]!.km).toBe(sum('TUR', ['GEO', 'ARM', 'AZE']));
		expect(s1960.borderKm).toBe(sum('NOR', ['RUS']) + sum('TUR', ['GEO', 'ARM', 'AZE']));
	});

	it('borderByWave: published km after each wave and what it added (Finland the longest)', () => {
		const { km, added } = borderByWave(views);
		expect(Object.keys(km)).toEqual([
			'1952',
			'1955',
			'1982',
			'1999',
			'2004',
			'2009',
			'2017',
			'2020',
			'2023',
			'2024'
		]);
		expect(added['1952']).toBe(sum('TUR', ['GEO', 'ARM', 'AZE']));
		expect(added['1999']).toBe(sum('POL', ['RUS']));
		expect(added['2004']).toBe(sum('EST', ['RUS']) + sum('LVA', ['RUS']) + sum('LTU', ['RUS']));
		expect(km['2004']).toBe(sum('NOR', ['RUS']) + sum('POL', ['RUS']) + added['2004']!);
		expect(added['2023']).toBe(sum('FIN', ['RUS']));
		expect(added['2024']).toBe(0);
		expect(added['1982']).toBe(0);
		expect(Math.max(...Object.values(added))).toBe(added['2023']);
		expect(km['2024']).toBe(km['2023']);
		expect(km['2023']! - km['2020']!).toBe(added['2023']);
	});
});

describe('islands', () => {
	it('the map island has a path for every member, Soviet republic in the frame, territory big enough to see, and the overlays', () => {
		// Kyrgyzstan and Tajikistan lie east of the frame; Guernsey is under a map unit² and left out.
		const left = new Set([facts.ids.get('KGZ'), facts.ids.get('TJK'), '831']);
		const ids = [
			...facts.ids.values(),
			...facts.territories.map((t) => t.id),
			'DDR',
			'DE-BE',
			'DE-SL'
		];
		for (const id of ids) {
			expect(build.geometry.markup.includes(`data-id="${id}"`)).toBe(!left.has(id));
		}
		expect(build.geometry.markup).toContain(
			'<clipPath id="mm-clip-276"><use href="#mm-c-276"/></clipPath>'
		);
	});

	it('mapIslands places labels and markers by stylesheet classes, with no style attribute', () => {
		const { overlay, style, map } = build.islands;
		expect(`${overlay}${map}`).not.toContain(' style=');
		const placed = [...overlay.matchAll(/<span class="(mm-label|mm-marker) [^"]*?(mmp\d+)/g)];
		expect(placed.length).toBe((overlay.match(/<span /g) ?? []).length);
		for (const [, , position] of placed)
			expect(style).toMatch(new RegExp(`\\.${position}\\{left:[\\d.]+%;top:[\\d.]+%\\}`));
	});

	it('the map island draws the border with Russia pair by pair', () => {
		for (const pair of [
			'578-643',
			'616-643',
			'233-643',
			'428-643',
			'440-643',
			'246-643',
			'268-792',
			'051-792',
			'031-792'
		]) {
			expect(build.geometry.markup).toContain(`data-pair="${pair}"`);
		}
	});

	it('markerIds: Luxembourg, Montenegro, Slovenia, North Macedonia, Albania and Belgium get markers', () => {
		const byId = new Map(facts.members.map((m) => [m.id, m.iso3]));
		expect([...markerIds(facts, layout)].map((id) => byId.get(id)).sort()).toEqual([
			'ALB',
			'BEL',
			'LUX',
			'MKD',
			'MNE',
			'SVN'
		]);
	});

	it('stateStyle(2004) shows the new border pairs, the markers of members and labels at every tier', () => {
		const view = views.find((v) => v.state.era.from === '2004-03-29')!;
		const { style } = stateStyle(facts, view, layout, markerIds(facts, layout));
		expect(style.shown).toContainEqual(['data-pair', '233-643']);
		expect(style.shown).toContainEqual(['data-marker', '705']);
		expect(style.shown).not.toContainEqual(['data-marker', '008']);
		expect(style.shown).toContainEqual(['data-line', 'SUN']);
		expect(style.shown).toContainEqual(['data-line', 'CSK']);
		expect(style.labels.l.length).toBeGreaterThan(style.labels.s.length);
		expect(style.labels.s.some((l) => l.startsWith('USA:'))).toBe(true);
		expect(SHORT_NAMES.USA).toBe('US');
	});

	const YUGOSLAV_LINES = ['SVN', 'HRV', 'MKD', 'BIH', 'YUG', 'XKX'];

	it.each([
		['1957-01-01', []],
		['1990-10-03', []],
		['1991-06-25', ['SVN', 'HRV']],
		['1992-03-03', ['SVN', 'HRV', 'MKD', 'BIH']],
		['2004-03-29', ['SVN', 'HRV', 'MKD', 'BIH']],
		['2006-06-03', ['SVN', 'HRV', 'MKD', 'BIH', 'YUG']],
		['2009-04-01', YUGOSLAV_LINES]
	])(
		'stateStyle(%s) shows the borders of the former Yugoslavia drawn apart by then: %j',
		(key, lines) => {
			const view = views.find((v) => v.state.era.from === key)!;
			const { style } = stateStyle(facts, view, layout, markerIds(facts, layout));
			const shown = style.shown.filter(([n, v]) => n === 'data-line' && YUGOSLAV_LINES.includes(v));
			expect(shown.map(([, v]) => v).sort()).toEqual([...lines].sort());
		}
	);

	it('the map island draws the borders inside Yugoslavia only as switched lines, shown from each step on', () => {
		const main = build.geometry.markup.split('<g data-frame="inset">')[0]!;
		const always = pathSegments(/<path class="mm-b" d="([^"]*)"/.exec(main)![1]!);
		const classes = (key: string) => build.islands.classes.get(key)!.split(' ');
		for (const line of YUGOSLAV_LINES) {
			const d = new RegExp(`<path class="mm-l" data-line="${line}" d="([^"]*)"`).exec(main)?.[1];
			const segments = pathSegments(d ?? '');
			expect(segments.size, line).toBeGreaterThan(0);
			for (const s of segments) expect(always.has(s), line).toBe(false);
			const group = new RegExp(`<path class="mm-l (mmk\\d+)" data-line="${line}"`)
				.exec(build.islands.map)![1]!
				.slice(3);
			expect(classes('1990-10-03'), line).not.toContain(`mm${group}v`);
			expect(classes('2009-04-01'), line).toContain(`mm${group}v`);
		}
	});

	it('labels: a member whose territory grows (Germany on reunification) is labelled first, at every tier', () => {
		const view = views.find((v) => v.state.era.from === '1990-10-03')!;
		const { style } = stateStyle(facts, view, layout, markerIds(facts, layout));
		for (const tier of ['l', 'm', 's'] as const) {
			expect(style.labels[tier].some((l) => l.startsWith('DEU:'))).toBe(true);
		}
	});

	it('the map island gives each shape its group, and each state the figure classes that colour it (Estonia new in 2004, a member in 2009)', () => {
		const classes = (key: string) => build.islands.classes.get(key)!.split(' ');
		const group = (markup: string) =>
			markup
				.split(' ')
				.find((c) => /^mmk\d+$/.test(c))!
				.slice(3);
		// Every shape named by a data attribute keeps it, with its group class.
		const germany = group(
			build.islands.map.match(/<path class="([^"]*)" id="mm-c-276" data-id="276"/)![1]!
		);
		expect(classes('2024-03-07')).toContain(`mm${germany}n`);
		const estonia = group(build.islands.map.match(/<path class="([^"]*)" data-id="233"/)![1]!);
		expect(classes('2004-03-29')).toContain(`mm${estonia}w`);
		expect(classes('2009-04-01')).toContain(`mm${estonia}n`);
		expect(classes('1999-03-12')).not.toContain(`mm${estonia}n`);
		expect([...build.islands.classes.keys()]).toEqual(views.map((v) => v.state.era.from));
	});

	it('membershipMapModel(…, classes) gives each state the figure classes of its key', () => {
		const model = membershipMapModel(facts, views, layout, build.islands.classes);
		for (const state of model.states)
			expect(state.classes).toBe(build.islands.classes.get(state.key));
	});

	it('the overlay island holds one element per placed label and a marker per small member', () => {
		expect(build.islands.overlay.match(/class="mm-marker[ "]/g)).toHaveLength(6);
		expect(build.islands.overlay).toMatch(/data-label="USA:c(:short)?"/);
	});
});
