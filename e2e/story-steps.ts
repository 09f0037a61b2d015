/** The story's steps as the page lists them, and scrolling to one, for the story's browser tests. */
import { expect, type Page } from '@playwright/test';

export interface StepInfo {
	id: string;
	chart: string;
	state: string;
}

/** The steps, in order, from their elements' data attributes. */
export async function steps(page: Page): Promise<StepInfo[]> {
	return page.locator('[data-step]').evaluateAll((els) =>
		els.map((el) => ({
			id: (el as HTMLElement).dataset.step!,
			chart: (el as HTMLElement).dataset.chart!,
			state: (el as HTMLElement).dataset.state!
		}))
	);
}

/** The step whose box holds the trigger line (middle of the viewport), as geometry says. */
export async function stepInView(page: Page): Promise<string> {
	return page.evaluate(() => {
		const line = innerHeight / 2;
		const els = [...document.querySelectorAll<HTMLElement>('[data-step]')];
		let id = els[0]!.dataset.step!;
		for (const el of els) if (el.getBoundingClientRect().top <= line) id = el.dataset.step!;
		return id;
	});
}

/** Scrolls with the mouse wheel until `id`'s top is just above the trigger line. */
export async function scrollToStep(page: Page, id: string): Promise<void> {
	const delta = await page.evaluate((id) => {
		const box = document.querySelector(`[data-step="${id}"]`)!.getBoundingClientRect();
		return box.top - innerHeight / 2 + Math.min(80, box.height / 4);
	}, id);
	await page.mouse.move(10, 10);
	await page.mouse.wheel(0, delta);
	await expect.poll(() => stepInView(page)).toBe(id);
}

/** Waits until the graphic shows `step`'s chart, in its state, as the shown slot. */
export async function expectShown(page: Page, step: StepInfo): Promise<void> {
	await expect(page.locator(`[data-step="${step.id}"]`)).toHaveAttribute('data-active', '');
	await expect(
		page.locator(`[data-slot="${step.chart}"][data-shown] figure.chart`)
	).toHaveAttribute('data-state', step.state);
}
