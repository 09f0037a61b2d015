import { expect, test, type Page } from '@playwright/test';
import { CHART_IDS } from './charts';
import { seriousViolations } from './axe';
import { expectShown, scrollToStep, steps } from './story-steps';

/**
 * axe-core's default rules find nothing serious or critical on any page, in any theme, in any
 * state of any chart: each embed state light and dark, the story at each of its steps, the index.
 */

/** The keys of the states a chart's embed page holds. */
async function stateKeys(page: Page, chart: string): Promise<string[]> {
	await page.goto(`/embed/${chart}/`);
	return page
		.locator('figure.chart [data-panel]')
		.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.panel!));
}

for (const chart of CHART_IDS) {
	for (const theme of ['light', 'dark']) {
		test(`/embed/${chart}/ in every state, ${theme}: no serious axe violation`, async ({
			page
		}) => {
			test.setTimeout(180_000);
			const found: Record<string, unknown> = {};
			for (const key of await stateKeys(page, chart)) {
				await page.goto(`/embed/${chart}/?step=${key}&theme=${theme}`);
				await expect(page.locator('figure.chart')).toHaveAttribute('data-state', key);
				const violations = await seriousViolations(page);
				if (violations.length > 0) found[key] = violations;
			}
			expect(found).toEqual({});
		});
	}
}

test('/embed/: no serious axe violation', async ({ page }) => {
	await page.goto('/embed/');
	expect(await seriousViolations(page)).toEqual([]);
});

for (const size of [
	{ width: 375, height: 740 },
	{ width: 1280, height: 800 }
]) {
	test(`the story at ${size.width} px, at each step: no serious axe violation`, async ({
		page
	}) => {
		test.setTimeout(180_000);
		await page.setViewportSize(size);
		await page.goto('/');
		const found: Record<string, unknown> = {};
		for (const step of await steps(page)) {
			await scrollToStep(page, step.id);
			await expectShown(page, step);
			// Once the cross-fade is over: half-faded text has too little contrast, for an instant.
			await page.evaluate(() =>
				Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)))
			);
			const violations = await seriousViolations(page);
			if (violations.length > 0) found[step.id] = violations;
		}
		expect(found).toEqual({});
	});
}
