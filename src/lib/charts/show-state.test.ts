import { describe, expect, it } from 'vitest';
import { stateClassName } from './show-state';

describe('stateClassName', () => {
	const states = ['mm0n mm1u mm3l', 'mm0n mm1w', undefined];

	it('stateClassName(current, states, active) keeps the element’s own classes and swaps the state’s', () => {
		expect(stateClassName('chart svelte-x mm0n mm1u mm3l', states, states[1])).toBe(
			'chart svelte-x mm0n mm1w'
		);
		expect(stateClassName('chart svelte-x mm0n mm1w', states, states[0])).toBe(
			'chart svelte-x mm0n mm1u mm3l'
		);
	});

	it('stateClassName drops every state class for a state without any', () => {
		expect(stateClassName('chart mm0n mm1w', states, undefined)).toBe('chart');
	});

	it('stateClassName leaves an element whose states name no classes as it is', () => {
		expect(stateClassName('chart  svelte-x', [undefined, ''], undefined)).toBe('chart  svelte-x');
	});
});
