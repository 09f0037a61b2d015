import { memberCountByYear } from '$lib/data/membership';
import { natoShare } from '$lib/data/share';
import { findRelease, sipriCredit } from '$lib/data/spending';
import { dataset } from '$lib/server/dataset';
import { defenceSpendingModel } from '$lib/server/defence-spending';
import { mapModel } from '$lib/server/membership-map';
import { loadStory } from '$lib/server/story';

/** The SIPRI release closest to the story (data to 2019) and the years the report speaks of. */
const STORY_RELEASE = 2019;
const STORY_YEARS = [2018, 2019];

export function load() {
	const { members, spending } = dataset();
	const release = findRelease(spending, STORY_RELEASE);
	const shares = STORY_YEARS.map((year) => {
		const share = natoShare(release.rows, year, 'current');
		return { year, percent: `${(share.share * 100).toFixed(1)}%` };
	});
	const first = Number(
		members
			.map((m) => m.joined)
			.sort()[0]!
			.slice(0, 4)
	);
	const spendingChart = defenceSpendingModel();
	const story = loadStory([mapModel(), spendingChart]);
	// The page holds only the states its steps show (less HTML); the story was checked against all.
	const used = (chart: string) => [
		...new Set(story.steps.filter((s) => s.chart === chart).map((s) => s.state))
	];
	return {
		story,
		map: mapModel({ include: used('membership-map') }),
		spending: spendingChart,
		spendingStates: used('defence-spending'),
		counts: memberCountByYear(members, first, new Date().getUTCFullYear() - 1),
		shares,
		shareSource: sipriCredit(release)
	};
}
