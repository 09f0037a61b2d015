import { mapModel } from '$lib/server/membership-map';

export function load() {
	return { model: mapModel() };
}
