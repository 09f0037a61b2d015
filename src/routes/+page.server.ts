import { memberCountByYear } from '$lib/data/membership';
import { dataset } from '$lib/server/dataset';

export function load() {
	const { members } = dataset();
	const first = Number(
		members
			.map((m) => m.joined)
			.sort()[0]!
			.slice(0, 4)
	);
	return { counts: memberCountByYear(members, first, new Date().getUTCFullYear() - 1) };
}
