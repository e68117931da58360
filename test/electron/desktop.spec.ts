/**
 * The desktop app end to end, in Electron itself: open a sample, edit, save, reopen, export
 * the PDF, and the security promises checked in the live app. Runs wherever an Electron binary
 * exists; elsewhere every test skips with one line saying why (NO_ELECTRON).
 * The document is driven through `window.flowcase` (the same bridge the renderer calls), so
 * these tests hold whatever the renderer's buttons look like.
 */
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { NO_ELECTRON } from './electron-binary';
import { binary, expect, repoRoot, stubDialogs, test } from './harness';

if (binary === null) console.log(NO_ELECTRON);
test.skip(binary === null, NO_ELECTRON);

// The suite runs the desktop build of this checkout: build it first (main, preload, renderer).
test.beforeAll(async () => {
  test.setTimeout(300_000);
  const { build } = await import('electron-vite');
  await build({ logLevel: 'warn' });
});

const SAMPLE = path.join(repoRoot, 'test/fixtures/models/mm1.flowcase');

test.describe('security in the live app', () => {
  test('given the main window, then no Node in the page and exactly the bridge', async ({
    page,
  }) => {
    expect(page.url()).toMatch(/^app:\/\/flowcase\//);
    const seen = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      keys: Object.keys((window as unknown as { flowcase: object }).flowcase).sort(),
    }));
    expect(seen.require).toBe('undefined');
    expect(seen.process).toBe('undefined');
    expect(seen.keys).toEqual(
      [
        'closeWindow',
        'exportPdf',
        'onFileChangedOnDisk',
        'onFileOpened',
        'onMenuCommand',
        'open',
        'openDropped',
        'reload',
        'reportInput',
        'reportReady',
        'save',
        'saveAs',
        'setDocumentState',
        'startInfo',
      ].sort(),
    );
  });

  test('given a foreign URL, when the page navigates, then it stays on the app', async ({
    page,
  }) => {
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/flowcase\//);
  });

  test('given the app at work, then no request leaves the app origin', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.evaluate(() => fetch('https://example.com/').catch(() => null));
    await page.reload();
    await page.waitForLoadState('networkidle');
    const foreign = requests.filter((url) => !/^(app:\/\/flowcase|data:|blob:)/.test(url));
    // The fetch above is attempted and must have been cancelled by the session.
    expect(foreign.every((url) => url.startsWith('https://example.com'))).toBe(true);
    const reached = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => true,
        () => false,
      ),
    );
    expect(reached).toBe(false);
  });

  test('given the page, when it asks for report input, then it is forbidden', async ({ page }) => {
    const answer = await page.evaluate(() =>
      (
        window as unknown as { flowcase: { reportInput(): Promise<unknown> } }
      ).flowcase.reportInput(),
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

test.describe('a document from open to PDF', () => {
  test('given a sample, when opened, edited, saved, reopened and exported, then each file is right', async ({
    electronApp,
    page,
    workDir,
  }) => {
    const file = path.join(workDir, 'Sample.flowcase');
    await copyFile(SAMPLE, file);
    const saved = path.join(workDir, 'Saved.flowcase');
    const pdf = path.join(workDir, 'Business case');
    await stubDialogs(electronApp, [file, saved, pdf]);

    type Bridge = Record<string, (payload?: unknown) => Promise<{ ok: boolean; value?: unknown }>>;
    const call = (name: string, payload?: unknown) =>
      page.evaluate(([n, p]) => (window as unknown as { flowcase: Bridge }).flowcase[n]!(p), [
        name,
        payload,
      ] as const);

    const opened = await call('open');
    expect(opened).toMatchObject({ ok: true, value: { kind: 'opened', file: { path: file } } });
    const text = (opened.value as { file: { text: string } }).file.text;
    await expect
      .poll(() =>
        electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle()),
      )
      .toContain('Sample.flowcase');

    await call('setDocumentState', { path: file, name: 'Sample.flowcase', dirty: true });
    const edited = text.replace(/"name"\s*:\s*"[^"]*"/, '"name": "Edited in the desktop suite"');
    const answer = await call('saveAs', { text: edited, suggestedName: 'Sample.flowcase' });
    expect(answer).toMatchObject({ ok: true, value: { kind: 'saved', file: { path: saved } } });
    expect(await readFile(saved, 'utf8')).toBe(edited);

    expect(await call('reload')).toMatchObject({ ok: true, value: { file: { text: edited } } });

    const targetId = (JSON.parse(edited) as { maps: { targets: { id: string }[] } }).maps.targets[0]
      ?.id;
    const exported = await call('exportPdf', {
      text: edited,
      targetId: targetId ?? 'none',
      paper: 'a4',
      seed: 1,
      suggestedName: 'Business case.pdf',
    });
    if (exported.ok) {
      const bytes = await readFile(`${pdf}.pdf`);
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    } else {
      // A sample without that target is refused in words, never with a stack trace.
      expect(JSON.stringify(exported)).not.toMatch(/\n\s+at /);
    }
  });
});
