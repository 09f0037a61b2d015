/**
 * The facts the story's copy names with placeholders (`{members.2004}`), built at build time from
 * the dataset, so that a data update can never leave the text and the charts disagreeing.
 */
import { LOCALE } from '$lib/locale';
import type { Claim } from './claims';
import type { IsoDate } from './fields';
import type { Member } from './members';
import { accessionWaves, membersAt, membersAtYearEnd } from './membership';
import type { SovietRepublic, WarsawPactMember } from './blocs';

/** One value of the copy, with how it is written. */
export type Fact =
	/** A count or amount: "1,340". */
	| { kind: 'count'; value: number }
	/** A percentage, `value` in percent, with `digits` decimals: "54.0%". */
	| { kind: 'percent'; value: number; digits: number }
	/** A year: "1949". */
	| { kind: 'year'; value: number }
	/** A day: "4 April 1949". */
	| { kind: 'date'; value: IsoDate }
	/** Names in a list: "Czechia, Hungary and Poland". */
	| { kind: 'names'; value: string[] };

export const count = (value: number): Fact => ({ kind: 'count', value });
export const percent = (value: number, digits = 1): Fact => ({ kind: 'percent', value, digits });
export const year = (value: number): Fact => ({ kind: 'year', value });
export const date = (value: IsoDate): Fact => ({ kind: 'date', value });
export const names = (value: string[]): Fact => ({ kind: 'names', value });

/** One accession wave, keyed in `StoryFacts.joined` by its year. */
export interface WaveFacts {
	/** `{joined.2004.date}`: the day the wave joined. */
	date: Fact;
	/** `{joined.2004.year}` */
	year: Fact;
	/** `{joined.2004.count}`: how many joined. */
	count: Fact;
	/** `{joined.2004.names}`: who joined. */
	names: Fact;
	/** `{joined.2004.soviet}`: how many of them were Soviet republics. */
	soviet: Fact;
	/** `{joined.2004.soviet-names}` */
	'soviet-names': Fact;
	/** `{joined.2004.members}`: the member count after the wave. */
	members: Fact;
}

/**
 * Everything a placeholder can name. Groups marked "from the map" or "from the spending chart"
 * are filled by those charts' build-time data; until then they are absent and a placeholder that
 * names them fails the build with a message saying which data is missing.
 */
export interface StoryFacts {
	/** `{founders.date}`, `{founders.year}`, `{founders.count}`, `{founders.names}` */
	founders: { date: Fact; year: Fact; count: Fact; names: Fact };
	/** `{members.<year>}`: members at the end of each year from the founding to the latest wave. */
	members: Record<string, Fact>;
	/** `{joined.<year>.…}`: the accession waves by year (a year with two waves: the last one). */
	joined: Record<string, WaveFacts>;
	/** `{pact.founded}`, `{pact.dissolved}`, `{pact.founded-year}`, `{pact.dissolved-year}` */
	pact: { founded: Fact; dissolved: Fact; 'founded-year': Fact; 'dissolved-year': Fact };
	/** `{ussr.republics}`: how many states the Soviet Union broke into. */
	ussr: { republics: Fact };
	/** `{latest.members}`, `{latest.year}`, `{latest.date}`: the latest wave. */
	latest: { members: Fact; year: Fact; date: Fact };
	/** `{claim.<id>}`: the figures the report gave (data/claims.csv), as said. */
	claim: Record<string, Fact>;
	/** `{report.members}`, `{report.year}`: members at the end of the year the claims were made. */
	report: { members: Fact; year: Fact };
	/** `{sipri.latest}`: the last year of the latest SIPRI release in data/spending. */
	sipri: { latest: Fact };
	/** From the map: `{border.km.<year>}` NATO–Russia land border after that year's wave. */
	border?: { km: Record<string, Fact>; added: Record<string, Fact> };
	/**
	 * From the spending chart: `{share.<year>.current}`, `.constant`, `.official`, `{share.above.years}`;
	 * `{share.latest.…}` is the latest SIPRI year's (see `withLatest`).
	 */
	share?: Record<string, Record<string, Fact>>;
	/**
	 * From the spending chart: `{us.share.<year>.constant}` and `.current` (and `{us.share.latest.…}`):
	 * the US part of the NATO total at constant or current prices.
	 */
	us?: { share: Record<string, Record<string, Fact>> };
}

/** The groups other parts of the project fill, and what fills them (for error messages). */
export const PENDING_FACTS: Record<string, string> = {
	border: "the map's border lengths (src/lib/geo)",
	share: "the spending chart's shares of the world total (data/spending)",
	us: "the spending chart's United States share (data/spending)"
};

