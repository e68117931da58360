/**
 * The engines off the main thread in the built app (issue 12): a 200 000-case simulation of
 * the first sample's current map runs in module Web Workers through the app's engine client
 * (reached through `?engine-test`, renderer/src/engine/test-hook.ts) while a
 * PerformanceObserver watches the main thread for long tasks; its figures equal
 * `flowcase simulate --json` of the same file, seed and options; so do a target's, with its
 * automation shares and cycle-time histogram. Also cancel, and the business case against
 * `flowcase roi --json`.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { simulationReport } from '../../cli/src/commands/simulate-report';
import { roiReport } from '../../cli/src/commands/roi-report';
import { parseProject, type Project } from '../../shared/model';
import type { BusinessCase } from '../../renderer/src/engine/engine-client';
import type { EngineTestHook } from '../../renderer/src/engine/test-hook';
import { ensureCurrentBundle, flowcase } from '../support/cli-bundle';
import { expect, test } from './fixtures';

declare global {
  interface Window {
    __flowcaseEngine?: EngineTestHook;
  }
}

const SEED = 7;
const CASES = 200_000;
const REPLICATIONS = 2;

let file = '';
let project: Project;

test.beforeAll(() => {
  ensureCurrentBundle();
  file = join(mkdtempSync(join(tmpdir(), 'flowcase-e2e-engine-')), 'invoices.flowcase');
  expect(flowcase(['sample', 'invoice-processing', '-o', file]).status).toBe(0);
  const parsed = parseProject(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error('the sample written by the CLI does not parse');
  project = parsed.project;
});

/** The app with its engine client, and every console warning it gives. */
async function openApp(page: Page): Promise<string[]> {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto('/?engine-test');
  await page.waitForFunction(() => window.__flowcaseEngine !== undefined);
  return warnings;
}

test('a 200 000-case simulation runs in workers, the main thread stays free, and equals the CLI', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // given the app on the first sample, and the CLI's answer for the same file and options
  const warnings = await openApp(page);
  const cli = flowcase(
    ['simulate', file, '--cases', String(CASES), '--replications', String(REPLICATIONS)].concat([
      '--seed',
      String(SEED),
      '--json',
    ]),
    180_000,
  );
  expect(cli.status, cli.stderr).toBe(0);
  // when the app simulates the current map while long tasks are recorded
  const run = await page.evaluate(
    async ({ project, cases, replications, seed }) => {
      const longTasks: { startTime: number; duration: number }[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          longTasks.push({ startTime: e.startTime, duration: e.duration });
      });
      observer.observe({ type: 'longtask' });
      const shares: number[] = [];
      const started = performance.now();
      const result = await window.__flowcaseEngine!.client.runSimulation(
        project,
        project.maps.current.id,
        { cases, replications, seed },
        { onProgress: (share) => shares.push(share) },
      );
      const ended = performance.now();
      // Long-task entries arrive after their task: give the last one time to come in.
      await new Promise((resolve) => setTimeout(resolve, 200));
      observer.disconnect();
      return {
        result,
        shares,
        ms: ended - started,
        longTasks: longTasks.filter((t) => t.startTime >= started && t.startTime <= ended),
      };
    },
    { project, cases: CASES, replications: REPLICATIONS, seed: SEED },
  );
  // then no main-thread task took over 50 ms while it ran, and it ran in workers
  expect(run.longTasks, `long tasks during a run of ${Math.round(run.ms)} ms`).toEqual([]);
  expect(warnings.filter((w) => w.includes('main thread'))).toEqual([]);
  // and progress rose step by step to 1
  expect(run.shares.length).toBeGreaterThan(3);
  run.shares.forEach((s, i) => expect(s).toBeGreaterThanOrEqual(run.shares[i - 1] ?? 0));
  expect(run.shares.at(-1)).toBe(1);
  // and its figures are the CLI's, field for field: counts, names and words exactly, and
  // fractions to 1e-9. Chromium's V8 and Node's V8 round a few floating-point operations of
  // the sampling differently in the last bits (same events and cases, figures that differ
  // after the 12th digit), so byte equality holds within one engine (the next test) but not
  // across the two.
  const result = run.result;
  expect(result.status).toBe('ok');
  const report = simulationReport(project, project.maps.current, result);
  expectSameFigures(JSON.parse(JSON.stringify(report)), JSON.parse(cli.stdout), 'simulate');
});

