// The defence-spending chart as the registry lists it.
import {
	defenceSpendingFacts,
	defenceSpendingModel,
	spendingIsland
} from '$lib/server/defence-spending';
import { defineChart } from '../chart';
import DefenceSpending from './DefenceSpending.svelte';

export const defenceSpending = defineChart({
	id: 'defence-spending',
	stateParam: 'step',
	model: defenceSpendingModel,
	component: DefenceSpending,
	islands: (name) => spendingIsland(name),
	facts: defenceSpendingFacts,
	embedHeight: 700
});
