/**
 * The words of each map state, generated from the data: headline, description (alt text), data
 * table, legend and notes.
 */
import type { TableModel } from '$lib/charts/model';
import type { IsoDate } from '$lib/data/fields';
import { borderKm, type BorderStretch } from './border';
import type { EraEvent, MapFacts } from './eras';
import { BERLIN, GDR, memberName, YUGOSLAVIA, type Fill, type MapState } from './state';
import { unionParts } from './unions';

const days = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});
const numbers = new Intl.NumberFormat('en-GB');
const lists = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** `1990-10-03` → "3 October 1990". */
export function formatDate(date: IsoDate): string {
	return days.format(new Date(`${date}T00:00:00Z`));
}

/** 1340 → "1,340". */
export function formatNumber(n: number): string {
	return numbers.format(n);
}

/** ["a", "b", "c"] → "a, b and c". */
export function formatList(items: readonly string[]): string {
	return lists.format(items);
}

const verb = (names: string[], one: string, many: string) => (names.length === 1 ? one : many);

/** A country's name as it reads in a sentence: "the Netherlands", "the Soviet Union", "Spain". */
export function inSentence(name: string): string {
	return /^(United |Netherlands$)|( Union| Republic)$/.test(name) ? `the ${name}` : name;
}

/** The first letter in capitals. */
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Names as a list in a sentence. */
const names = (list: readonly string[]) => formatList(list.map(inSentence));

/** One sentence per event of the state's era, e.g. "Spain joins NATO." */
export function eventSentences(facts: MapFacts, state: MapState): string[] {
	const first = state.members[0]?.joined;
	return state.era.events.map((event: EraEvent) => {
		switch (event.kind) {
			case 'accession': {
				const who = event.members.map((m) => memberName(facts, m, state.date)).sort(compare);
				return state.era.from === first
					? `${who.length} countries found NATO: ${names(who)}.`
					: capital(`${names(who)} ${verb(who, 'joins', 'join')} NATO.`);
			}
			case 'pact-founded':
				return `The Warsaw Pact is founded by ${names(event.members.map((m) => m.entity))}.`;
			case 'pact-joined': {
				const who = event.members.map((m) => m.entity);
				return capital(`${names(who)} ${verb(who, 'joins', 'join')} the Warsaw Pact.`);
			}
			case 'pact-left': {
				const who = event.members.map((m) => m.entity);
				return capital(`${names(who)} ${verb(who, 'leaves', 'leave')} the Warsaw Pact.`);
			}
			case 'pact-dissolved':
				return 'The Warsaw Pact is dissolved.';
			case 'joined':
			case 'dissolved':
			case 'seceded':
				return `${event.change.title}.`;
		}
	});
}

const compare = (a: string, b: string) => a.localeCompare(b, 'en');

/** The border stretch by stretch, in published km ("Norway 191 km"). */
export function borderParts(stretches: readonly BorderStretch[]): string[] {
	return stretches.map((s) => `${s.member.name} ${formatNumber(s.km)} km`);
}

/** Notes on how the state is drawn (divided Berlin, the Saarland), from the data. */
export function drawingNotes(facts: MapFacts, state: MapState): string[] {
	const notes: string[] = [];
	if (state.overlays.get(BERLIN) === 'neutral') {
		notes.push('Berlin, under four-power status, is drawn apart from the rest of Germany.');
	}
	for (const c of facts.changes) {
		if (c.change !== 'joined' || c.code === GDR || state.overlays.get(c.code) !== 'land') continue;
		const into = state.members.find((m) => m.iso3 === c.into);
		if (!into) continue;
		const name = memberName(facts, into, state.date);
		notes.push(
			capital(`${inSentence(c.entity)} is not part of ${name} until ${formatDate(c.date)}.`)
		);
	}
	return notes;
}

/** The state's heading: "29 March 2004: 26 members". */
export function stateLabel(state: MapState): string {
	return `${formatDate(state.era.from)}: ${state.members.length} members`;
}

/** The generated description (alt text) of a state: what happened, the count, the blocs, the border. */
export function describe(
	facts: MapFacts,
	state: MapState,
	stretches: readonly BorderStretch[]
): string {
	const parts = [`${formatDate(state.era.from)}. ${eventSentences(facts, state).join(' ')}`];
	parts.push(`NATO has ${state.members.length} members.`);
	if (state.pact.length > 0) {
		parts.push(
			`The Warsaw Pact has ${state.pact.length} members: ${names(state.pact.map((m) => m.entity))}.`
		);
	}
	if (state.ussr) parts.push('The Soviet Union is shown as one country.');
	const yugoslavia = state.unions.get(YUGOSLAVIA)?.length ?? 0;
	if (yugoslavia > 0)
		parts.push(
			yugoslavia === unionParts(facts.changes, YUGOSLAVIA).length
				? 'Yugoslavia is shown as one country.'
				: 'What remained of Yugoslavia is shown as one country.'
		);
	const km = borderKm(stretches);
	parts.push(
		km > 0
			? `The land border between NATO members and ${state.border.russiaName} is ${formatNumber(km)} km long: ${formatList(borderParts(stretches))}.`
			: `NATO members have no land border with ${state.border.russiaName}.`
	);
	parts.push(...drawingNotes(facts, state));
	return parts.join(' ');
}

/** The data table of a state: the members on its first day, with the day each joined. */
export function membersTable(facts: MapFacts, state: MapState): TableModel {
	return {
		caption: `NATO members on ${formatDate(state.era.from)}`,
		columns: ['Country', 'Joined'],
		rows: state.members.map((m) => [memberName(facts, m, state.era.from), formatDate(m.joined)])
	};
}

/** One accession wave in the legend. */
export interface WaveEntry {
	/** Year of the wave, e.g. "2004". */
	year: string;
	/** How many joined in it. */
	count: number;
	/** Whether it opened this state. */
	isNew: boolean;
}

/** The accession waves up to a state, oldest first. */
export function waves(state: MapState): WaveEntry[] {
	const entries = new Map<IsoDate, WaveEntry>();
	for (const m of state.members) {
		const isNew = state.newMembers.some((n) => n.joined === m.joined);
		const entry = entries.get(m.joined) ?? { year: m.joined.slice(0, 4), count: 0, isNew };
		entry.count++;
		entries.set(m.joined, entry);
	}
	return [...entries.values()];
}

/** The fills a state uses besides NATO's members, for the legend ("Warsaw Pact", "Soviet Union", new territory). */
export function blocLegend(facts: MapFacts, state: MapState): { fill: Fill; label: string }[] {
	const items: { fill: Fill; label: string }[] = [];
	const joining = facts.changes.filter((c) => state.overlays.get(c.code) === 'nato-new');
	if (joining.length > 0) {
		const names = joining.map((c) => inSentence(c.entity));
		items.push({ fill: 'nato-new', label: capital(`${formatList(names)}: now NATO territory`) });
	}
	if (state.pact.length > 0) items.push({ fill: 'warsaw', label: 'Warsaw Pact' });
	if (state.ussr) items.push({ fill: 'ussr', label: 'Soviet Union' });
	return items;
}
