import { describe, expect, it } from 'vitest';
import { islandMarkup } from './islands';
import { defenceSpendingModel, spendingIsland } from './defence-spending';
import { registerIslands } from './page-islands';

registerIslands();

describe('defence-spending islands', () => {
	it('islandMarkup("defence-spending/claim-2019-compact") is the SVG of that state and size', () => {
		const svg = islandMarkup('defence-spending/claim-2019-compact');
		expect(svg).toMatch(/^<svg[^>]* viewBox="0 0 320 320"/);
		expect(svg).toContain('$1,035.2 bn');
	});
	it.each(['share', 'share-huge', 'nothing-compact', ''])(
		'spendingIsland(%j) throws, listing states and sizes',
		(name) => {
			expect(() => spendingIsland(name)).toThrow(
				/states world, share, claim-2019, us-share, latest, sizes compact/
			);
		}
	);
});

describe('defenceSpendingModel()', () => {
	it('is small enough to pass through page data: no SVG in it', () => {
		const json = JSON.stringify(defenceSpendingModel());
		expect(json).not.toContain('<svg');
		expect(json.length).toBeLessThan(40_000);
	});
});
