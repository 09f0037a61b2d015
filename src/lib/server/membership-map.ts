/**
 * Server glue of the membership map: reads the data and geometry files, finds the borders on
 * world-atlas 10m and their published lengths, draws the map (50m), and registers the map's
 * static islands. Everything is computed once per process and cached.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { Topology } from 'topojson-specification';
import { parseEvents } from '$lib/data/events';
import type { IsoDate } from '$lib/data/fields';
import { parseMapChanges } from '$lib/data/map-changes';
import { parseTerritories } from '$lib/data/territories';
import { parseYugoslavStates, type YugoslavState } from '$lib/data/yugoslav-states';
import { parsePublishedBorders } from '$lib/data/border-lengths';
import { publishedLengths, type PublishedLengths } from '$lib/charts/membership-map/border';
import { deriveEras, type Era, type MapFacts } from '$lib/charts/membership-map/eras';
import { atlasId, BERLIN, GDR, USSR, YUGOSLAVIA } from '$lib/charts/membership-map/state';
import { innerBorders, unionCodes, unionParts } from '$lib/charts/membership-map/unions';
import {
	borderByWave,
	eraSummaries,
	mapIslands,
	mapViews,
	membershipMapModel,
	WEST_GERMANY,
	type EraSummary,
	type MapLayout,
	type MapView,
	type MembershipMapModel
} from '$lib/charts/membership-map/model';
import { ISLANDS } from '$lib/charts/membership-map/islands';
import { atlasNames, keyFeatures } from '$lib/geo/atlas-keys';
import { buildMapGeometry, type MapGeometry } from '$lib/geo/map-geometry';
import { sharedBorderLengths } from '$lib/geo/shared-borders';
import { atlasIds, dataset, loadDataset } from './dataset';

const require = createRequire(import.meta.url);

function readJson<T>(path: string): T {
	return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** A world-atlas file (countries-50m.json, countries-10m.json). */
function atlas(name: string): Topology {
	return readJson<Topology>(require.resolve(`world-atlas/${name}`));
}

function read(dir: string, name: string) {
	const path = join(dir, name);
	return { text: readFileSync(path, 'utf8'), file: relative(process.cwd(), path) };
}

/** The states of the former Yugoslavia in `dir`, checked against world-atlas 50m. */
export function yugoslavStates(dir = 'data'): YugoslavState[] {
	const f = read(dir, 'yugoslav-states.csv');
	return parseYugoslavStates(f.text, f.file, atlasNames(atlas('countries-50m.json')));
}

/** World-atlas 50m, with the features it has no id for (Kosovo) keyed as the data names them. */
function keyedWorld(states: readonly YugoslavState[]): Topology {
	const keys = new Map(states.filter((s) => s.keyed).map((s) => [s.nameAtlas, s.id]));
	return keyFeatures(atlas('countries-50m.json'), keys);
}

/**
 * The facts of the map in `dir`, parsed and checked against each other, with no date after `today`
 * (default the build day); the build's own call (no arguments) shares the cached dataset.
 */
export function loadMapFacts(dir = 'data', today?: IsoDate): MapFacts {
	const { members, warsawPact, sovietRepublics } =
		dir === 'data' && today === undefined ? dataset() : loadDataset(dir, today);
	const ids = atlasIds();
	const events = read(dir, 'nato-events.csv');
	const changes = read(dir, 'map-changes.csv');
	const territories = read(dir, 'map-territories.csv');
	const yugoslavia = yugoslavStates(dir);
	const yugoslavFile = relative(process.cwd(), join(dir, 'yugoslav-states.csv'));
	const known = new Map<string, string>();
	for (const m of members) known.set(m.iso3, m.id);
	for (const r of sovietRepublics) known.set(r.iso3, r.id);
	for (const m of warsawPact) if (ids.has(m.id)) known.set(m.iso3, m.id);
	for (const s of yugoslavia) {
		const id = known.get(s.iso3);
		if (id !== undefined && id !== s.id) {
			throw new Error(
				`${yugoslavFile}: ${s.iso3} has the id ${s.id}, but ${id} in nato-members.csv or soviet-republics.csv; make them agree`
			);
		}
		known.set(s.iso3, s.id);
	}
	const facts: MapFacts = {
		members,
		warsawPact,
		changes: parseMapChanges(
			changes.text,
			changes.file,
			parseEvents(events.text, events.file, today),
			today
		),
		territories: parseTerritories(territories.text, territories.file, ids),
		ids: known
	};
	const ussr = facts.changes.find((c) => c.code === USSR);
	const republics = sovietRepublics.map((r) => r.iso3).sort();
	if (ussr && ussr.successors.slice().sort().join() !== republics.join()) {
		throw new Error(
			`${changes.file}: the Soviet Union's successors (${ussr.successors.join(' ')}) differ from soviet-republics.csv (${republics.join(' ')}); make them agree`
		);
	}
	const yugoslavParts = unionParts(facts.changes, YUGOSLAVIA)
		.map((p) => p.code)
		.sort();
	const listed = yugoslavia.map((s) => s.iso3).sort();
	if (yugoslavParts.join() !== listed.join()) {
		throw new Error(
			`${changes.file}: Yugoslavia's parts (${yugoslavParts.join(' ')}) differ from ${yugoslavFile} (${listed.join(' ')}); make them agree`
		);
	}
	for (const union of unionCodes(facts.changes)) {
		for (const { code } of unionParts(facts.changes, union)) {
			if (!known.has(code)) {
				throw new Error(
					`${changes.file}: ${code}, part of ${union}, is neither a member, a Soviet republic nor in yugoslav-states.csv; add its world-atlas id to the data`
				);
			}
		}
	}
	return facts;
}

