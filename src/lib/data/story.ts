/**
 * The story's copy: `data/story.aml` (ArchieML), parsed and checked at build time. A journalist
 * edits the words; every number is a placeholder (`{members.2004}`) filled from the data, and each
 * step names a chart and one of its states. Anything wrong fails the build with
 * `data/story.aml:line:column: what is wrong; how to fix it` (ArchieML keeps no line numbers, so
 * they are found again in the source text).
 */
import archieml from 'archieml';
import { buildDay } from './build-day';
import { DataError } from './errors';
import { date, factText, year } from './facts';
import { dateProblem, notAfterToday, type IsoDate } from './fields';

/** A state a chart holds: its key, and for dated charts the first day it holds. */
export interface StateOption {
	key: string;
	from?: string;
}

/** What the copy is checked against. */
export interface StoryContext {
	/** Each chart's states by chart id, in order (`membership-map`, `defence-spending`). */
	charts: Readonly<Record<string, readonly StateOption[]>>;
	/** The text of each placeholder by its path (`members.2004` → "26"). */
	facts: ReadonlyMap<string, string>;
	/** Placeholder groups that are not built yet, with what builds them. */
	pending?: Readonly<Record<string, string>>;
	/** The build day: a step's date or year may not come after it; default today (UTC). */
	today?: IsoDate;
}

/** One step of the story: a paragraph or two, and the chart state shown beside it. */
export interface StoryStep {
	/** Its name in links: `#step-<id>`. */
	id: string;
	chart: string;
	/** The chart's state key. */
	state: string;
	/** The text with placeholders filled, split at blank lines. */
	paragraphs: string[];
	/** Where the step starts in the source. */
	line: number;
}

/** The whole story, ready to render. */
export interface Story {
	headline: string;
	dek: string;
	byline: string;
	steps: StoryStep[];
	/** Source lines (placeholders filled). */
	sources: string[];
	/** The method note, split at blank lines. */
	method: string[];
}

const TOP_FIELDS = ['headline', 'dek', 'byline', 'method'] as const;
const STEP_FIELDS = ['id', 'chart', 'date', 'year', 'step', 'text'] as const;
const STATE_FIELDS = ['date', 'year', 'step'] as const;
const LISTS = ['steps', 'sources'] as const;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PATH = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$/;

// ArchieML's own patterns for a key line, a command and a list scope (see archieml.js).
const KEY = /^\s*([^\s\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff[\\\]{}:]+)[ \t\r]*:/;
const COMMAND = /^\s*:[ \t\r]*(endskip|ignore|skip|end)/i;
const SCOPE = /^\s*([[{])[ \t\r]*([+.]*)[ \t\r]*([^\s[\\\]{}:]*)[ \t\r]*[\]}]/;

/** A key's value in the source: the lines it spans. */
interface Field {
	key: string;
	/** 0-based line of the key, and of the last line of its value. */
	line: number;
	last: number;
	/** The list it is in (`steps`), or '' at the top level. */
	list: string;
}

/** Where things are in the source text. */
class Source {
	readonly lines: string[];
	readonly fields: Field[] = [];
	/** 0-based line of each list's opening `[name]`. */
	readonly lists = new Map<string, number>();

	constructor(
		text: string,
		readonly file: string
	) {
		this.lines = text.split(/\r\n|\n|\r/);
		this.#scan();
	}

	/** The position of 0-based `line`, `column`. */
	at(line: number, column = 0) {
		return { file: this.file, line: line + 1, column: column + 1 };
	}

	/** The first place of `needle` within a field's lines (or its key line when not found). */
	find(field: Field, needle: string | RegExp) {
		for (let i = field.line; i <= field.last; i++) {
			const text = this.lines[i]!;
			const column =
				typeof needle === 'string' ? text.indexOf(needle) : (needle.exec(text)?.index ?? -1);
			if (column >= 0) return this.at(i, column);
		}
		return this.at(field.line, this.lines[field.line]!.search(/\S/));
	}

