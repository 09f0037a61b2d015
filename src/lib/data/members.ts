import { buildDay } from './build-day';
import { parseCsv } from './csv';
import { DataError } from './errors';
import {
	boolean,
	integer,
	iso3,
	isoDate,
	isoNumeric,
	requiredText,
	unique,
	year,
	type IsoDate
} from './fields';

/** A NATO member country as `data/nato-members.csv` records it. */
export interface Member {
	iso3: string;
	/** ISO 3166-1 numeric, zero-padded: the world-atlas feature id. */
	id: string;
	name: string;
	/** NATO's spelling in its spending tables; empty for Iceland, which NATO leaves out. */
	nameNato: string;
	/** SIPRI's spelling in its workbooks. */
	nameSipri: string;
	joined: IsoDate;
	wave: string;
	waveOrder: number;
	membersAfterWave: number;
}

export const MEMBER_COLUMNS = [
	'iso3',
	'iso_numeric',
	'name',
	'name_nato',
	'name_sipri',
	'name_world_atlas_110m',
	'name_world_atlas_50m',
	'accession_date',
	'accession_year',
	'wave',
	'wave_order',
	'members_after_wave',
	'in_nato_at_dec_2019',
	'note',
	'date_source'
] as const;

/**
 * Parses `nato-members.csv`. `atlasIds` are the country ids of world-atlas; every member must be one.
 * Checks that codes and dates are well formed and unique, that no one joins after `today` (the build
 * day), that the accession year matches the date, and that each wave's running count equals the
 * number of members who joined up to that wave.
 */
export function parseMembers(
	text: string,
	file: string,
	atlasIds?: ReadonlySet<string>,
	today: IsoDate = buildDay()
): Member[] {
	const rows = parseCsv(text, file, MEMBER_COLUMNS);
	const codes = new Map<string, number>();
	const ids = new Map<string, number>();
	const members = rows.map(({ cells }) => {
		const member: Member = {
			iso3: iso3(cells.iso3!),
			id: isoNumeric(cells.iso_numeric!, atlasIds),
			name: requiredText(cells.name!, 'name'),
			nameNato: cells.name_nato!.value.trim(),
			nameSipri: requiredText(cells.name_sipri!, 'SIPRI name'),
			joined: isoDate(cells.accession_date!, 'accession date', today),
			wave: requiredText(cells.wave!, 'wave'),
			waveOrder: integer(cells.wave_order!, 'wave order'),
			membersAfterWave: integer(cells.members_after_wave!, 'members after wave', 1)
		};
		unique(codes, member.iso3, cells.iso3!, 'ISO code');
		unique(ids, member.id, cells.iso_numeric!, 'numeric code');
		if (
			year(cells.accession_year!, 'accession year', today) !== Number(member.joined.slice(0, 4))
		) {
			throw new DataError(
				cells.accession_year!.at,
				`accession year ${cells.accession_year!.value} differs from the date ${member.joined}`,
				'make the year match the accession date'
			);
		}
		boolean(cells.in_nato_at_dec_2019!, 'in_nato_at_dec_2019');
		return { member, cells };
	});
	for (const { member, cells } of members) {
		const count = members.filter((m) => m.member.joined <= member.joined).length;
		if (count !== member.membersAfterWave) {
			throw new DataError(
				cells.members_after_wave!.at,
				`members after the ${member.wave} wave is ${member.membersAfterWave}, but ${count} members joined by ${member.joined}`,
				'correct the count or the accession dates'
			);
		}
	}
	return members.map((m) => m.member);
}
