import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { Topology, GeometryCollection } from 'topojson-specification';
import { parseMembers, type Member } from '$lib/data/members';
import {
	parseSovietRepublics,
	parseWarsawPact,
	type SovietRepublic,
	type WarsawPactMember
} from '$lib/data/blocs';

/** Everything the charts are drawn from, parsed and validated. */
export interface Dataset {
	members: Member[];
	warsawPact: WarsawPactMember[];
	sovietRepublics: SovietRepublic[];
}

/** The country ids of world-atlas countries-50m (features without an id left out). */
export function atlasIds(): Set<string> {
	const countries = (countries50m as unknown as Topology).objects.countries as GeometryCollection;
	return new Set(countries.geometries.flatMap((g) => (g.id === undefined ? [] : [String(g.id)])));
}

/** Reads and validates the committed data in `dir` (default `data/`); throws a DataError on bad input. */
export function loadDataset(dir = 'data'): Dataset {
	const read = (name: string) => {
		const path = join(dir, name);
		return { text: readFileSync(path, 'utf8'), file: relative(process.cwd(), path) };
	};
	const ids = atlasIds();
	const members = read('nato-members.csv');
	const pact = read('warsaw-pact.csv');
	const soviet = read('soviet-republics.csv');
	return {
		members: parseMembers(members.text, members.file, ids),
		warsawPact: parseWarsawPact(pact.text, pact.file),
		sovietRepublics: parseSovietRepublics(soviet.text, soviet.file, ids)
	};
}

let cached: Dataset | undefined;

/** The dataset, read once per build. */
export function dataset(): Dataset {
	return (cached ??= loadDataset());
}