	#scan(): void {
		let list = '';
		let open: Field | undefined;
		let loose = -1; // a line of text after a one-line value, which ArchieML would drop
		let skipping = false;
		this.lines.forEach((text, i) => {
			const command = COMMAND.exec(text)?.[1]?.toLowerCase();
			if (command === 'endskip') skipping = false;
			if (skipping || command === 'skip') {
				skipping = true;
				return;
			}
			if (command === 'ignore') skipping = true;
			if (command === 'end') {
				if (open) open.last = i;
				open = undefined;
				loose = -1;
				return;
			}
			const scope = SCOPE.exec(text);
			const key = KEY.exec(text);
			if (scope && /[\]}]\s*\S/.test(text))
				throw new DataError(
					this.at(i, text.search(/\S/)),
					'a line that starts with a bracket is read by ArchieML as a list or scope, and the rest of it is dropped',
					'start the line with a word, or with a backslash before the bracket'
				);
			if (scope || key || command) this.#loose(loose);
			if (scope) {
				list = scope[1] === '[' ? (scope[3] ?? '') : '';
				if (list) this.lists.set(list, i);
				open = undefined;
				loose = -1;
			} else if (key) {
				open = { key: key[1]!, line: i, last: i, list };
				this.fields.push(open);
				loose = -1;
			} else if (text.trim() !== '' && !/^\s*\*/.test(text) && open && loose < 0) loose = i;
		});
		// Text after the last one-line value, before the end of the file, is dropped as well.
		this.#loose(loose);
	}

	#loose(line: number): void {
		if (line >= 0)
			throw new DataError(
				this.at(line, this.lines[line]!.search(/\S/)),
				'this line belongs to no value (ArchieML drops it)',
				'to continue a value over several lines, end the value with a line ":end"'
			);
	}
}

/** Parses and checks `data/story.aml`; throws a DataError naming the line of the first problem. */
export function parseStory(text: string, file: string, context: StoryContext): Story {
	const source = new Source(text, file);
	const data = archieml.load(text) as Record<string, unknown>;
	const top = source.fields.filter((f) => f.list === '');
	for (const field of top) {
		if (!(TOP_FIELDS as readonly string[]).includes(field.key))
			throw new DataError(
				source.at(field.line),
				`unknown field "${field.key}"`,
				`the story's fields are ${TOP_FIELDS.join(', ')} and the lists [steps] and [sources]; ` +
					'if this line is text, start it with a backslash'
			);
	}
	const fill = (field: Field, value: string) => fillPlaceholders(source, field, value, context);
	const topText = (key: (typeof TOP_FIELDS)[number]) => {
		const field = top.find((f) => f.key === key);
		const value = data[key];
		if (!field || typeof value !== 'string' || value.trim() === '')
			throw new DataError(
				source.at(field?.line ?? 0),
				field ? `${key} is empty` : `the story has no ${key}`,
				`write it on a line "${key}: …" (several lines: end with ":end")`
			);
		return fill(field, value);
	};
	for (const list of LISTS) {
		if (!source.lists.has(list) || !Array.isArray(data[list]))
			throw new DataError(
				source.at(0),
				`the story has no [${list}] list`,
				`add a line "[${list}]", its items, and a line "[]" to close it`
			);
	}
	const sources = (data.sources as unknown[]).map((item, i) => {
		const field = sourceItem(source, i);
		if (typeof item !== 'string' || item.trim() === '')
			throw new DataError(
				source.at(field.line),
				`source ${i + 1} is not a line of text`,
				'write each source as a line "* …" between [sources] and []'
			);
		return fill(field, item);
	});
	if (sources.length === 0)
		throw new DataError(
			source.at(source.lists.get('sources')!),
			'the [sources] list is empty',
			'add a line "* …" for each source'
		);
	return {
		headline: topText('headline'),
		dek: topText('dek'),
		byline: topText('byline'),
		steps: parseSteps(source, data.steps as unknown[], context),
		sources,
		method: paragraphs(topText('method'))
	};
}

/** The n-th `* item` line of the [sources] list, as a field. */
function sourceItem(source: Source, n: number): Field {
	const start = source.lists.get('sources')!;
	let seen = -1;
	for (let i = start + 1; i < source.lines.length; i++) {
		const line = source.lines[i]!;
		if (SCOPE.test(line)) break;
		if (/^\s*\*/.test(line) && ++seen === n) return { key: '*', line: i, last: i, list: 'sources' };
	}
	return { key: '*', line: start, last: start, list: 'sources' };
}

