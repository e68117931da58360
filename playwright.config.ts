/**
 * End-to-end tests (`npm run test:e2e`): specs in test/e2e run against the web build served by
 * `scripts/web.mjs` on 127.0.0.1:4817, in Debian's Chromium (never `npx playwright install`:
 * downloads fail here). One worker, no retries: e2e tests must not share state or be flaky.
 */
import { defineConfig, devices } from '@playwright/test';

/** FLOWCASE_E2E_PORT lets two checkouts on one machine run their e2e tests side by side. */
const PORT = Number(process.env['FLOWCASE_E2E_PORT'] ?? 4817);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: 'list',
  timeout: 30_000,
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    headless: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: 'node scripts/web.mjs',
    env: { PORT: String(PORT) },
    url: `${baseURL}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 120_000,
    stdout: 'pipe',
  },
});
