import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sizeFor, sizeNamed, SIZES, yearTicks } from './sizes';

const component = readFileSync(new URL('./DefenceSpending.svelte', import.meta.url), 'utf8');

describe('SIZES', () => {
	it('run from small to large; each is shown only from its own width (text never shrinks)', () => {
		expect(SIZES[0]!.from).toBe(0);
		for (let i = 1; i < SIZES.length; i++) {
			expect(SIZES[i]!.from).toBeGreaterThan(SIZES[i - 1]!.from);
			expect(SIZES[i]!.width).toBeLessThanOrEqual(SIZES[i]!.from);
		}
	});
	it.each([
		[304, 'compact'],
		[479, 'compact'],
		[480, 'medium'],
		[1264, 'wide'],
		[1600, 'wide']
	])('sizeFor(%d) → %s', (width, name) => expect(sizeFor(width).name).toBe(name));
	it('sizeNamed(unknown) throws with the sizes', () => {
		expect(() => sizeNamed('huge')).toThrow(/the sizes are compact, medium, regular, wide/);
	});
	it("DefenceSpending.svelte's container queries switch at each size's width", () => {
		const queries = [...component.matchAll(/@container \(min-width: (\d+)px\)/g)].map((m) =>
			Number(m[1])
		);
		expect(queries).toEqual(SIZES.slice(1).map((s) => s.from));
		for (const size of SIZES) expect(component).toContain(`.ds-size[data-size='${size.name}']`);
	});
	it("DefenceSpending.svelte's --chart-aspect is that of the tallest size from 480 px on", () => {
		const aspect = Number(/--chart-aspect: ([\d.]+);/.exec(component)![1]);
		const tallest = Math.min(...SIZES.filter((s) => s.from >= 480).map((s) => s.width / s.height));
		expect(aspect).toBeCloseTo(tallest, 3);
	});
});

describe('yearTicks(first, last, step)', () => {
	it.each([
		[1988, 2024, 10, [1990, 2000, 2010, 2020]],
		[1988, 2024, 5, [1990, 1995, 2000, 2005, 2010, 2015, 2020]],
		[1990, 2000, 5, [1990, 1995, 2000]]
	])('yearTicks(%d, %d, %d) → %j', (first, last, step, ticks) =>
		expect(yearTicks(first, last, step)).toEqual(ticks)
	);
});