function parseSteps(source: Source, items: unknown[], context: StoryContext): StoryStep[] {
	const fields = source.fields.filter((f) => f.list === 'steps');
	const listLine = source.lists.get('steps')!;
	if (fields.length === 0)
		throw new DataError(
			source.at(listLine),
			'the [steps] list is empty',
			'add steps: each an "id:", a "chart:", its state ("date:", "year:" or "step:") and a "text:"'
		);
	if (fields[0]!.key !== 'id')
		throw new DataError(
			source.at(fields[0]!.line),
			`a step starts with "${fields[0]!.key}:" instead of its id`,
			'start each step with a line "id: <name>"'
		);
	// Group the fields into steps at each id, as ArchieML does.
	const groups: Field[][] = [];
	for (const field of fields) {
		if (field.key === 'id') groups.push([]);
		const group = groups[groups.length - 1]!;
		const twice = group.find((f) => f.key === field.key);
		if (twice)
			throw new DataError(
				source.at(field.line),
				`a second "${field.key}:" in the step that starts on line ${group[0]!.line + 1}`,
				'each step starts with its own "id:" line; add the missing id, or remove the duplicate'
			);
		if (!(STEP_FIELDS as readonly string[]).includes(field.key))
			throw new DataError(
				source.at(field.line),
				`unknown field "${field.key}" in a step`,
				`a step's fields are ${STEP_FIELDS.join(', ')}; if this line is text, start it with a backslash`
			);
		group.push(field);
	}
	if (groups.length !== items.length)
		throw new DataError(
			source.at(listLine),
			`found ${groups.length} steps but ArchieML read ${items.length}`,
			'check the [steps] list for lines that look like commands or scopes'
		);
	const ids = new Map<string, number>();
	return groups.map((group, n) => {
		const item = items[n] as Record<string, unknown>;
		const field = (key: string) => group.find((f) => f.key === key);
		const value = (key: string) => {
			const v = item[key];
			return typeof v === 'string' ? v.trim() : '';
		};
		const idField = group[0]!;
		const require = (key: string, example: string) => {
			const f = field(key);
			if (!f || value(key) === '')
				throw new DataError(
					source.at(f?.line ?? idField.line),
					f ? `the step's ${key} is empty` : `step "${value('id')}" has no ${key}`,
					`add a line "${key}: ${example}"`
				);
			return f;
		};
		require('id', 'a-short-name');
		const id = value('id');
		if (!ID.test(id))
			throw new DataError(
				source.find(idField, id),
				`step id "${id}" is not usable in a link`,
				'use lower-case letters, digits and single hyphens, e.g. "enlargement-2004"'
			);
		const first = ids.get(id);
		if (first !== undefined)
			throw new DataError(
				source.find(idField, id),
				`step id "${id}" is used twice (first on line ${first})`,
				'give each step its own id'
			);
		ids.set(id, idField.line + 1);
		const chartField = require('chart', Object.keys(context.charts)[0] ?? 'membership-map');
		const chart = value('chart');
		const states = Object.hasOwn(context.charts, chart) ? context.charts[chart] : undefined;
		if (!states)
			throw new DataError(
				source.find(chartField, chart),
				`unknown chart "${chart}"`,
				`use one of ${Object.keys(context.charts).join(', ')}`
			);
		const state = stepState(source, group, item, chart, states, context.today ?? buildDay());
		const textField = require('text', 'what the reader sees at this step');
		const own = thisFacts(states.find((s) => s.key === state)!);
		const facts = new Map([...context.facts, ...own]);
		const text = fillPlaceholders(source, textField, value('text'), { ...context, facts });
		return { id, chart, state, paragraphs: paragraphs(text), line: idField.line + 1 };
	});
}

/** `{this.date}` and `{this.year}`: the first day of the step's own chart state, if dated. */
function thisFacts(state: StateOption): [string, string][] {
	if (state.from === undefined) return [];
	return [
		['this.date', factText(date(state.from))],
		['this.year', factText(year(Number(state.from.slice(0, 4))))]
	];
}

