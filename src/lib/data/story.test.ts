import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStory, type StoryContext } from './story';

const FILE = 'data/story.aml';

const context: StoryContext = {
	charts: {
		'membership-map': [
			{ key: '1949-04-04', from: '1949-04-04' },
			{ key: '2004-03-29', from: '2004-03-29' }
		],
		'defence-spending': [{ key: 'world' }, { key: 'share' }]
	},
	facts: new Map([
		['members.2004', '26'],
		['founders.count', '12'],
		['joined.2004.names', 'Bulgaria and Estonia']
	]),
	pending: { border: "the map's border lengths" }
};

const valid = `headline: NATO in {founders.count} steps
dek: A story.
byline: Us

[steps]
id: founders
chart: membership-map
year: 1949
text: It began with {founders.count}.

A second paragraph.
:end

id: big-wave
chart: membership-map
date: 2004-05-01
text: {joined.2004.names} and more joined: {members.2004} members.
:end

id: money
chart: defence-spending
step: share
text: The share.
[]

[sources]
* NATO
* SIPRI
[]

method: How we did it.
:end
`;

/** `valid` with `from` replaced by `to` (which must occur once). */
function edit(from: string, to: string): string {
	expect(valid.split(from)).toHaveLength(2);
	return valid.replace(from, to);
}

/** The message of the error parseStory throws for `text`. */
function error(text: string): string {
	try {
		parseStory(text, FILE, { ...context, today: '2026-12-07' });
	} catch (e) {
		return (e as Error).message;
	}
	throw new Error('parseStory did not throw');
}

describe('parseStory(text, file, context)', () => {
	it('parseStory reads the fields, resolves each step to a state and fills the placeholders', () => {
		const story = parseStory(edit('text: {joined', 'text: Then {joined'), FILE, context);
		expect(story.headline).toBe('NATO in 12 steps');
		expect(story.steps.map((s) => [s.id, s.chart, s.state, s.line])).toEqual([
			['founders', 'membership-map', '1949-04-04', 6],
			['big-wave', 'membership-map', '2004-03-29', 14],
			['money', 'defence-spending', 'share', 20]
		]);
		expect(story.steps[0]!.paragraphs).toEqual(['It began with 12.', 'A second paragraph.']);
		expect(story.steps[1]!.paragraphs).toEqual([
			'Then Bulgaria and Estonia and more joined: 26 members.'
		]);
		expect(story.sources).toEqual(['NATO', 'SIPRI']);
		expect(story.method).toEqual(['How we did it.']);
	});

	it('parseStory fills {this.date} and {this.year} from the step state’s first day', () => {
		const story = parseStory(
			edit('It began with', 'On {this.date} ({this.year}) it began with'),
			FILE,
			context
		);
		expect(story.steps[0]!.paragraphs[0]).toBe('On 4 April 1949 (1949) it began with 12.');
	});

	it('parseStory reads the committed data/story.aml against the facts it names', () => {
		const text = readFileSync('data/story.aml', 'utf8');
		const placeholders = [...text.matchAll(/\{([a-z0-9.-]+)\}/g)].map((m) => m[1]!);
		expect(placeholders.length).toBeGreaterThan(20);
		// Every step names a chart and a state; the real charts are checked by the build.
		const permissive: StoryContext = {
			charts: {
				'membership-map': [{ key: 'any', from: '1900-01-01' }],
				'defence-spending': ['world', 'share', 'claim-2019', 'us-share', 'latest'].map((key) => ({
					key
				}))
			},
			facts: new Map(placeholders.map((p) => [p, '•']))
		};
		const story = parseStory(text, FILE, permissive);
		expect(story.steps.length).toBeGreaterThanOrEqual(9);
		expect(story.steps.every((s) => s.paragraphs.length > 0)).toBe(true);
	});
});

