import { defenceSpendingModel } from '$lib/server/defence-spending';

export function load() {
	return { model: defenceSpendingModel() };
}
