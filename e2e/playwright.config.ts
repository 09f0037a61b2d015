import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from '../scripts/lib/chromium';

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: '.',
	outputDir: '../test-results',
	snapshotPathTemplate: '{testDir}/snapshots/{testFilePath}/{arg}{ext}',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: process.env.CI
		? [['list']]
		: [['list'], ['html', { outputFolder: 'report', open: 'never' }]],
	expect: { toHaveScreenshot: { maxDiffPixelRatio: 0.002, animations: 'disabled' } },
	use: {
		baseURL: `http://localhost:${port}`,
		launchOptions: launchOptions(),
		trace: 'retain-on-failure'
	},
	projects: [
		{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: launchOptions() } }
	],
	webServer: {
		// The built folder itself, as a static host serves it (fallback PNGs included).
		command: `npx tsx scripts/serve.ts --port ${port}`,
		cwd: '..',
		port,
		reuseExistingServer: !process.env.CI
	}
});
