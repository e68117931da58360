/**
 * Figure 25 (issue 14): cold start of the desktop app, from launching Electron on the built app
 * (`out/main/index.js`, `npm run build:app`) to an interactive main window: the page loaded on
 * app://flowcase, the bridge present, and the React root drawn. Target <= 1.5 s, median of the
 * runs, each with a fresh user-data folder. Launched with playwright-core's `_electron`; the
 * time includes Electron's own start. Without an Electron binary (none can be downloaded on the
 * project's machines) the figure says "skipped: no Electron binary" and is not judged.
 * The binary is found without `require('electron')`, which would try to download it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { verdict } from './report.mjs';

export const ELECTRON_START_TARGETS = { electronStartS: 1.5 };
const SKIPPED = 'no Electron binary';

function electronBinary(repoRoot) {
  const packageDir = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? path.join(override, executable)
    : path.join(packageDir, 'dist', executable);
  return existsSync(candidate) ? candidate : null;
}

/* global location, window, document -- the waitForFunction body runs in the page. */
async function oneStart(repoRoot, executablePath) {
  const { _electron } = await import('playwright-core');
  const userData = mkdtempSync(path.join(tmpdir(), 'flowcase-start-bench-'));
  const t0 = performance.now();
  const app = await _electron.launch({
    executablePath,
    args: [path.join(repoRoot, 'out/main/index.js'), `--user-data-dir=${userData}`],
  });
  try {
    const page = await app.firstWindow();
    await page.waitForFunction(
      () =>
        location.origin === 'app://flowcase' &&
        typeof window.flowcase === 'object' &&
        document.readyState === 'complete' &&
        (document.getElementById('root')?.childElementCount ?? 0) > 0,
    );
    return (performance.now() - t0) / 1000;
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
}

/** The figure, `{ ok: false, skipped: true, reason }` without Electron, or `{ ok: false, reason }`. */
export async function measureElectronStart(repoRoot, runs) {
  const executablePath = electronBinary(repoRoot);
  if (executablePath === null) return { ok: false, skipped: true, reason: SKIPPED };
  if (!existsSync(path.join(repoRoot, 'out/main/index.js'))) {
    return { ok: false, reason: 'out/main/index.js is not built (npm run build:app)' };
  }
  try {
    const times = [];
    for (let i = 0; i < runs; i++) times.push(await oneStart(repoRoot, executablePath));
    const sorted = [...times].sort((a, b) => a - b);
    return { ok: true, runs, medianS: sorted[Math.floor(runs / 2)], runsS: times };
  } catch (error) {
    return {
      ok: false,
      reason: error instanceof Error ? error.message.split('\n')[0] : String(error),
    };
  }
}

export function judgeElectronStart(figure) {
  if (figure.skipped) return { skipped: figure.reason };
  if (!figure.ok) return { error: figure.reason };
  const { ok: _ok, ...rest } = figure;
  return { ...rest, meets: rest.medianS <= ELECTRON_START_TARGETS.electronStartS };
}

export function electronStartRows(r) {
  const label = '25 Desktop cold start, launch to interactive window';
  const target = `<= ${ELECTRON_START_TARGETS.electronStartS} s`;
  if (r.skipped) return [{ label, measured: `skipped: ${r.skipped}`, target }];
  if (r.error) return [{ label, measured: `failed: ${r.error}`, target }];
  return [
    {
      label,
      measured: `${r.medianS.toFixed(2)} s median`,
      target,
      verdict: verdict(r.meets),
      notes: [
        `Electron on out/main/index.js, fresh user data, until the page on app://flowcase has the bridge and the React root drawn;`,
        `runs ${r.runsS.map((s) => `${s.toFixed(2)} s`).join(', ')}`,
      ],
    },
  ];
}
