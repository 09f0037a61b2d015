/**
 * The tables in the story's notes, as static islands `story/<name>` (see islands.ts): in the
 * page's HTML once, not in its data and not walked when the page hydrates.
 */
import type { TableModel } from '$lib/charts/model';
import { tableHtml } from '$lib/charts/tables';
import { memberCountByYear } from '$lib/data/membership';
import { natoShare } from '$lib/data/share';
import { findRelease, sipriCredit } from '$lib/data/spending';
import { dataset } from './dataset';
import type { IslandBuilder } from './islands';

/** The SIPRI release closest to the story (data to 2019) and the years the report speaks of. */
const STORY_RELEASE = 2019;
const STORY_YEARS = [2018, 2019];

/** NATO's share of world spending in the years of the claim, from the release of the time. */
export function sharesTable(): { table: TableModel; source: string } {
	const release = findRelease(dataset().spending, STORY_RELEASE);
	const rows = STORY_YEARS.map((year) => {
		const share = natoShare(release.rows, year, 'current');
		return [String(year), `${(share.share * 100).toFixed(1)}%`];
	});
	return {
		table: {
			caption: "NATO members' share of world military spending (current US$)",
			columns: ['Year', 'Share'],
			rows
		},
		source: sipriCredit(release)
	};
}

/** NATO's members at the end of each year, from the first accession to last year. */
export function countsTable(): TableModel {
	const { members } = dataset();
	const first = Number(
		members
			.map((m) => m.joined)
			.sort()[0]!
			.slice(0, 4)
	);
	const counts = memberCountByYear(members, first, new Date().getUTCFullYear() - 1);
	return {
		caption: 'NATO members at the end of each year',
		columns: ['Year', 'Members'],
		rows: counts.map((c) => [String(c.year), String(c.count)])
	};
}

/** Island `story/<name>`: the notes' tables (`shares`, `counts`). */
export const storyTableIsland: IslandBuilder = (name) => {
	if (name === 'shares') return tableHtml(sharesTable().table);
	if (name === 'counts') return tableHtml(countsTable());
	throw new Error(`story: no island "${name}"; the islands are shares, counts`);
};
