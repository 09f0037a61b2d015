import { describe, expect, it } from 'vitest';
import { keyFeatures } from './atlas-keys';
import { buildMapGeometry, type MapGeometryInput } from './map-geometry';
import { pairKey } from './pair-key';
import { pathSegments } from './segments.fixture';
import { laender, worldAtlas } from './world.fixture';

// The former Yugoslavia in world-atlas 50m (Kosovo keyed XKX) and two neighbours.
const PARTS = ['705', '191', '070', '688', '499', '807', 'XKX'];
const HUNGARY = '348';
const ALBANIA = '008';
const world = keyFeatures(worldAtlas('countries-50m.json'), new Map([['Kosovo', 'XKX']]));

/** Every border between two parts drawn in line `YUG`, but Serbia–Kosovo's in line `XKX`. */
function yugoslavBorders(): Map<string, string> {
	const lines = new Map<string, string>();
	PARTS.forEach((a, i) => {
		for (const b of PARTS.slice(i + 1)) lines.set(pairKey(a, b), 'YUG');
	});
	lines.set(pairKey('688', 'XKX'), 'XKX');
	return lines;
}

function geometry(innerBorders: ReadonlyMap<string, string>) {
	const input: MapGeometryInput = {
		world,
		laender: laender(),
		ids: new Set([...PARTS, HUNGARY, ALBANIA]),
		unions: new Map(),
		outlined: [],
		innerBorders,
		pairs: [
			['191', HUNGARY],
			[ALBANIA, 'XKX']
		],
		overlays: [],
		outlinedOverlays: [],
		clipTo: '276'
	};
	return buildMapGeometry(input).markup;
}

const path = (markup: string, attribute: string) =>
	new RegExp(`<path class="[^"]*" ${attribute} d="([^"]*)"`).exec(markup)?.[1] ?? '';
/** The borders always drawn, in the main frame. */
const borders = (markup: string) =>
	/<g data-frame="main">.*?<path class="mm-b" d="([^"]*)"/.exec(markup)![1]!;

describe('buildMapGeometry({ innerBorders })', () => {
	const plain = geometry(new Map());
	const union = geometry(yugoslavBorders());

	it('buildMapGeometry gives Kosovo, which world-atlas has without an id, a path of its own by its key', () => {
		expect(union).toMatch(/<path class="mm-c" data-id="XKX" d="M/);
		for (const id of PARTS) expect(union).toContain(`data-id="${id}"`);
	});

	it('buildMapGeometry draws the borders inside a union only in its switched lines, never among the borders always drawn', () => {
		const always = pathSegments(borders(union));
		const yug = pathSegments(path(union, 'data-line="YUG"'));
		const kosovo = pathSegments(path(union, 'data-line="XKX"'));
		expect(yug.size).toBeGreaterThan(50);
		expect(kosovo.size).toBeGreaterThan(3);
		for (const s of [...yug, ...kosovo]) expect(always.has(s)).toBe(false);
		// Without innerBorders the same segments are borders drawn at all times.
		const before = pathSegments(borders(plain));
		for (const s of [...yug, ...kosovo]) expect(before.has(s)).toBe(true);
		expect(plain).not.toContain('data-line="YUG"');
	});

	it('buildMapGeometry keeps the outer borders of a union among the borders always drawn (Croatia–Hungary, Kosovo–Albania)', () => {
		const always = pathSegments(borders(union));
		for (const pair of [pairKey('191', HUNGARY), pairKey(ALBANIA, 'XKX')]) {
			const line = pathSegments(path(union, `data-pair="${pair}"`));
			expect(line.size, pair).toBeGreaterThan(2);
			for (const s of line) expect(always.has(s)).toBe(true);
		}
	});
});
