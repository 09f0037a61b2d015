import type { IsoDate } from './fields';
import type { Member } from './members';

/** The members on `date` (an accession counts from its own day). */
export function membersAt(members: readonly Member[], date: IsoDate): Member[] {
	return members.filter((m) => m.joined <= date);
}

/** The members at the end of `year` (accession on or before 31 December). */
export function membersAtYearEnd(members: readonly Member[], year: number): Member[] {
	return membersAt(members, `${year}-12-31`);
}

/** The number of members at the end of each year from `from` to `to`. */
export function memberCountByYear(
	members: readonly Member[],
	from: number,
	to: number
): { year: number; count: number }[] {
	const counts = [];
	for (let year = from; year <= to; year++)
		counts.push({ year, count: membersAtYearEnd(members, year).length });
	return counts;
}

/** Accession dates in order, each with who joined that day and the count after it. */
export function accessionWaves(
	members: readonly Member[]
): { date: IsoDate; joined: Member[]; count: number }[] {
	const dates = [...new Set(members.map((m) => m.joined))].sort();
	return dates.map((date) => ({
		date,
		joined: members.filter((m) => m.joined === date),
		count: membersAt(members, date).length
	}));
}
