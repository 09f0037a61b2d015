// Test fixtures: the committed topologies, read once (tests only).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);
const cache = new Map<string, Topology>();

/** A world-atlas topology (`countries-50m.json`, `countries-10m.json`). */
export function worldAtlas(name: string): Topology {
	const path = require.resolve(`world-atlas/${name}`);
	if (!cache.has(path)) cache.set(path, JSON.parse(readFileSync(path, 'utf8')) as Topology);
	return cache.get(path)!;
}

/** The German Länder (`data/geo/germany-laender*.topojson`). */
export function laender(name = 'germany-laender-simplified.topojson'): Topology {
	const path = `data/geo/${name}`;
	if (!cache.has(path)) cache.set(path, JSON.parse(readFileSync(path, 'utf8')) as Topology);
	return cache.get(path)!;
}
