import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

const PORT = 4399;
const root = fileURLToPath(new URL('..', import.meta.url));
// Browser downloads are impossible here: use Debian's Chromium when it is installed.
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export default defineConfig({
	testDir: './e2e',
	outputDir: './.output/e2e-results',
	forbidOnly: !!process.env.CI,
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: [['list'], ['json', { outputFile: './.output/e2e.json' }]],
	use: {
		...devices['Desktop Chrome'],
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions: {
			executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
			// Keep Chromium from phoning home: this machine's network is closed, and no request
			// may leave the site under test anyway.
			args: [
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		},
	},
	webServer: {
		// Serves the already-built `dist/` as a static host would, with the headers of dist/_headers
		// (the CSP header among them) on every response.
		command: `node tests/e2e/static-server.ts ${PORT}`,
		cwd: root,
		url: `http://127.0.0.1:${PORT}/`,
		// Never someone else's: a server left on the port by another checkout serves another dist/.
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
