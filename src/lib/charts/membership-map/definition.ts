// The membership map as the registry lists it.
import { mapBorderByWave, mapIsland, mapModel } from '$lib/server/membership-map';
import { count, type Fact } from '$lib/data/facts';
import { defineChart } from '../chart';
import MembershipMap from './MembershipMap.svelte';

const counts = (values: Record<string, number>): Record<string, Fact> =>
	Object.fromEntries(Object.entries(values).map(([key, value]) => [key, count(value)]));

export const membershipMap = defineChart({
	id: 'membership-map',
	stateParam: 'date',
	model: mapModel,
	component: MembershipMap,
	islands: mapIsland,
	facts() {
		const border = mapBorderByWave();
		return { border: { km: counts(border.km), added: counts(border.added) } };
	},
	embedHeight: 725
});
