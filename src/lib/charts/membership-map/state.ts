/**
 * What the map shows on a date: NATO's members (and who is new), the Warsaw Pact, the Soviet Union,
 * Czechoslovakia and Yugoslavia while they exist, divided Germany, and the two sides of the land
 * border with Russia (the Soviet Union before its end).
 */
import type { WarsawPactMember } from '$lib/data/blocs';
import type { IsoDate } from '$lib/data/fields';
import type { MapChange } from '$lib/data/map-changes';
import type { Member } from '$lib/data/members';
import { eraAt, type Era, type EraEvent, type MapFacts } from './eras';
import { partsOn, unionCodes, unionParts } from './unions';

/** How a shape is filled (each has a theme colour). */
export type Fill = 'nato' | 'nato-new' | 'warsaw' | 'ussr' | 'land' | 'neutral';

/** The Soviet Union's and Russia's codes in the data (ISO 3166-3 / 3166-1). */
export const USSR = 'SUN';
export const RUSSIA = 'RUS';
/** Yugoslavia's code in the data (ISO 3166-3), one union from the SFRY to Serbia and Montenegro. */
export const YUGOSLAVIA = 'YUG';
/** The GDR's code in the data, and Berlin's (ISO 3166-2), drawn apart while Germany is divided. */
export const GDR = 'DDR';
export const BERLIN = 'DE-BE';

export interface MapState {
	date: IsoDate;
	/** The era the date falls in. */
	era: Era;
	/** Members on the date, in order of accession and then name. */
	members: Member[];
	/** Members whose accession opened this era (none in the founding era: there is no one to tell them from). */
	newMembers: Member[];
	/** Warsaw Pact members on the date. */
	pact: WarsawPactMember[];
	/** Whether the Soviet Union exists on the date. */
	ussr: boolean;
	/** Unions drawn as one on the date (code → world-atlas ids of the parts still in them). */
	unions: Map<string, string[]>;
	/** Fill of every world-atlas id the data names (territories take their state's). */
	fills: Map<string, Fill>;
	/** Shapes drawn over the countries (GDR, Berlin, Saarland) while they are apart, with their fill. */
	overlays: Map<string, Fill>;
	/** Whether Germany is divided on the date (the GDR exists). */
	divided: boolean;
	/** The two sides of the land border the map measures. */
	border: { nato: string[]; russia: string[]; russiaName: string };
}

/** World-atlas ids a state of the data is drawn with: a dissolved state's parts, an overlay's code, or its own id. */
export function drawnIds(facts: MapFacts, iso3: string): string[] {
	const change = facts.changes.find((c) => c.code === iso3);
	if (change?.change === 'dissolved')
		return unionParts(facts.changes, iso3).map((p) => atlasId(facts, p.code));
	if (change?.change === 'joined') return [change.code];
	return [atlasId(facts, iso3)];
}

/** The world-atlas id of a present-day state of the data (or the key the map gives its feature). */
export function atlasId(facts: MapFacts, iso3: string): string {
	const id = facts.ids.get(iso3);
	if (id === undefined) {
		throw new RangeError(
			`membership-map: no world-atlas id for ${iso3}; add it to nato-members.csv, soviet-republics.csv or yugoslav-states.csv`
		);
	}
	return id;
}

/** The name a member had on `date` (West Germany until reunification). */
export function memberName(facts: MapFacts, member: Member, date: IsoDate): string {
	const gdr = facts.changes.find((c) => c.code === GDR && c.change === 'joined');
	if (gdr && member.iso3 === gdr.into && date < gdr.date) return `West ${member.name}`;
	return member.name;
}

const byAccession = (a: Member, b: Member) =>
	a.joined < b.joined ? -1 : a.joined > b.joined ? 1 : a.name.localeCompare(b.name, 'en');

/** The map on `date`; throws before the first era (NATO's founding). */
export function mapStateAt(facts: MapFacts, eras: readonly Era[], date: IsoDate): MapState {
	const era = eraAt(eras, date);
	if (!era) throw new RangeError(`membership-map: ${date} is before NATO's founding`);
	const members = facts.members.filter((m) => m.joined <= date).sort(byAccession);
	const founding = facts.members.reduce((a, m) => (m.joined < a ? m.joined : a), era.from);
	const newMembers = era.from === founding ? [] : members.filter((m) => m.joined === era.from);
	const pact = facts.warsawPact.filter((m) => m.joined <= date && date < m.left);
	const exists = (code: string) => {
		const end = facts.changes.find((c) => c.code === code);
		return !end || date < end.date;
	};
	const ussr = exists(USSR);
	const unions = new Map<string, string[]>();
	for (const code of unionCodes(facts.changes)) {
		const parts = partsOn(facts.changes, code, date);
		if (parts.length > 1)
			unions.set(
				code,
				parts.map((p) => atlasId(facts, p))
			);
	}

	const fills = new Map<string, Fill>();
	for (const id of facts.ids.values()) fills.set(id, 'land');
	for (const m of pact) for (const id of drawnIds(facts, m.iso3)) fills.set(id, 'warsaw');
	if (ussr) for (const id of drawnIds(facts, USSR)) fills.set(id, 'ussr');
	for (const m of members) fills.set(m.id, newMembers.includes(m) ? 'nato-new' : 'nato');
	for (const t of facts.territories) fills.set(t.id, fills.get(t.drawnWith) ?? 'land');

	const memberIso = new Set(members.map((m) => m.iso3));
	const overlays = new Map<string, Fill>();
	for (const c of facts.changes) {
		if (c.change !== 'joined') continue;
		if (date < c.date) {
			const inPact = pact.some((m) => m.iso3 === c.code);
			overlays.set(c.code, inPact ? 'warsaw' : 'land');
			if (c.code === GDR) overlays.set(BERLIN, 'neutral');
		} else if (era.from === c.date && memberIso.has(c.into)) {
			overlays.set(c.code, 'nato-new');
			if (c.code === GDR) overlays.set(BERLIN, 'nato-new');
		}
	}
	const gdr = facts.changes.find((c) => c.code === GDR && c.change === 'joined');

	return {
		date,
		era,
		members,
		newMembers,
		pact,
		ussr,
		unions,
		fills,
		overlays,
		divided: gdr !== undefined && date < gdr.date,
		border: {
			nato: members.map((m) => m.id),
			russia: ussr ? drawnIds(facts, USSR) : [atlasId(facts, RUSSIA)],
			russiaName: ussr ? 'the Soviet Union' : 'Russia'
		}
	};
}

/** The changes of the map data of one kind that happened in an era. */
export function eventsOf<K extends EraEvent['kind']>(
	era: Era,
	kind: K
): Extract<EraEvent, { kind: K }>[] {
	return era.events.filter((e): e is Extract<EraEvent, { kind: K }> => e.kind === kind);
}

/** A dissolved, seceding or joining entity's change, if the data has one for `code`. */
export function changeOf(facts: MapFacts, code: string): MapChange | undefined {
	return facts.changes.find((c) => c.code === code);
}
