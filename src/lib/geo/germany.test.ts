import { describe, expect, it } from 'vitest';
import { geoArea, geoLength } from 'd3';
import { gdrShape, innerGermanBorder, landShape } from './germany';
import { EARTH_RADIUS_KM } from './shared-borders';
import { laender } from './world.fixture';

const km2 = (a: number) => a * EARTH_RADIUS_KM ** 2;

describe('divided Germany from the Länder', () => {
	const topology = laender();

	it('gdrShape(laender) is the five eastern Länder: about 107,600 km² (108,466 with Berlin, data/geo)', () => {
		const gdr = km2(geoArea(gdrShape(topology)));
		const berlin = km2(geoArea(landShape(topology, 'DE-BE')));
		expect(gdr + berlin).toBeCloseTo(108_466, -2);
		expect(berlin).toBeGreaterThan(800);
		expect(berlin).toBeLessThan(1000);
	});

	it('landShape(laender, "DE-SL") is the Saarland (2,570 km² officially; generalised, within 5%)', () => {
		const area = km2(geoArea(landShape(topology, 'DE-SL')));
		expect(Math.abs(area / 2570 - 1)).toBeLessThan(0.05);
	});

	it('innerGermanBorder(laender) is one line from the Baltic to the Czech border, 876 km long in the simplified file', () => {
		expect(geoLength(innerGermanBorder(topology)) * EARTH_RADIUS_KM).toBeCloseTo(876, -1);
	});

	it('landShape fails on an unknown Land', () => {
		expect(() => landShape(topology, 'DE-XX')).toThrow('no Land with code DE-XX');
	});
});