/** The state key a step asks for with `date:`, `year:` or `step:`. */
function stepState(
	source: Source,
	group: Field[],
	item: Record<string, unknown>,
	chart: string,
	states: readonly StateOption[],
	today: IsoDate
): string {
	const given = group.filter((f) => (STATE_FIELDS as readonly string[]).includes(f.key));
	const dated = states.filter((s) => s.from !== undefined);
	const example =
		dated.length > 0 ? `"year: ${dated[0]!.from!.slice(0, 4)}"` : `"step: ${states[0]?.key}"`;
	if (given.length !== 1)
		throw new DataError(
			source.at(given[1]?.line ?? group[0]!.line),
			given.length === 0
				? `step "${String(item.id)}" names no state of ${chart}`
				: `step "${String(item.id)}" names its state twice`,
			`give exactly one of date:, year: or step:, e.g. ${example}`
		);
	const field = given[0]!;
	const raw = String(item[field.key] ?? '').trim();
	const at = source.find(field, raw || field.key);
	if (field.key === 'step') {
		if (states.some((s) => s.key === raw)) return raw;
		throw new DataError(
			at,
			`${chart} has no state "${raw}"`,
			`use one of ${states.map((s) => s.key).join(', ')}`
		);
	}
	if (dated.length === 0)
		throw new DataError(
			at,
			`${chart} has no dated states, so "${field.key}:" means nothing to it`,
			`name a state with "step:", one of ${states.map((s) => s.key).join(', ')}`
		);
	let day: string;
	if (field.key === 'year') {
		if (!/^\d{4}$/.test(raw))
			throw new DataError(at, `year "${raw}" is not a year`, 'write four digits, e.g. 2004');
		day = `${raw}-12-31`;
	} else {
		if (dateProblem(raw) !== null)
			throw new DataError(
				at,
				`date "${raw}" is not a date`,
				'write it as YYYY-MM-DD, e.g. 2004-03-29'
			);
		day = raw;
	}
	notAfterToday({ value: raw, at }, field.key, raw, today);
	const holding = dated.filter((s) => s.from! <= day);
	const state = holding[holding.length - 1];
	if (!state)
		throw new DataError(
			at,
			`${chart} has no state on ${day}: its first starts on ${dated[0]!.from}`,
			`use a ${field.key} from ${field.key === 'year' ? dated[0]!.from!.slice(0, 4) : dated[0]!.from} on`
		);
	return state.key;
}

/** Fills `{path}` placeholders; a number typed into the copy, or an unknown path, is an error. */
function fillPlaceholders(
	source: Source,
	field: Field,
	value: string,
	context: StoryContext
): string {
	const masked = value.replace(/\{[^{}]*\}/g, (m) => ' '.repeat(m.length));
	const stray = /[{}]/.exec(masked);
	if (stray)
		throw new DataError(
			source.find(field, /\{[^}]*$|^[^{]*\}|\{[^}]*\{/),
			`an unmatched "${stray[0]}"`,
			'write placeholders as {name.part}, with one brace on each side'
		);
	const digits = /\d+/.exec(masked);
	if (digits)
		throw new DataError(
			locateNumber(source, field, digits[0]),
			`the number "${digits[0]}" is typed into the copy`,
			'every number comes from the data: use a placeholder such as {members.2004} or {founders.year}'
		);
	return value.replace(/\{([^{}]*)\}/g, (whole, path: string) => {
		const text = context.facts.get(path.trim());
		if (text !== undefined) return text;
		const at = source.find(field, whole);
		const group = path.split('.')[0]!;
		const pending =
			context.pending && Object.hasOwn(context.pending, group) ? context.pending[group] : undefined;
		if (pending)
			throw new DataError(
				at,
				`placeholder ${whole} needs data that is not built yet (${pending})`,
				'leave it out until that data is in the build'
			);
		if (!PATH.test(path))
			throw new DataError(
				at,
				`placeholder ${whole} is not a name`,
				'write lower-case names joined by dots, e.g. {joined.2004.names}'
			);
		throw new DataError(at, `unknown placeholder ${whole}`, suggest(path, context.facts));
	});
}

/** Where a typed number is: the first run of the digits outside placeholders in the field. */
function locateNumber(source: Source, field: Field, digits: string) {
	for (let i = field.line; i <= field.last; i++) {
		const line = source.lines[i]!.replace(/\{[^{}]*\}/g, (m) => ' '.repeat(m.length));
		const start = i === field.line ? line.indexOf(':') + 1 : 0;
		const column = line.indexOf(digits, start);
		if (column >= 0) return source.at(i, column);
	}
	return source.at(field.line);
}

/** A hint naming known placeholders that share the longest prefix with `path`. */
function suggest(path: string, facts: ReadonlyMap<string, string>): string {
	const parts = path.split('.');
	for (let n = parts.length - 1; n >= 0; n--) {
		const prefix = parts.slice(0, n).join('.');
		const near = [...facts.keys()].filter((k) => n === 0 || k.startsWith(prefix + '.'));
		if (near.length > 0) {
			const shown = near.slice(0, 6).map((k) => `{${k}}`);
			return `known placeholders include ${shown.join(', ')}${near.length > 6 ? ', …' : ''}`;
		}
	}
	return 'the facts are listed in src/lib/data/facts.ts';
}

/** Splits text at blank lines into paragraphs with single spaces. */
function paragraphs(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter((p) => p !== '');
}
