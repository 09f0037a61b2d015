import { describe, expect, it } from 'vitest';
import { onlyStates } from './include';
import type { MembershipMapModel, MembershipMapState } from './model';

const state = (key: string) => ({ key, from: key }) as MembershipMapState;
const model = {
	chart: 'membership-map',
	states: ['1949-04-04', '1999-03-12', '2004-03-29'].map(state),
	defaultKey: '2004-03-29'
} as MembershipMapModel;

describe('onlyStates', () => {
	it('onlyStates(model, keys) keeps the states asked for in the model’s order', () => {
		const out = onlyStates(model, ['2004-03-29', '1949-04-04']);
		expect(out.states.map((s) => s.key)).toEqual(['1949-04-04', '2004-03-29']);
		expect(out.defaultKey).toBe('2004-03-29');
	});

	it('onlyStates shows the last included state when the default is left out', () => {
		expect(onlyStates(model, ['1949-04-04', '1999-03-12']).defaultKey).toBe('1999-03-12');
	});

	it('onlyStates fails when no key is a state', () => {
		expect(() => onlyStates(model, ['1950-01-01'])).toThrow('none of 1950-01-01 is a state');
	});
});
