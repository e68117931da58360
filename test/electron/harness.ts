/**
 * Fixtures of the desktop suite: the built app (`out/main/index.js`, from `npm run build:app`)
 * launched with Playwright's `_electron`, a fresh user-data folder and a work folder per test,
 * and `stubDialogs`, which replaces only the native dialogs in the main process (as
 * camunda-modeler's e2e harness does) so the suite never waits for a person.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { electronBinary } from './electron-binary';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const binary = electronBinary(repoRoot);

export interface DesktopFixtures {
  workDir: string;
  electronApp: ElectronApplication;
  page: Page;
}

export const test = base.extend<DesktopFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  workDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'flowcase-desktop-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  electronApp: async ({ workDir }, use) => {
    const app = await _electron.launch({
      executablePath: binary ?? undefined,
      args: [
        path.join(repoRoot, 'out/main/index.js'),
        `--user-data-dir=${path.join(workDir, 'user-data')}`,
      ],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    await use(app);
    await app.close();
  },
  page: async ({ electronApp }, use) => {
    const page = await electronApp.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await use(page);
  },
});

/** Makes the next Open/Save dialogs answer `answers` in order (a path, or null to cancel). */
export async function stubDialogs(app: ElectronApplication, answers: (string | null)[]) {
  await app.evaluate(({ dialog }, queued) => {
    const next = () => queued.shift() ?? null;
    dialog.showOpenDialog = () => {
      const file = next();
      return Promise.resolve({ canceled: file === null, filePaths: file ? [file] : [] });
    };
    dialog.showSaveDialog = () => {
      const file = next();
      return Promise.resolve({ canceled: file === null, filePath: file ?? '' });
    };
  }, answers);
}

export { expect } from '@playwright/test';
