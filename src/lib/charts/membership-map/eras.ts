/**
 * The map's states ("eras"): one per interval between dated events, derived from the data —
 * accessions (`nato-members.csv`), the Warsaw Pact's founding, exits and dissolution
 * (`warsaw-pact.csv`), and changes of the political map (`map-changes.csv`: the Saarland and the
 * GDR joining West Germany, the end of the Soviet Union and of Czechoslovakia, each step of the
 * break-up of Yugoslavia).
 */
import type { WarsawPactMember } from '$lib/data/blocs';
import type { IsoDate } from '$lib/data/fields';
import type { MapChange } from '$lib/data/map-changes';
import type { Member } from '$lib/data/members';
import type { Territory } from '$lib/data/territories';

/** Everything the map's states are derived from. */
export interface MapFacts {
	members: readonly Member[];
	warsawPact: readonly WarsawPactMember[];
	changes: readonly MapChange[];
	territories: readonly Territory[];
	/** World-atlas id of every present-day state the data names, by ISO alpha-3. */
	ids: ReadonlyMap<string, string>;
}

/** Something that happened on the first day of an era. */
export type EraEvent =
	| { kind: 'accession'; members: Member[] }
	| { kind: 'pact-founded'; members: WarsawPactMember[] }
	| { kind: 'pact-joined'; members: WarsawPactMember[] }
	| { kind: 'pact-left'; members: WarsawPactMember[] }
	| { kind: 'pact-dissolved'; members: WarsawPactMember[] }
	| { kind: 'joined'; change: MapChange }
	| { kind: 'dissolved'; change: MapChange }
	| { kind: 'seceded'; change: MapChange };

/** An interval during which the map does not change; it lasts until the next era's `from`. */
export interface Era {
	/** First day (`YYYY-MM-DD`); also the state's key. */
	from: IsoDate;
	events: EraEvent[];
}

/** The dates the Warsaw Pact was founded and dissolved (the first join, the last exit). */
export function pactSpan(
	pact: readonly WarsawPactMember[]
): { founded: IsoDate; dissolved: IsoDate } | null {
	if (pact.length === 0) return null;
	const joins = pact.map((m) => m.joined).sort();
	const exits = pact.map((m) => m.left).sort();
	return { founded: joins[0]!, dissolved: exits[exits.length - 1]! };
}

/**
 * The eras, oldest first. The first begins with the first accession (NATO's founding); events
 * before it are left out. Events on the same day make one era.
 */
export function deriveEras(facts: MapFacts): Era[] {
	const events: { date: IsoDate; event: EraEvent }[] = [];
	const byDate = <T extends { joined: IsoDate }>(rows: readonly T[]) => {
		const groups = new Map<IsoDate, T[]>();
		for (const row of rows) groups.set(row.joined, [...(groups.get(row.joined) ?? []), row]);
		return groups;
	};
	for (const [date, members] of byDate(facts.members)) {
		events.push({ date, event: { kind: 'accession', members } });
	}
	const span = pactSpan(facts.warsawPact);
	if (span) {
		for (const [date, members] of byDate(facts.warsawPact)) {
			const kind = date === span.founded ? 'pact-founded' : 'pact-joined';
			events.push({ date, event: { kind, members } });
		}
		const exits = new Map<IsoDate, WarsawPactMember[]>();
		for (const m of facts.warsawPact) exits.set(m.left, [...(exits.get(m.left) ?? []), m]);
		for (const [date, members] of exits) {
			const kind = date === span.dissolved ? 'pact-dissolved' : 'pact-left';
			events.push({ date, event: { kind, members } });
		}
	}
	for (const change of facts.changes) {
		events.push({ date: change.date, event: { kind: change.change, change } as EraEvent });
	}
	const first = facts.members.map((m) => m.joined).sort()[0];
	if (first === undefined) return [];
	const eras = new Map<IsoDate, EraEvent[]>();
	for (const { date, event } of events.sort((a, b) =>
		a.date < b.date ? -1 : a.date > b.date ? 1 : 0
	)) {
		if (date < first) continue;
		eras.set(date, [...(eras.get(date) ?? []), event]);
	}
	return [...eras].map(([from, events]) => ({ from, events }));
}

/** The era holding `date`: the last one starting on or before it; undefined before the first. */
export function eraAt(eras: readonly Era[], date: IsoDate): Era | undefined {
	let found: Era | undefined;
	for (const era of eras) if (era.from <= date) found = era;
	return found;
}