test('a target with AI steps: its automation shares and histogram equal the CLI', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // given the app and the CLI's answer for the first target, which has AI steps
  await openApp(page);
  const target = project.maps.targets[0]!;
  const options = { cases: 20_000, replications: 3, seed: SEED };
  const cli = flowcase(
    ['simulate', file, '--map', target.id, '--cases', String(options.cases)].concat([
      '--replications',
      String(options.replications),
      '--seed',
      String(options.seed),
      '--json',
    ]),
    60_000,
  );
  expect(cli.status, cli.stderr).toBe(0);
  // when the app simulates the same map in its workers
  const result = await page.evaluate(
    ({ project, mapId, options }) =>
      window.__flowcaseEngine!.client.runSimulation(project, mapId, options),
    { project, mapId: target.id, options },
  );
  // then there are automation shares, and every figure is the CLI's
  const report = simulationReport(project, target, result);
  expect(report.automation?.aiStepVisits).toBeGreaterThan(0);
  expectSameFigures(JSON.parse(JSON.stringify(report)), JSON.parse(cli.stdout), 'simulate --map');
});

test('in the browser, workers and the main thread give byte-identical results', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // given the app's client and one whose workers cannot start
  await openApp(page);
  // when both simulate the current map with the same seed and options
  const [inWorkers, inPage] = await page.evaluate(async (project) => {
    const { client, inPage } = window.__flowcaseEngine!;
    const request = { cases: 20_000, replications: 3, seed: 11 };
    const mapId = project.maps.current.id;
    return [
      JSON.stringify(await client.runSimulation(project, mapId, request)),
      JSON.stringify(await inPage.runSimulation(project, mapId, request)),
    ];
  }, project);
  // then the two results are the same bytes
  expect(inWorkers).toBe(inPage);
});

/** `actual` equals `expected`, numbers that are not whole to a relative 1e-9. */
function expectSameFigures(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === 'number' && !Number.isInteger(expected)) {
    expect(typeof actual, path).toBe('number');
    const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
    expect(Math.abs((actual as number) - expected), path).toBeLessThanOrEqual(tolerance);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual) && actual.length, path).toBe(expected.length);
    expected.forEach((e, i) => expectSameFigures((actual as unknown[])[i], e, `${path}[${i}]`));
  } else if (typeof expected === 'object' && expected !== null) {
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [key, e] of Object.entries(expected))
      expectSameFigures((actual as Record<string, unknown>)[key], e, `${path}.${key}`);
  } else expect(actual, path).toEqual(expected);
}

test('a cancelled simulation rejects at once, and the next run starts afresh', async ({ page }) => {
  test.setTimeout(120_000);
  // given the app with its engine client
  await openApp(page);
  const outcome = await page.evaluate(async (project) => {
    const engine = window.__flowcaseEngine!.client;
    const controller = new AbortController();
    const mapId = project.maps.current.id;
    // when a long run is cancelled at its first progress report
    const cancelled = await engine
      .runSimulation(
        project,
        mapId,
        { cases: 1_000_000, replications: 4, seed: 1 },
        { signal: controller.signal, onProgress: (share) => share > 0 && controller.abort() },
      )
      .then(
        () => 'finished',
        (error: Error) => error.name,
      );
    // and another run follows
    const next = await engine.runSimulation(project, mapId, {
      cases: 20_000,
      replications: 2,
      seed: 1,
    });
    return { cancelled, nextStatus: next.status };
  }, project);
  // then the first rejected as cancelled and the second ran to the end
  expect(outcome).toEqual({ cancelled: 'AbortError', nextStatus: 'ok' });
});

test('the business case from the worker equals flowcase roi --json', async ({ page }) => {
  // given the app and the CLI's business case of the first target with 10 000 samples
  await openApp(page);
  const cli = flowcase(['roi', file, '--seed', '3', '--json'], 60_000);
  expect(cli.status, cli.stderr).toBe(0);
  // when the app computes it through its engine worker
  const answer: BusinessCase = await page.evaluate(
    (project) =>
      window.__flowcaseEngine!.client.runBusinessCase(project, undefined, {
        samples: 10_000,
        seed: 3,
        sampling: 'triangular',
      }),
    project,
  );
  // then every figure is the CLI's
  const report = roiReport(answer.roi, answer.monteCarlo, answer.tornado, answer.readiness);
  expect(JSON.parse(JSON.stringify(report))).toEqual(JSON.parse(cli.stdout));
});