/** What the facts are built from. */
export interface FactSources {
	members: readonly Member[];
	warsawPact: readonly WarsawPactMember[];
	sovietRepublics: readonly SovietRepublic[];
	claims: readonly Claim[];
	/** The SIPRI releases (each named by its last year of data). */
	spending: readonly { release: number }[];
}

const yearOf = (d: IsoDate) => Number(d.slice(0, 4));

/** Builds the facts from the dataset; the optional groups are added by their owners. */
export function storyFacts(src: FactSources): StoryFacts {
	const waves = accessionWaves(src.members);
	const founding = waves[0];
	if (!founding) throw new RangeError('facts: no members; check data/nato-members.csv');
	const soviet = new Set(src.sovietRepublics.map((r) => r.iso3));
	const joined: Record<string, WaveFacts> = {};
	for (const wave of waves) {
		const who = wave.joined.map((m) => m.name).sort();
		const fromUssr = wave.joined.filter((m) => soviet.has(m.iso3)).map((m) => m.name);
		joined[String(yearOf(wave.date))] = {
			date: date(wave.date),
			year: year(yearOf(wave.date)),
			count: count(wave.joined.length),
			names: names(who),
			soviet: count(fromUssr.length),
			'soviet-names': names(fromUssr.sort()),
			members: count(wave.count)
		};
	}
	const last = waves[waves.length - 1]!;
	const members: Record<string, Fact> = {};
	for (let y = yearOf(founding.date); y <= yearOf(last.date); y++)
		members[String(y)] = count(membersAtYearEnd(src.members, y).length);
	const pactDates = src.warsawPact.map((m) => m.joined).sort();
	const pactEnds = src.warsawPact.map((m) => m.left).sort();
	if (pactDates.length === 0)
		throw new RangeError('facts: no Warsaw Pact rows; check data/warsaw-pact.csv');
	const founded = pactDates[0]!;
	const dissolved = pactEnds[pactEnds.length - 1]!;
	const claim: Record<string, Fact> = {};
	for (const c of src.claims)
		claim[c.id] = c.unit === 'percent' ? percent(c.value, 0) : count(c.value);
	const reportAt = Math.max(...src.claims.map((c) => c.year));
	if (!Number.isFinite(reportAt)) throw new RangeError('facts: no claims; check data/claims.csv');
	return {
		founders: {
			date: date(founding.date),
			year: year(yearOf(founding.date)),
			count: count(founding.joined.length),
			names: names(founding.joined.map((m) => m.name).sort())
		},
		members,
		joined,
		pact: {
			founded: date(founded),
			dissolved: date(dissolved),
			'founded-year': year(yearOf(founded)),
			'dissolved-year': year(yearOf(dissolved))
		},
		ussr: { republics: count(src.sovietRepublics.length) },
		sipri: { latest: year(Math.max(...src.spending.map((r) => r.release))) },
		latest: {
			members: count(membersAt(src.members, last.date).length),
			year: year(yearOf(last.date)),
			date: date(last.date)
		},
		claim,
		report: { members: count(membersAtYearEnd(src.members, reportAt).length), year: year(reportAt) }
	};
}

/** Adds `share.latest` and `us.share.latest`: the figures of the latest SIPRI year, when present. */
export function withLatest(facts: StoryFacts): StoryFacts {
	const latest = String(facts.sipri.latest.value);
	const share = facts.share?.[latest];
	const us = facts.us?.share[latest];
	return {
		...facts,
		...(facts.share && share ? { share: { ...facts.share, latest: share } } : {}),
		...(facts.us && us ? { us: { share: { ...facts.us.share, latest: us } } } : {})
	};
}

const numbers = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
const days = new Intl.DateTimeFormat(LOCALE, {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});
const lists = new Intl.ListFormat(LOCALE, { style: 'long', type: 'conjunction' });

/** How a fact is written in the copy. */
export function factText(fact: Fact): string {
	switch (fact.kind) {
		case 'count':
			return numbers.format(fact.value);
		case 'percent':
			return `${fact.value.toFixed(fact.digits)}%`;
		case 'year':
			return String(fact.value);
		case 'date':
			return days.format(new Date(`${fact.value}T00:00:00Z`));
		case 'names':
			return lists.format(fact.value);
	}
}

function isFact(value: unknown): value is Fact {
	return typeof value === 'object' && value !== null && 'kind' in value && 'value' in value;
}

/** Every fact as the text it is written as, keyed by its placeholder path (`members.2004`). */
export function factTexts(facts: StoryFacts): Map<string, string> {
	const texts = new Map<string, string>();
	const walk = (node: unknown, path: string) => {
		if (isFact(node)) texts.set(path, factText(node));
		else if (typeof node === 'object' && node !== null)
			for (const [key, child] of Object.entries(node)) walk(child, path ? `${path}.${key}` : key);
	};
	walk(facts, '');
	return texts;
}
