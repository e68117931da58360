/**
 * Figure 22 (issue 13, "Speed"): a sample's business case PDF from command to file, Chromium
 * start included, target <= 3 s. `flowcase report` runs in a fresh `node` process per run on
 * the invoice sample (written once with `flowcase sample`), exactly as a user types it; the
 * time is the child's wall time, median of the runs. Needs `out/cli` and `out/report` built
 * (`npm run build:cli` builds both) and a Chromium (FLOWCASE_CHROMIUM, else Debian's
 * chromium-headless-shell or chromium: the order of cli/src/report/find-chromium.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { verdict } from './report.mjs';

export const REPORT_TARGETS = { reportS: 3 };
const SAMPLE = 'invoice-processing';

/** The Chromium the command prints with, to name it beside the figure. */
function chromiumUsed() {
  const named = process.env.FLOWCASE_CHROMIUM;
  if (named) return named;
  return ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find(existsSync) ?? 'none';
}

function flowcase(launcher, args) {
  const run = spawnSync(process.execPath, [launcher, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.error !== undefined) throw run.error;
  if (run.status !== 0)
    throw new Error(`flowcase ${args[0]} exited ${run.status}: ${run.stderr.slice(0, 300)}`);
}

/** The figure, or `{ ok: false, reason }`. */
export function measureReport(repoRoot, runs) {
  const launcher = path.join(repoRoot, 'cli', 'bin', 'flowcase.mjs');
  const dir = mkdtempSync(path.join(tmpdir(), 'flowcase-report-bench-'));
  try {
    const file = path.join(dir, `${SAMPLE}.flowcase`);
    flowcase(launcher, ['sample', SAMPLE, '-o', file]);
    const times = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const out = path.join(dir, `report-${i}.pdf`);
      const t0 = performance.now();
      flowcase(launcher, ['report', file, '-o', out]);
      times.push((performance.now() - t0) / 1000);
      bytes = statSync(out).size;
    }
    const sorted = [...times].sort((a, b) => a - b);
    return {
      ok: true,
      sample: SAMPLE,
      chromium: chromiumUsed(),
      runs,
      bytes,
      medianS: sorted[Math.floor(runs / 2)],
      runsS: times,
    };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function judgeReport(figure) {
  if (!figure.ok) return { error: figure.reason };
  const { ok: _ok, ...rest } = figure;
  return { ...rest, meets: rest.medianS <= REPORT_TARGETS.reportS };
}

export function reportRows(r) {
  const label = '24 Business case PDF of a sample, command to file';
  if (r.error) return [{ label, measured: `failed: ${r.error}` }];
  return [
    {
      label,
      measured: `${r.medianS.toFixed(2)} s median`,
      target: `<= ${REPORT_TARGETS.reportS} s`,
      verdict: verdict(r.meets),
      notes: [
        `flowcase report on the ${r.sample} sample in a fresh process, Chromium start included, ${(r.bytes / 1e6).toFixed(1)} MB PDF;`,
        `printed with ${r.chromium};`,
        `runs ${r.runsS.map((s) => `${s.toFixed(2)} s`).join(', ')}`,
      ],
    },
  ];
}
