import { expect, test } from '@playwright/test';
import { CHART_IDS, MANIFEST } from './charts';
import { expectFitted } from './hosts/fit';

for (const chart of CHART_IDS) {
	test(`/embed/${chart}/ is not indexed, names the story as canonical and announces its oEmbed JSON`, async ({
		page,
		request
	}) => {
		await page.goto(`/embed/${chart}/`);
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		expect(canonical).toMatch(/^https?:\/\/[^/]+\/(.+\/)?$/);
		const discovery = page.locator('link[rel="alternate"][type="application/json+oembed"]');
		const href = (await discovery.getAttribute('href'))!;
		expect(href).toMatch(new RegExp(`^https?://.+/embed/${chart}/oembed\\.json$`));

		// The JSON itself, from this server (the link's origin is the configured SITE_URL).
		const response = await request.get(new URL(href).pathname);
		expect(response.ok()).toBe(true);
		expect(response.headers()['content-type']).toContain('application/json');
		const json = await response.json();
		const title = (await page.locator('.chart-title').textContent())!.trim();
		const state = await page.locator('figure.chart').getAttribute('data-state');
		expect(json).toMatchObject({
			version: '1.0',
			type: 'rich',
			title,
			provider_url: canonical
		});
		for (const key of ['width', 'height', 'thumbnail_width', 'thumbnail_height'])
			expect(json[key], key).toBeGreaterThan(0);
		expect(json.thumbnail_url).toBe(new URL(`fallback/${chart}/${state}.png`, canonical!).href);
		// The html is the embed code: parse it and check what a CMS will insert.
		const inserted = await page.evaluate((html) => {
			const template = document.createElement('template');
			template.innerHTML = html;
			const iframe = template.content.querySelector('iframe')!;
			const script = template.content.querySelector('script')!;
			return {
				src: iframe.getAttribute('src'),
				title: iframe.getAttribute('title'),
				loading: iframe.getAttribute('loading'),
				marked: iframe.hasAttribute('data-nato-chart'),
				height: Number(iframe.getAttribute('height')),
				script: script.getAttribute('src')
			};
		}, json.html as string);
		expect(inserted).toEqual({
			src: new URL(`embed/${chart}/`, canonical!).href,
			title,
			loading: 'lazy',
			marked: true,
			height: json.height,
			script: new URL('embed.js', canonical!).href
		});
	});

	test(`/embed/${chart}/ without JavaScript shows the build-time PNG and keeps the figure for screen readers`, async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`/embed/${chart}/`);
		const state = await page.locator('figure.chart').getAttribute('data-state');
		const image = page.locator('img.embed-fallback');
		await expect(image).toHaveAttribute('src', new RegExp(`fallback/${chart}/${state}\\.png$`));
		expect(await image.getAttribute('alt')).toBe(
			(await page.locator(`[data-panel="${state}"] [data-description]`).textContent())!.trim()
		);
		expect((await image.boundingBox())!.width).toBeGreaterThan(100);
		expect((await page.locator('figure.chart').boundingBox())!.height).toBeLessThanOrEqual(1);
		await expect(page.locator('figure.chart table[data-table]').first()).toBeAttached();
		await context.close();
	});
}

for (const chart of CHART_IDS) {
	test(`${chart}'s embedHeight is within 10% of the embed's height in a 600 px column`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 600, height: 900 });
		await page.goto(`/embed/${chart}/`);
		await page.evaluate(() => document.fonts.ready);
		const height = await page.evaluate(
			() => document.documentElement.getBoundingClientRect().height
		);
		expect(
			Math.abs(height - MANIFEST.charts.find((c) => c.id === chart)!.embedHeight) / height,
			`measured ${Math.ceil(height)} px: update embedHeight in src/lib/charts/${chart}/definition.ts`
		).toBeLessThanOrEqual(0.1);
	});
}

test('/embed/ gives the code to copy for every chart, and previews each at 320, 600 and 1000 px', async ({
	page,
	context
}) => {
	test.setTimeout(120_000); // six charts load in iframes
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/embed/');
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	for (const chart of CHART_IDS) {
		const section = page.locator(`[data-embed-chart="${chart}"]`);
		const title = (await section.locator('h2').textContent())!.trim();
		const code = (await section.locator('pre code').textContent())!;
		expect(code).toMatch(
			new RegExp(
				`^<iframe src="https?://[^"]+/embed/${chart}/" title="[^"]+" data-nato-chart loading="lazy" width="100%" height="\\d+" style="width:100%;border:0"></iframe>\\n<script src="https?://[^"]+/embed\\.js" async></script>$`
			)
		);
		expect(code).toContain(`title="${title.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`);

		const copy = section.locator('button[data-copy]');
		await expect(copy).toHaveText('Copy the code');
		await copy.click();
		await expect(copy).toHaveText('Copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

		const previews = section.locator('iframe[data-nato-chart]');
		await expect(previews).toHaveCount(3);
		for (const [i, width] of [320, 600, 1000].entries()) {
			const preview = previews.nth(i);
			await preview.evaluate((el) => el.scrollIntoView());
			expect(await preview.evaluate((el) => el.clientWidth)).toBe(width);
			await expectFitted(preview);
		}
	}
});

test('/embed/ gives every story step an embed that shows its state', async ({ page }) => {
	await page.goto('/embed/');
	const steps = page.locator('[data-embed-step]');
	expect(await steps.count()).toBeGreaterThan(0);
	const codes = await steps.locator('pre code').allTextContents();
	const warnings: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'warning') warnings.push(m.text());
	});
	for (const code of codes) {
		const src = /<iframe src="([^"]+)"/.exec(code)![1]!.replaceAll('&amp;', '&');
		const url = new URL(src);
		const state = url.searchParams.get('step')!;
		expect(state).toBeTruthy();
		await page.goto(url.pathname + url.search);
		await expect(page.locator('figure.chart')).toHaveAttribute('data-state', state);
		await expect(page.locator('[data-panel]:not([hidden])')).toHaveCount(1);
		await expect(page.locator(`[data-panel="${state}"]`)).not.toHaveAttribute('hidden');
	}
	expect(warnings).toEqual([]);
});
