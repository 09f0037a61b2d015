import { describe, expect, it } from 'vitest';
import { chooseState, FLAG_DEFAULTS, quote, readFlags, readParams } from './params';

const dated = [
	{ key: '1949-04-04', from: '1949-04-04' },
	{ key: '1952-02-18', from: '1952-02-18' },
	{ key: '2004-03-29', from: '2004-03-29' }
];
const steps = [{ key: 'world' }, { key: 'share' }];

describe('chooseState', () => {
	it.each([
		['year=2004', '2004-03-29', 0],
		['year=2003', '1952-02-18', 0],
		['date=2004-03-28', '1952-02-18', 0],
		['date=2004-03-29', '2004-03-29', 0],
		['date=1949-04-04', '1949-04-04', 0],
		['date=1940-01-01', '1949-04-04', 1],
		['date=2004-02-30', '1949-04-04', 1],
		['year=20O4', '1949-04-04', 1],
		['year=99999', '1949-04-04', 1],
		['date=2004-03-29&year=1949', '2004-03-29', 0],
		['', '1949-04-04', 0]
	])('chooseState(dated, "%s") shows %s with %i warning(s)', (query, key, warnings) => {
		const choice = chooseState(dated, new URLSearchParams(query), '1949-04-04');
		expect(choice.key).toBe(key);
		expect(choice.warnings).toHaveLength(warnings);
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
