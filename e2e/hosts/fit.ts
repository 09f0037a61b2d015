/** Measuring an embed's iframe against its content, for the embed tests. */
import { expect, type Frame, type Locator } from '@playwright/test';

/** The frame inside an iframe element, once its page (not the initial about:blank) has loaded. */
export async function contentFrame(iframe: Locator): Promise<Frame> {
	const current = async () => (await iframe.elementHandle())?.contentFrame();
	// A lazy iframe starts on about:blank and navigates when it nears the viewport.
	await expect.poll(async () => (await current())?.url() ?? 'about:blank').not.toBe('about:blank');
	const frame = await current();
	if (!frame) throw new Error('fit: the iframe has no frame');
	await frame.waitForLoadState('load');
	return frame;
}

/** The iframe's inner height on the host page, and the height the embed's content takes. */
export async function heights(iframe: Locator): Promise<{ iframe: number; content: number }> {
	const frame = await contentFrame(iframe);
	const content = await frame.evaluate(() => {
		const main = document.querySelector('main');
		return main ? main.getBoundingClientRect().bottom + window.scrollY : NaN;
	});
	return { iframe: await iframe.evaluate((el) => el.clientHeight), content };
}

/** Waits until the iframe's height is within 2 px of its content's; returns the content height. */
export async function expectFitted(iframe: Locator): Promise<number> {
	await expect
		.poll(async () => {
			const h = await heights(iframe);
			return Math.abs(h.iframe - h.content);
		})
		.toBeLessThanOrEqual(2);
	return (await heights(iframe)).content;
}
