import { expect, test } from '@playwright/test';

test('the story page shows the member count by year without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('h1')).toContainText('NATO');
	await context.close();
});

test("the story page shows NATO's share of world spending for 2018 and 2019 with SIPRI as source, without JavaScript", async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	const rows = page.locator('table[data-share] tbody tr');
	await expect(rows).toHaveCount(2);
	await expect(rows.nth(0).locator('td')).toHaveText(['2018', '53.0%']);
	await expect(rows.nth(1).locator('td')).toHaveText(['2019', '54.0%']);
	await expect(page.locator('table[data-share] + [data-source]')).toHaveText(
		'Source: SIPRI Military Expenditure Database 2020'
	);
	await context.close();
});
