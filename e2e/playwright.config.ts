import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from '../scripts/lib/chromium';

/**
 * The site's port: E2E_PORT if set (a server already there is reused outside CI); otherwise the
 * server takes any free port and prints it, and Playwright hands it to the workers as E2E_PORT.
 */
const fixedPort = process.env.E2E_PORT;
const port = Number(fixedPort ?? 0);

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
	// The built folder itself, as a static host serves it (fallback PNGs included).
	webServer: fixedPort
		? {
				command: `npx tsx scripts/serve.ts --port ${port}`,
				cwd: '..',
				port,
				reuseExistingServer: !process.env.CI
			}
		: {
				command: 'npx tsx scripts/serve.ts --port 0',
				cwd: '..',
				wait: { stdout: /serve: .* on http:\/\/localhost:(?<e2e_port>\d+)\// }
			}
});
