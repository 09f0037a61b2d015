/**
 * The land border between NATO's members and Russia (the Soviet Union before its end) on a date:
 * which pairs of countries it runs between, and how long it is by published figures.
 */
import type { PublishedBorder } from '$lib/data/border-lengths';
import type { Member } from '$lib/data/members';
import { pairKey } from '$lib/geo/pair-key';
import type { MapState } from './state';

export { pairKey };

/** Lengths of shared land borders in km, keyed by `pairKey(a, b)` of world-atlas ids. */
export type SharedBorders = ReadonlyMap<string, number>;

/** Published border lengths by `pairKey` of world-atlas ids, and the file they are read from. */
export interface PublishedLengths {
	file: string;
	byPair: ReadonlyMap<string, PublishedBorder>;
}

/** `rows` (from `parsePublishedBorders`) by pair. */
export function publishedLengths(rows: readonly PublishedBorder[], file: string): PublishedLengths {
	return { file, byPair: new Map(rows.map((r) => [r.pair, r])) };
}

/** One member's stretch of the border. */
export interface BorderStretch {
	member: Member;
	/** Published length in km: the sum over the pairs it consists of. */
	km: number;
	/** The pairs of world-atlas ids it consists of (member id, other side's id). */
	pairs: [string, string][];
}

/**
 * The border on a state's date: each member with a land border to the other side, in order of
 * accession. Which pairs make it comes from the geometry (`shared`); their lengths are the
 * published ones, and a pair without a published length fails.
 */
export function borderAt(
	state: MapState,
	shared: SharedBorders,
	published: PublishedLengths
): BorderStretch[] {
	const stretches: BorderStretch[] = [];
	for (const member of state.members) {
		const pairs: [string, string][] = [];
		let km = 0;
		for (const other of state.border.russia) {
			const measured = shared.get(pairKey(member.id, other));
			if (measured === undefined || measured <= 0) continue;
			const row = published.byPair.get(pairKey(member.id, other));
			if (!row) {
				throw new Error(
					`${published.file}: the map draws a border between ${member.iso3} (${member.id}) and world-atlas id ${other} on ${state.era.from}, but no row gives its published length; add a row for ${pairKey(member.id, other)} with the length and the source it was read from`
				);
			}
			pairs.push([member.id, other]);
			km += row.km;
		}
		if (pairs.length > 0) stretches.push({ member, km, pairs });
	}
	return stretches;
}

/** The total length of a border in km. */
export function borderKm(stretches: readonly BorderStretch[]): number {
	return stretches.reduce((sum, s) => sum + s.km, 0);
}

/** 1:10m lines are generalised, so they cut corners and run short: −40% or −10 km, +5% at most. */
export const PUBLISHED_TOLERANCE = { below: 0.4, belowKm: 10, above: 0.05 } as const;

/** Whether a length measured on the map's lines agrees with the published one within `PUBLISHED_TOLERANCE`. */
export function agreesWithPublished(measured: number, published: number): boolean {
	const { below, belowKm, above } = PUBLISHED_TOLERANCE;
	const low = Math.min(published * (1 - below), published - belowKm);
	return measured > 0 && measured >= low && measured <= published * (1 + above);
}
