import { describe, expect, it } from 'vitest';
import type { ChartId } from '$lib/charts/model';
import { chartModel, isChartId } from './models.server';

describe('chartModel', () => {
	it.each(['constructor', '__proto__', 'toString'])(
		'isChartId("%s") is false and chartModel throws, naming the charts',
		(id) => {
			expect(isChartId(id)).toBe(false);
			expect(() => chartModel(id as ChartId)).toThrow(
				`embed: no chart "${id}"; the charts are membership-map, defence-spending`
			);
		}
	);
});
