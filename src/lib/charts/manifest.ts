/**
 * The build's list of its charts (`charts.json` at the site's root, from the registry): what the
 * command-line export, the fallback images, the benchmark and the browser tests know of the
 * charts, read from the build rather than from the source.
 */
import type { Chart } from './chart';

/** The file at the build's root. */
export const MANIFEST_FILE = 'charts.json';

export interface ManifestState {
	key: string;
	/** First day a dated state holds. */
	from?: string;
	label: string;
}

export interface ManifestChart {
	id: string;
	title: string;
	stateParam: Chart['stateParam'];
	/** Its iframe's height in a 600 px column before the embed reports its own. */
	embedHeight: number;
	/** Its embed page, relative to the site's root (`embed/membership-map/`). */
	page: string;
	/** The state its embed page shows. */
	defaultKey: string;
	states: ManifestState[];
}

export interface Manifest {
	charts: ManifestChart[];
}

/** The manifest of `charts`. */
export function chartManifest(charts: readonly Chart[]): Manifest {
	return {
		charts: charts.map((chart) => {
			const model = chart.model();
			return {
				id: chart.id,
				title: model.title,
				stateParam: chart.stateParam,
				embedHeight: chart.embedHeight,
				page: `embed/${chart.id}/`,
				defaultKey: model.defaultKey,
				states: model.states.map((s) => ({
					key: s.key,
					...(s.from ? { from: s.from } : {}),
					label: s.label
				}))
			};
		})
	};
}

/** Reads a manifest; throws, naming `file`, when it is not one (an old or broken build). */
export function parseManifest(text: string, file: string): Manifest {
	const fail = (why: string) => {
		throw new Error(`${file}: ${why}; rebuild the site with npm run build`);
	};
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		fail('is not JSON');
	}
	const charts = (data as Partial<Manifest> | null)?.charts;
	if (!Array.isArray(charts) || charts.length === 0) fail('lists no charts');
	for (const c of charts as ManifestChart[])
		if (
			typeof c?.id !== 'string' ||
			typeof c.page !== 'string' ||
			!Array.isArray(c.states) ||
			c.states.length === 0
		)
			fail('holds a chart without an id, a page or states');
	return data as Manifest;
}
