/**
 * End-to-end tests (`npm run test:e2e`), two projects:
 * - web: specs in test/e2e run against the web build served by `scripts/web.mjs` on
 *   127.0.0.1:4817, in Debian's Chromium (never `npx playwright install`: downloads fail here).
 * - electron: specs in test/electron launch the built desktop app (`out/main/index.js`, from
 *   `npm run build:app`) with Playwright's `_electron`; without an Electron binary they skip
 *   and say so in one line. The web server is not started for a run of only this project
 *   (`npx playwright test test/electron` or `--project=electron`).
 * One worker, no retries: e2e tests must not share state or be flaky.
 */
import { defineConfig, devices } from '@playwright/test';
import { HEADLESS_CHROMIUM_ARGS } from './cli/src/report/chromium-args';

/** FLOWCASE_E2E_PORT lets two checkouts on one machine run their e2e tests side by side. */
const PORT = Number(process.env['FLOWCASE_E2E_PORT'] ?? 4817);
const baseURL = `http://127.0.0.1:${PORT}`;

/** True when this run asks only for the desktop suite, which needs no web server. */
const electronOnly = (() => {
  const args = process.argv.slice(2);
  const files = args.filter((arg) => !arg.startsWith('-') && arg !== 'test');
  const onlyFiles = files.length > 0 && files.every((arg) => arg.includes('test/electron'));
  return onlyFiles || args.includes('--project=electron');
})();

export default defineConfig({
  projects: [
    { name: 'web', testDir: 'test/e2e' },
    // Electron brings its own Chromium: the browser options under `use` do not apply there.
    { name: 'electron', testDir: 'test/electron', timeout: 60_000 },
  ],
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
      args: [...HEADLESS_CHROMIUM_ARGS],
    },
  },
  webServer: electronOnly
    ? undefined
    : {
        command: 'node scripts/web.mjs',
        env: { PORT: String(PORT) },
        url: `${baseURL}/`,
        reuseExistingServer: !process.env['CI'],
        timeout: 120_000,
        stdout: 'pipe',
      },
});
