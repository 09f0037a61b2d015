import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import { contentFrame, expectFitted } from './hosts/fit';
import { startHostServer, type HostServer } from './hosts/server';

/**
 * The whole story in an iframe on another origin, with the code the /embed/ index gives (our
 * loader): the iframe grows to the story's height, and the HOST page's scrolling drives the story.
 */

let hosts: HostServer;
test.beforeAll(async () => {
	hosts = await startHostServer();
});
test.afterAll(async () => {
	await hosts.close();
});

const SIZES = [
	{ width: 1280, height: 800 },
	{ width: 375, height: 740 }
];

interface StepInfo {
	id: string;
	chart: string;
	state: string;
	/** The description the build gave the step's state (its static figure's alt text). */
	description: string;
}

async function steps(frame: Frame): Promise<StepInfo[]> {
	return frame.locator('[data-step]').evaluateAll((els) =>
		els.map((el) => {
			const step = el as HTMLElement;
			return {
				id: step.dataset.step!,
				chart: step.dataset.chart!,
				state: step.dataset.state!,
				description: step.querySelector('figure[data-print] img')?.getAttribute('alt') ?? ''
			};
		})
	);
}

/** The shown chart's state and its visible panel's description. */
async function shown(frame: Frame): Promise<string> {
	return frame.evaluate(() => {
		const slots = document.querySelectorAll<HTMLElement>('[data-slot][data-shown]');
		const figure = slots.length === 1 ? slots[0]!.querySelector('figure.chart[data-chart]') : null;
		if (!(figure instanceof HTMLElement)) return 'none';
		const panels = figure.querySelectorAll('[data-panel]:not([hidden])');
		const description = panels[0]?.querySelector('[data-description]')?.textContent?.trim();
		return `${figure.dataset.chart}/${figure.dataset.state}: ${panels.length === 1 ? description : 'panels ' + panels.length}`;
	});
}

/** Where a box of the story is in the host's viewport (px), counting any transform. */
async function inHost(iframe: Locator, frame: Frame, selector: string) {
	const inner = await frame.locator(selector).evaluate((el) => {
		const box = el.getBoundingClientRect();
		return { top: box.top, bottom: box.bottom };
	});
	const outer = await iframe.evaluate((el) => el.getBoundingClientRect().top + el.clientTop);
	return { top: outer + inner.top, bottom: outer + inner.bottom };
}

/** Scrolls the host with the mouse wheel (over the host's margin) until step `id` holds its trigger line. */
async function scrollHostToStep(page: Page, iframe: Locator, frame: Frame, id: string) {
	const step = await inHost(iframe, frame, `[data-step="${id}"]`);
	const middle = page.viewportSize()!.height / 2;
	const delta = step.top - middle + Math.min(80, (step.bottom - step.top) / 4);
	await page.mouse.move(4, 4);
	await page.mouse.wheel(0, delta);
	await expect
		.poll(async () => {
			const box = await inHost(iframe, frame, `[data-step="${id}"]`);
			return box.top <= middle && box.bottom > middle;
		})
		.toBe(true);
}

/**
 * The graphic is where `position: sticky` would keep it in a page that scrolls: at the top of its
 * layout until the host scrolls past that, then in the host's viewport, top to bottom.
 */
async function expectGraphicInView(iframe: Locator, frame: Frame, height: number) {
	await expect
		.poll(async () => {
			const graphic = await inHost(iframe, frame, 'div:has(> [data-slot])');
			const layout = await inHost(iframe, frame, 'div:has(> div > [data-slot])');
			const top = Math.min(Math.max(0, layout.top), layout.bottom - height);
			return Math.abs(graphic.top - top) <= 1 && graphic.bottom - graphic.top === height;
		})
		.toBe(true);
}