/**
 * The published lengths of the borders the map draws (data/russia-border-lengths.csv), by pair;
 * `codes` (ISO3 → world-atlas id, e.g. `MapFacts.ids`) checks each row's ids.
 */
export function publishedBorders(
	dir = 'data',
	codes?: ReadonlyMap<string, string>
): PublishedLengths {
	const f = read(dir, 'russia-border-lengths.csv');
	return publishedLengths(parsePublishedBorders(f.text, f.file, atlasIds(), codes), f.file);
}

interface MapBuild {
	facts: MapFacts;
	eras: Era[];
	/** Border lengths measured on world-atlas 10m lines, by pair (they check the drawn lines). */
	shared: Map<string, number>;
	published: PublishedLengths;
	views: MapView[];
	geometry: MapGeometry;
	layout: MapLayout;
	islands: ReturnType<typeof mapIslands>;
}

let cached: MapBuild | undefined;

/** Everything the map needs, built once per process. */
export function mapBuild(): MapBuild {
	if (cached) return cached;
	const facts = loadMapFacts();
	const eras = deriveEras(facts);
	const shared = sharedBorderLengths(atlas('countries-10m.json'), 'countries');
	const published = publishedBorders('data', facts.ids);
	const views = mapViews(facts, eras, shared, published);
	const ids = new Set<string>([...facts.ids.values(), ...facts.territories.map((t) => t.id)]);
	const unions = new Map<string, string[]>();
	for (const code of unionCodes(facts.changes))
		unions.set(
			code,
			unionParts(facts.changes, code).map((p) => atlasId(facts, p.code))
		);
	const pairs = new Map<string, [string, string]>();
	for (const v of views)
		for (const s of v.stretches) for (const [a, b] of s.pairs) pairs.set(`${a}-${b}`, [a, b]);
	const overlays = facts.changes.filter((c) => c.change === 'joined').map((c) => c.code);
	const laender = readJson<Topology>(join('data', 'geo', 'germany-laender-simplified.topojson'));
	const germany = facts.ids.get(facts.changes.find((c) => c.code === GDR)?.into ?? 'DEU');
	const geometry = buildMapGeometry({
		world: keyedWorld(yugoslavStates()),
		laender,
		ids,
		unions,
		outlined: [USSR],
		innerBorders: innerBorders(facts, (code) => atlasId(facts, code)),
		pairs: [...pairs.values()],
		overlays: overlays.includes(GDR) ? [...overlays, BERLIN] : overlays,
		outlinedOverlays: overlays.filter((c) => c !== GDR),
		clipTo: germany ?? '276',
		laenderLabels: { [WEST_GERMANY]: westLaender(laender) }
	});
	const layout: MapLayout = geometry;
	cached = {
		facts,
		eras,
		shared,
		published,
		views,
		geometry,
		layout,
		islands: mapIslands(facts, views, layout, geometry.markup)
	};
	return cached;
}

function westLaender(laender: Topology): string[] {
	const object = laender.objects.laender as unknown as {
		geometries: { properties?: { iso_3166_2: string; side_1949_1990: string } }[];
	};
	return object.geometries
		.filter((g) => g.properties?.side_1949_1990 === 'FRG')
		.map((g) => g.properties!.iso_3166_2);
}

let model: MembershipMapModel | undefined;
/** The map's chart model, every state, built once. */
export function mapModel(): MembershipMapModel {
	const { facts, views, layout, islands } = mapBuild();
	return (model ??= membershipMapModel(facts, views, layout, islands.classes));
}

/** The keys of every state (era), oldest first. */
export function mapStateKeys(): string[] {
	return mapBuild().eras.map((e) => e.from);
}

/** Per era: member count and the border with Russia (published lengths), for the story's copy. */
export function mapSummaries(): EraSummary[] {
	return eraSummaries(mapBuild().views);
}

/** `{border.km.<year>}` and `{border.added.<year>}` of the story: published km after each wave. */
export function mapBorderByWave(): { km: Record<string, number>; added: Record<string, number> } {
	return borderByWave(mapBuild().views);
}

/** The map's static island `name` (see islands.ts): its geometry, overlay and stylesheet. */
export function mapIsland(name: string): string {
	const build = mapBuild();
	switch (name) {
		case ISLANDS.map:
			return build.islands.map;
		case ISLANDS.overlay:
			return build.islands.overlay;
		case ISLANDS.style:
			return build.islands.style;
		default:
			throw new Error(
				`membership-map: no island "${name}"; the islands are ${Object.values(ISLANDS).join(', ')}`
			);
	}
}
