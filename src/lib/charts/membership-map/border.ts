/**
 * The land border between NATO's members and Russia (the Soviet Union before its end) on a date:
 * which pairs of countries it runs between, and how long it is.
 */
import type { Member } from '$lib/data/members';
import { pairKey } from '$lib/geo/pair-key';
import type { MapState } from './state';

export { pairKey };

/** Lengths of shared land borders in km, keyed by `pairKey(a, b)` of world-atlas ids. */
export type SharedBorders = ReadonlyMap<string, number>;

/** One member's stretch of the border. */
export interface BorderStretch {
	member: Member;
	/** Length in km (sum over the neighbours on the other side). */
	km: number;
	/** The pairs of world-atlas ids it consists of (member id, other side's id). */
	pairs: [string, string][];
}

/** The border on a state's date: each member with a land border to the other side, in order of accession. */
export function borderAt(state: MapState, shared: SharedBorders): BorderStretch[] {
	const stretches: BorderStretch[] = [];
	for (const member of state.members) {
		const pairs: [string, string][] = [];
		let km = 0;
		for (const other of state.border.russia) {
			const length = shared.get(pairKey(member.id, other));
			if (length === undefined || length <= 0) continue;
			pairs.push([member.id, other]);
			km += length;
		}
		if (pairs.length > 0) stretches.push({ member, km, pairs });
	}
	return stretches;
}

/** The total length of a border in km. */
export function borderKm(stretches: readonly BorderStretch[]): number {
	return stretches.reduce((sum, s) => sum + s.km, 0);
}

/** Km as the map writes it: rounded to the nearest 10 (a stretch under 10 km shows as 10). */
export function roundKm(km: number): number {
	return km > 0 ? Math.max(10, Math.round(km / 10) * 10) : 0;
}

/**
 * How far a length measured on Natural Earth's 1:10m lines may be from published figures.
 * Generalised lines cut corners, so they run short: against data/russia-border-lengths.csv they are
 * 2–29% shorter (Lithuania–Kaliningrad, along the Neman and across the Curonian Lagoon, the most),
 * and sources differ among themselves by up to 25% (Latvia: 217 or 270.5 km). A measured length
 * passes from `below` under the smallest published figure to `above` over the largest.
 */
export const PUBLISHED_TOLERANCE = { below: 0.3, above: 0.05 } as const;

/** Whether a measured length agrees with the published ones within `PUBLISHED_TOLERANCE`. */
export function agreesWithPublished(km: number, published: readonly number[]): boolean {
	if (published.length === 0) return false;
	const low = Math.min(...published) * (1 - PUBLISHED_TOLERANCE.below);
	const high = Math.max(...published) * (1 + PUBLISHED_TOLERANCE.above);
	return km >= low && km <= high;
}
