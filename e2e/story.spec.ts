import { expect, test } from '@playwright/test';

test('the story page shows the member count by year without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('h1')).toContainText('NATO');
	await context.close();
});
