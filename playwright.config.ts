/**
 * Playwright drives Debian's Chromium (test tools cannot download browsers here) against the test
 * environment that dev/test.sh starts; NOTFOUND_TEST_URL says where it is.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig( {
	testDir: './tests/e2e',
	// Per port: test runs on other ports may run at the same time.
	outputDir: `./.state/playwright-${ process.env.NOTFOUND_TEST_PORT ?? '8889' }`,
	fullyParallel: false,
	workers: 1,
	retries: 0,
	forbidOnly: true,
	reporter: [ [ 'list' ] ],
	use: {
		baseURL: process.env.NOTFOUND_TEST_URL ?? 'http://localhost:8889',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		},
	},
} );
