import { describe, expect, it } from 'vitest';
import { chooseState, FLAG_DEFAULTS, quote, readFlags, readParams } from './params';

const dated = [
	{ key: '1949-04-04', from: '1949-04-04' },
	{ key: '1952-02-18', from: '1952-02-18' },
	{ key: '2004-03-29', from: '2004-03-29' }
];
const steps = [{ key: 'world' }, { key: 'share' }];

describe('chooseState', () => {
	// The fallback is the last state, as on the map, so a test can tell it from the first.
	it.each([
		['year=2004', '2004-03-29', 0],
		['year=2003', '1952-02-18', 0],
		['date=2004-03-28', '1952-02-18', 0],
		['date=2004-03-29', '2004-03-29', 0],
		['date=1949-04-04', '1949-04-04', 0],
		['date=2100-01-01', '2004-03-29', 0],
		['date=1940-01-01', '1949-04-04', 1],
		['date=0099-01-01', '1949-04-04', 1],
		['year=1948', '1949-04-04', 1],
		['year=0001', '1949-04-04', 1],
		['date=2004-02-30', '2004-03-29', 1],
		['year=20O4', '2004-03-29', 1],
		['year=99999', '2004-03-29', 1],
		['date=2004-03-29&year=1949', '2004-03-29', 0],
		['', '2004-03-29', 0]
	])('chooseState(dated, "%s") shows %s with %i warning(s)', (query, key, warnings) => {
		const choice = chooseState(dated, new URLSearchParams(query), '2004-03-29');
		expect(choice.key).toBe(key);
		expect(choice.warnings).toHaveLength(warnings);
	});

	it.each([
		['date=0099-01-01', '0099-01-01 is before the first state (1949-04-04)'],
		['year=1948', '1948 is before the first state (1949-04-04)'],
		['date=2019-02-30', '2019-02-30 is not a day of the calendar'],
		['date=2019-2-3', 'date "2019-2-3" is not a date written YYYY-MM-DD'],
		['date=0000-02-29', '0000-02-29 is before the first state (1949-04-04)'],
		['date=1900-02-29', '1900-02-29 is not a day of the calendar'],
		['year=19', 'year "19" is not a four-digit year']
	])('chooseState(dated, "%s") warns: %s', (query, warning) => {
		expect(chooseState(dated, new URLSearchParams(query), '2004-03-29').warnings).toEqual([
			warning
		]);
	});

	it('chooseState(dated, "year=1948") tells the reader, in the chart, why it shows the first state', () => {
		const labelled = dated.map((o) => ({ ...o, label: `the state of ${o.from}` }));
		expect(chooseState(labelled, new URLSearchParams('year=1948'), '2004-03-29').notice).toBe(
			"1948 is before the chart's first state, the state of 1949-04-04. It shows that state."
		);
		expect(chooseState(labelled, new URLSearchParams('year=1950'), '2004-03-29').notice).toBe(
			undefined
		);
	});

	it('chooseState(dated, states out of order) still shows the earliest for a date before them', () => {
		const choice = chooseState(
			[...dated].reverse(),
			new URLSearchParams('year=1900'),
			'2004-03-29'
		);
		expect(choice.key).toBe('1949-04-04');
	});

	it.each([
		['step=share', 'share', 0],
		['step=%3Cscript%3E', 'world', 1],
		['step=', 'world', 1]
	])('chooseState(steps, "%s") shows %s with %i warning(s)', (query, key, warnings) => {
		const choice = chooseState(steps, new URLSearchParams(query), 'world');
		expect(choice.key).toBe(key);
		expect(choice.warnings).toHaveLength(warnings);
	});

	it.each(['year=9999', 'date=2019-01-01', 'year=abc'])(
		'chooseState(undated, "%s") says ?year and ?date do not apply and names the steps',
		(query) => {
			const spending = ['world', 'share', 'claim-2019', 'us-share', 'latest'].map((key) => ({
				key
			}));
			const name = query.split('=')[0];
			expect(chooseState(spending, new URLSearchParams(query), 'world')).toEqual({
				key: 'world',
				warnings: [
					`this chart's states are not dated, so ?${name}= does not apply; use ?step= with one of world, share, claim-2019, us-share, latest`
				]
			});
		}
	);
});

describe('readParams', () => {
	it('readParams("?year=2004&childId=x") keeps only the embed parameters', () => {
		const { params, warnings } = readParams('?year=2004&childId=x&initialWidth=300');
		expect([...params]).toEqual([['year', '2004']]);
		expect(warnings).toEqual([]);
	});

	it('readParams drops a parameter given twice, with one warning', () => {
		const { params, warnings } = readParams('?step=a&step=b&step=c&theme=dark');
		expect(params.has('step')).toBe(false);
		expect(params.get('theme')).toBe('dark');
		expect(warnings).toEqual(['step is given 3 times; using the default']);
	});
});

describe('readFlags', () => {
	it.each([
		['', FLAG_DEFAULTS, 0],
		['theme=dark', { ...FLAG_DEFAULTS, theme: 'dark' }, 0],
		['theme=auto&plain=1&transparent=1', { theme: 'auto', plain: true, transparent: true }, 0],
		['plain&transparent=true', { ...FLAG_DEFAULTS, plain: true, transparent: true }, 0],
		['plain=0', FLAG_DEFAULTS, 0],
		['theme=DARK', FLAG_DEFAULTS, 1],
		['theme=%22%3E%3Cscript%3E', FLAG_DEFAULTS, 1],
		['plain=yes&transparent=2', FLAG_DEFAULTS, 2]
	])('readFlags("%s") is %j with %i warning(s)', (query, flags, warnings) => {
		const result = readFlags(new URLSearchParams(query));
		expect(result.flags).toEqual(flags);
		expect(result.warnings).toHaveLength(warnings);
	});
});

describe('quote', () => {
	it('quote(long) cuts the value to 40 characters', () => {
		expect(quote('x'.repeat(10_000))).toBe(JSON.stringify(`${'x'.repeat(40)}…`));
	});
});
