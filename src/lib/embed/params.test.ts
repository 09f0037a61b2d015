import { describe, expect, it } from 'vitest';
import { chooseState } from './params';

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
