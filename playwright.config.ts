import { defineConfig } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './tests/e2e/browser';

const port = Number(process.env.HARK_TEST_PORT ?? 4317);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: process.env.CI ? 1 : 2,
	// CI runs the whole suite on a 2-core machine: one retry absorbs a timing hiccup, and the
	// report still lists any test that needed it as flaky.
	retries: process.env.CI ? 1 : 0,
	forbidOnly: true,
	reporter: [['list'], ['./tests/e2e/totals-reporter.ts']],
	timeout: 60_000,
	expect: { timeout: 10_000 },
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: { executablePath: chromiumPath(), args: chromiumFlags },
		serviceWorkers: 'block'
	},
	webServer: {
		command: `node scripts/serve.js ${process.env.HARK_BUILD_DIR ?? 'build'} --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		stdout: 'ignore'
	}
});
