import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { atlasNames, keyFeatures } from './atlas-keys';
import { worldAtlas } from './world.fixture';

const world = worldAtlas('countries-50m.json');
const KOSOVO = new Map([['Kosovo', 'XKX']]);

describe('keyFeatures and atlasNames', () => {
	it('atlasNames(world) gives each name its id, and none to Kosovo', () => {
		const names = atlasNames(world);
		expect(names.get('Serbia')).toBe('688');
		expect(names.get('Bosnia and Herz.')).toBe('070');
		expect(names.has('Kosovo')).toBe(true);
		expect(names.get('Kosovo')).toBeUndefined();
	});

	it('keyFeatures(world, {Kosovo: XKX}) gives Kosovo the key as its id and leaves the rest alone', () => {
		const keyed = keyFeatures(world, KOSOVO);
		const features = (
			feature(keyed, keyed.objects.countries as GeometryCollection) as unknown as FeatureCollection
		).features;
		const kosovo = features.filter((f) => f.id === 'XKX');
		expect(kosovo).toHaveLength(1);
		expect(kosovo[0]!.properties).toEqual({ name: 'Kosovo' });
		expect(features.filter((f) => f.id === undefined)).toHaveLength(4);
		expect(features.find((f) => f.id === '688')!.properties).toEqual({ name: 'Serbia' });
		expect(atlasNames(world).get('Kosovo')).toBeUndefined();
	});

	it.each([
		[new Map([['Kosova', 'XKX']]), 'no feature "Kosova" without an id'],
		[new Map([['Serbia', 'SRB']]), 'no feature "Serbia" without an id'],
		[new Map([['Kosovo', '688']]), 'the key 688 of "Kosovo" is already a world-atlas id']
	])('keyFeatures(world, %j) fails with a clear message', (keys, message) => {
		expect(() => keyFeatures(world, keys)).toThrow(message);
	});
});