describe('parseStory errors name the line, what is wrong and how to fix it', () => {
	it.each([
		[
			'a step naming an unknown chart',
			edit('chart: defence-spending', 'chart: pie-chart'),
			`${FILE}:21:8: unknown chart "pie-chart"; use one of membership-map, defence-spending`
		],
		[
			'a step naming an unknown state',
			edit('step: share', 'step: shares'),
			`${FILE}:22:7: defence-spending has no state "shares"; use one of world, share`
		],
		[
			'a year before the first state',
			edit('year: 1949', 'year: 1948'),
			`${FILE}:8:7: membership-map has no state on 1948-12-31: its first starts on 1949-04-04; use a year from 1949 on`
		],
		[
			'a date after the build day',
			edit('date: 2004-05-01', 'date: 2026-12-08'),
			`${FILE}:16:7: date "2026-12-08" is after today (2026-12-07); the data records what has happened: check the date`
		],
		[
			'a year after the build year',
			edit('year: 1949', 'year: 2027'),
			`${FILE}:8:7: year "2027" is after this year (2026); the data records what has happened: check the year`
		],
		[
			'a date that does not exist',
			edit('date: 2004-05-01', 'date: 2004-02-30'),
			`${FILE}:16:7: date "2004-02-30" is not a date; write it as YYYY-MM-DD, e.g. 2004-03-29`
		],
		[
			'a year that is not a year',
			edit('year: 1949', 'year: 49'),
			`${FILE}:8:7: year "49" is not a year; write four digits, e.g. 2004`
		],
		[
			'a date on a chart without dates',
			edit('step: share', 'year: 2019'),
			`${FILE}:22:7: defence-spending has no dated states, so "year:" means nothing to it; name a state with "step:", one of world, share`
		],
		[
			'a step with no state',
			edit('year: 1949\n', ''),
			`${FILE}:6:1: step "founders" names no state of membership-map; give exactly one of date:, year: or step:, e.g. "year: 1949"`
		],
		[
			'a step with two states',
			edit('year: 1949\n', 'year: 1949\nstep: world\n'),
			`${FILE}:9:1: step "founders" names its state twice; give exactly one of date:, year: or step:, e.g. "year: 1949"`
		],
		[
			'a step with no chart',
			edit('chart: defence-spending\n', ''),
			`${FILE}:20:1: step "money" has no chart; add a line "chart: membership-map"`
		],
		[
			'a step with no text',
			edit('text: The share.\n', ''),
			`${FILE}:20:1: step "money" has no text; add a line "text: what the reader sees at this step"`
		],
		[
			'a step with no id (merged into the one before)',
			edit('id: money\n', ''),
			`${FILE}:20:1: a second "chart:" in the step that starts on line 14; each step starts with its own "id:" line; add the missing id, or remove the duplicate`
		],
		[
			'a step that starts with another field',
			edit(
				'[steps]\nid: founders\nchart: membership-map',
				'[steps]\nchart: membership-map\nid: founders'
			),
			`${FILE}:6:1: a step starts with "chart:" instead of its id; start each step with a line "id: <name>"`
		],
		[
			'an id twice',
			edit('id: money', 'id: founders'),
			`${FILE}:20:5: step id "founders" is used twice (first on line 6); give each step its own id`
		],
		[
			'an id unusable in a link',
			edit('id: money', 'id: Money Talks'),
			`${FILE}:20:5: step id "Money Talks" is not usable in a link; use lower-case letters, digits and single hyphens, e.g. "enlargement-2004"`
		],
		[
			'an unknown field in a step',
			edit('step: share', 'step: share\ncolour: red'),
			`${FILE}:23:1: unknown field "colour" in a step; a step's fields are id, chart, date, year, step, text; if this line is text, start it with a backslash`
		],
		[
			'a chart named like a property of every object',
			edit('chart: defence-spending', 'chart: constructor'),
			`${FILE}:21:8: unknown chart "constructor"; use one of membership-map, defence-spending`
		],
		[
			'a chart named __proto__',
			edit('chart: defence-spending', 'chart: __proto__'),
			`${FILE}:21:8: unknown chart "__proto__"; use one of membership-map, defence-spending`
		],
		[
			'a placeholder named like a property of every object',
			edit('{members.2004} members', '{constructor} members'),
			`${FILE}:17:44: unknown placeholder {constructor}; known placeholders include {members.2004}, {founders.count}, {joined.2004.names}, {this.date}, {this.year}`
		],
		[
			'a placeholder named __proto__',
			edit('{members.2004} members', '{__proto__} members'),
			`${FILE}:17:44: placeholder {__proto__} is not a name; write lower-case names joined by dots, e.g. {joined.2004.names}`
		],
		[
			'an unknown placeholder',
			edit('{members.2004} members', '{members.2040} members'),
			`${FILE}:17:44: unknown placeholder {members.2040}; known placeholders include {members.2004}`
		],
		[
			'a placeholder for data not built yet',
			edit('It began', 'About {border.km.2004} km. It began'),
			`${FILE}:9:13: placeholder {border.km.2004} needs data that is not built yet (the map's border lengths); leave it out until that data is in the build`
		],
		[
			'a line that starts with a placeholder',
			edit('A second paragraph.', '{founders.count} paragraphs.'),
			`${FILE}:11:1: a line that starts with a bracket is read by ArchieML as a list or scope, and the rest of it is dropped; start the line with a word, or with a backslash before the bracket`
		],
		[
			'a number typed into the copy',
			edit('A second paragraph.', 'It had 12 members.'),
			`${FILE}:11:8: the number "12" is typed into the copy; every number comes from the data: use a placeholder such as {members.2004} or {founders.year}`
		],
		[
			'a number in the headline',
			edit('in {founders.count} steps', 'in 12 steps'),
			`${FILE}:1:19: the number "12" is typed into the copy; every number comes from the data: use a placeholder such as {members.2004} or {founders.year}`
		],
		[
			'an unmatched brace',
			edit('It began with {founders.count}.', 'It began with {founders.count.'),
			`${FILE}:9:21: an unmatched "{"; write placeholders as {name.part}, with one brace on each side`
		],
		[
			'text after a one-line value, which ArchieML drops',
			edit('text: The share.\n', 'text: The share.\nMore words.\n'),
			`${FILE}:24:1: this line belongs to no value (ArchieML drops it); to continue a value over several lines, end the value with a line ":end"`
		],
		[
			'an unknown top-level field',
			edit('byline: Us', 'byline: Us\nauthor: Them'),
			`${FILE}:4:1: unknown field "author"; the story's fields are headline, dek, byline, method and the lists [steps] and [sources]; if this line is text, start it with a backslash`
		],
		[
			'a missing dek',
			edit('dek: A story.\n', ''),
			`${FILE}:1:1: the story has no dek; write it on a line "dek: …" (several lines: end with ":end")`
		],
		[
			'an empty headline',
			edit('headline: NATO in {founders.count} steps', 'headline:'),
			`${FILE}:1:1: headline is empty; write it on a line "headline: …" (several lines: end with ":end")`
		],
		[
			'no sources',
			edit('[sources]\n* NATO\n* SIPRI\n[]\n', ''),
			`${FILE}:1:1: the story has no [sources] list; add a line "[sources]", its items, and a line "[]" to close it`
		],
		[
			'an empty [steps] list',
			valid.replace(/\[steps\][\s\S]*?\n\[\]\n/, '[steps]\n[]\n'),
			`${FILE}:5:1: the [steps] list is empty; add steps: each an "id:", a "chart:", its state ("date:", "year:" or "step:") and a "text:"`
		]
	])('%s', (_case, text, message) => {
		expect(error(text)).toBe(message);
	});
});