for (const size of SIZES) {
	test.describe(`the story framed by a host at ${size.width} px`, () => {
		test.use({ viewport: size });

		test('the iframe takes the story’s height and the host’s scrolling drives its graphic', async ({
			page,
			baseURL
		}) => {
			test.setTimeout(120_000);
			const errors: string[] = [];
			page.on('console', (m) => {
				if (m.type() === 'error') errors.push(m.text());
			});
			page.on('pageerror', (e) => errors.push(e.message));
			await page.goto(hosts.url('story', `${baseURL}/`, []));
			const iframe = page.locator('iframe[data-nato-chart]');
			await expect(iframe).toHaveAttribute('src', `${baseURL}/`);
			const height = await expectFitted(iframe);
			const frame = await contentFrame(iframe);

			// One screen in the story is the host's (not the grown iframe's), and the height settles.
			await expect
				.poll(() =>
					frame
						.locator('[data-step]')
						.first()
						.evaluate((el) => el.clientHeight)
				)
				.toBeGreaterThanOrEqual(size.height);
			const list = await steps(frame);
			expect(list.length).toBeGreaterThanOrEqual(9);
			const stepHeight = await frame
				.locator('[data-step]')
				.first()
				.evaluate((el) => el.clientHeight);
			expect(stepHeight).toBeLessThan(size.height * 1.5);
			expect(height).toBeGreaterThan(list.length * size.height);
			await page.waitForTimeout(300);
			expect(Math.abs((await expectFitted(iframe)) - height)).toBeLessThanOrEqual(2);
			// The iframe shows all of the story: it never scrolls itself.
			expect(
				await frame.evaluate(
					() => document.documentElement.scrollHeight - document.documentElement.clientHeight
				)
			).toBeLessThanOrEqual(2);

			for (const step of list) {
				await scrollHostToStep(page, iframe, frame, step.id);
				await expect
					.poll(() => shown(frame))
					.toBe(`${step.chart}/${step.state}: ${step.description}`);
				await expect(frame.locator(`[data-step="${step.id}"]`)).toHaveAttribute('data-active', '');
				await expectGraphicInView(iframe, frame, size.height);
			}
			// And back up: the graphic follows the host upwards as well.
			const first = list[0]!;
			await scrollHostToStep(page, iframe, frame, first.id);
			await expect
				.poll(() => shown(frame))
				.toBe(`${first.chart}/${first.state}: ${first.description}`);
			await expectGraphicInView(iframe, frame, size.height);
			expect(errors).toEqual([]);
		});
	});
}

test('the story framed by its copied code shows its first step before the host scrolls, however late its scripts run', async ({
	page,
	baseURL
}) => {
	test.setTimeout(60_000);
	await page.setViewportSize({ width: 1280, height: 800 });
	// The story's scripts arrive late: the loader has said where the iframe is long before the
	// story listens, and the host does not scroll, so the story must ask.
	await page.route(`${baseURL}/_app/**/*.js`, async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1500));
		await route.continue();
	});
	await page.goto(hosts.url('story', `${baseURL}/`, []));
	const iframe = page.locator('iframe[data-nato-chart]');
	const frame = await contentFrame(iframe);
	const [first] = await steps(frame);
	const expected = `${first!.chart}/${first!.state}: ${first!.description}`;
	// Once the iframe has grown to the whole story, its own window no longer says what the reader
	// sees; the first step must still be the one at the trigger line, and stay so.
	await expect
		.poll(() => iframe.evaluate((el) => el.clientHeight), { timeout: 20_000 })
		.toBeGreaterThan(5 * 800);
	await expectFitted(iframe);
	await expect.poll(() => shown(frame), { timeout: 5_000 }).toBe(expected);
	await expect(frame.locator('[data-step]').first()).toHaveAttribute('data-active', '');
	await page.waitForTimeout(1000);
	expect(await shown(frame)).toBe(expected);
});

test('the story outside an iframe sets no screen height and no pin', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('[data-step]').first()).toBeVisible();
	await page.mouse.wheel(0, 2000);
	await page.waitForTimeout(300);
	const styles = await page.evaluate(() => {
		const slot = document.querySelector('[data-slot]')!;
		const graphic = slot.parentElement!;
		return {
			layout: graphic.parentElement!.getAttribute('style'),
			graphic: graphic.getAttribute('style'),
			translate: getComputedStyle(graphic).translate,
			position: getComputedStyle(graphic).position
		};
	});
	expect(styles).toEqual({ layout: null, graphic: null, translate: 'none', position: 'sticky' });
});

test('/embed/ gives the code that frames the whole story, with the loader', async ({ page }) => {
	await page.goto('/');
	const headline = (await page.locator('h1').textContent())!.trim();
	await page.goto('/embed/');
	const code = (await page.locator('[data-embed-story] pre code').textContent())!;
	const [iframe, script] = code.split('\n');
	const src = /^<iframe src="([^"]+)"/.exec(iframe!)?.[1];
	expect(src).toMatch(/^https?:\/\/.+\/$/);
	const attributes = await page.evaluate((html) => {
		const frame = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe')!;
		return Object.fromEntries([...frame.attributes].map((a) => [a.name, a.value]));
	}, iframe!);
	expect(attributes).toMatchObject({
		src,
		title: headline,
		'data-nato-chart': '',
		loading: 'lazy'
	});
	expect(script).toBe(`<script src="${src}embed.js" async></script>`);
});
