import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { Topology, GeometryCollection } from 'topojson-specification';
import { buildDay } from '$lib/data/build-day';
import type { IsoDate } from '$lib/data/fields';
import { parseMembers, type Member } from '$lib/data/members';
import {
	parseSovietRepublics,
	parseWarsawPact,
	type SovietRepublic,
	type WarsawPactMember
} from '$lib/data/blocs';
import { DataError } from '$lib/data/errors';
import { parseNatoOfficial, type NatoFigure } from '$lib/data/nato-official';
import {
	parseSipriReleases,
	parseSpendingRelease,
	SIPRI_RELEASES_FILE,
	spendingFiles,
	type SpendingRelease
} from '$lib/data/spending';

/** Everything the charts are drawn from, parsed and validated. */
export interface Dataset {
	members: Member[];
	warsawPact: WarsawPactMember[];
	sovietRepublics: SovietRepublic[];
	/** SIPRI releases imported into data/spending/, oldest first. */
	spending: SpendingRelease[];
	/** NATO's own expenditure figures (editions 2019-06 and 2024-06). */
	natoOfficial: NatoFigure[];
}

/** The country ids of world-atlas countries-50m (features without an id left out). */
export function atlasIds(): Set<string> {
	const countries = (countries50m as unknown as Topology).objects.countries as GeometryCollection;
	return new Set(countries.geometries.flatMap((g) => (g.id === undefined ? [] : [String(g.id)])));
}

/**
 * Reads and validates the committed data in `dir` (default `data/`), with no date after `today`
 * (the build day); throws a DataError on bad input.
 */
export function loadDataset(dir = 'data', today: IsoDate = buildDay()): Dataset {
	const read = (name: string) => {
		const path = join(dir, name);
		return { text: readFileSync(path, 'utf8'), file: relative(process.cwd(), path) };
	};
	const ids = atlasIds();
	const members = read('nato-members.csv');
	const pact = read('warsaw-pact.csv');
	const soviet = read('soviet-republics.csv');
	const official = read('nato/milex-nato-official.csv');
	const memberList = parseMembers(members.text, members.file, ids, today);
	return {
		members: memberList,
		warsawPact: parseWarsawPact(pact.text, pact.file, today),
		sovietRepublics: parseSovietRepublics(soviet.text, soviet.file, ids),
		spending: loadSpending(join(dir, 'spending'), memberList, today),
		natoOfficial: parseNatoOfficial(official.text, official.file, memberList, today)
	};
}

/** The releases listed in `sipri-releases.csv`, each with its three files. */
function loadSpending(dir: string, members: Member[], today: IsoDate): SpendingRelease[] {
	const list = join(dir, SIPRI_RELEASES_FILE);
	const read = (name: string, line: number) => {
		const path = join(dir, name);
		const file = relative(process.cwd(), path);
		try {
			return { text: readFileSync(path, 'utf8'), file };
		} catch {
			throw new DataError(
				{ file: relative(process.cwd(), list), line, column: 1 },
				`${file} is missing`,
				'run npm run data:import -- --sipri <workbook> for that release, or remove its row'
			);
		}
	};
	const releases = parseSipriReleases(
		read(SIPRI_RELEASES_FILE, 1).text,
		relative(process.cwd(), list),
		today
	);
	return releases
		.map((release, i) => {
			const names = spendingFiles(release.release);
			const files = {
				series: read(names.series, i + 2),
				members: read(names.members, i + 2),
				gaps: read(names.gaps, i + 2)
			};
			return parseSpendingRelease(release, files, members);
		})
		.sort((a, b) => a.release - b.release);
}

let cached: Dataset | undefined;

/** The dataset, read once per build. */
export function dataset(): Dataset {
	return (cached ??= loadDataset());
}
