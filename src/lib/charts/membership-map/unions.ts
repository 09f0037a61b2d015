/**
 * Former states drawn as one while they last, and how they come apart (`map-changes.csv`): a
 * union is a `dissolved` row's state, or a successor that parts have `seceded` from; it is drawn
 * with its parts until each leaves. A part that is a union itself brings its own parts (Serbia
 * brings Kosovo into Yugoslavia until Kosovo leaves Serbia).
 */
import type { IsoDate } from '$lib/data/fields';
import type { MapChange } from '$lib/data/map-changes';
import { pairKey } from '$lib/geo/pair-key';
import type { MapFacts } from './eras';

/** The change that draws a part apart from a union; `line` names the borders it shows (`data-line`). */
export interface Parting {
	date: IsoDate;
	line: string;
	/** The change's place in the data, to order changes of one day. */
	order: number;
}

/** A state drawn as part of a union, and the change that draws it apart (none: the union's own land). */
export interface UnionPart {
	code: string;
	parting?: Parting;
}

/** Codes of the unions in the data, in order of their first row. */
export function unionCodes(changes: readonly MapChange[]): string[] {
	const codes = new Set<string>();
	for (const c of changes) {
		if (c.change === 'dissolved') codes.add(c.code);
		if (c.change === 'seceded') codes.add(c.from);
	}
	return [...codes];
}

const before = (a: Parting, b: Parting) =>
	a.date < b.date || (a.date === b.date && a.order < b.order);
/** The earlier of two partings; undefined means never. */
const earlier = (a?: Parting, b?: Parting) => (!a ? b : !b ? a : before(b, a) ? b : a);

/**
 * The states drawn as the union `code`, down to those that are no union themselves, each with
 * the first change that draws it apart from the union. A code that is no union is its own part.
 */
export function unionParts(
	changes: readonly MapChange[],
	code: string,
	within: readonly string[] = []
): UnionPart[] {
	if (within.includes(code)) {
		throw new RangeError(
			`membership-map: ${code} is part of itself (${[...within, code].join(' in ')})`
		);
	}
	const direct: UnionPart[] = [];
	let dissolved = false;
	changes.forEach((c, order) => {
		if (c.change === 'seceded' && c.from === code) {
			direct.push({ code: c.code, parting: { date: c.date, line: c.code, order } });
		} else if (c.change === 'dissolved' && c.code === code) {
			dissolved = true;
			for (const s of c.successors)
				direct.push({ code: s, parting: { date: c.date, line: code, order } });
		}
	});
	if (!dissolved) direct.unshift({ code });
	const unions = new Set(unionCodes(changes));
	return direct.flatMap((part) =>
		part.code === code || !unions.has(part.code)
			? [part]
			: unionParts(changes, part.code, [...within, code]).map((inner) => ({
					code: inner.code,
					parting: earlier(part.parting, inner.parting)
				}))
	);
}

/** The codes still drawn as the union `code` on `date`. */
export function partsOn(changes: readonly MapChange[], code: string, date: IsoDate): string[] {
	return unionParts(changes, code)
		.filter((p) => !p.parting || date < p.parting.date)
		.map((p) => p.code);
}

/** The `data-line` of each change that draws borders apart (its code), shown from its date on. */
export function linesShown(changes: readonly MapChange[], date: IsoDate): string[] {
	return changes
		.filter((c) => (c.change === 'dissolved' || c.change === 'seceded') && c.date <= date)
		.map((c) => c.code);
}

/**
 * The borders inside unions: for every two parts of a union (world-atlas ids, `pairKey`), the
 * `data-line` their border is drawn in, that of the change after which no union holds both.
 */
export function innerBorders(facts: MapFacts, idOf: (code: string) => string): Map<string, string> {
	const apart = new Map<string, Parting>();
	for (const union of unionCodes(facts.changes)) {
		const parts = unionParts(facts.changes, union).map((p) => ({ ...p, id: idOf(p.code) }));
		parts.forEach((a, i) => {
			for (const b of parts.slice(i + 1)) {
				const parting = earlier(a.parting, b.parting);
				if (!parting) continue;
				const key = pairKey(a.id, b.id);
				const known = apart.get(key);
				if (!known || before(known, parting)) apart.set(key, parting);
			}
		});
	}
	return new Map([...apart].map(([key, parting]) => [key, parting.line]));
}
