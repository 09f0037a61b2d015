import type { MembershipMapModel } from './model';

/**
 * The model with only the states whose keys are in `keys` (in the model's order). The default
 * state stays if it is included, otherwise the last included one is shown.
 */
export function onlyStates(model: MembershipMapModel, keys: readonly string[]): MembershipMapModel {
	const states = model.states.filter((s) => keys.includes(s.key));
	if (states.length === 0) {
		throw new RangeError(
			`membership-map: none of ${keys.join(', ')} is a state; the states are ${model.states.map((s) => s.key).join(', ')}`
		);
	}
	const defaultKey = states.some((s) => s.key === model.defaultKey)
		? model.defaultKey
		: states[states.length - 1]!.key;
	return { ...model, states, defaultKey };
}
