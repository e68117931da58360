/**
 * Smoke test of the command line as installed: the launcher `cli/bin/flowcase.mjs` over the
 * built bundle `out/cli/flowcase.mjs`, in a real process. Every other CLI test runs the
 * sources in-process; this one checks that the launcher, the bundle and the exit code fit
 * together, and that `simulate --workers` runs its worker threads from the bundle (the sources
 * have none to start). The bundle is rebuilt first when it is missing or older than any of its sources,
 * so `npx vitest run` alone never passes on a stale build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleIsCurrent, ensureCurrentBundle, flowcase as run, ROOT } from './support/cli-bundle';

const V1_FIXTURE = join(ROOT, 'test', 'fixtures', 'versions', 'v1.flowcase');

beforeAll(() => {
  ensureCurrentBundle();
  expect(bundleIsCurrent(), 'the bundle is newer than its sources after the build').toBe(true);
}, 130_000);

const flowcase = (...args: string[]) => run(args);

describe('the built flowcase command', () => {
  it('validates the version 1 fixture: exit 0 and "ok:"', { timeout: 15_000 }, () => {
    // given the bundle, built from the current sources, and a valid project file
    // when the launcher validates it in a process of its own
    const { status, stdout, stderr } = flowcase('validate', V1_FIXTURE);
    // then it exits 0 and says so
    expect(status, stderr).toBe(0);
    expect(stdout).toMatch(/^ok: /);
    expect(stderr).toBe('');
  });

  it('exits 2 on wrong usage, with the error on standard error', { timeout: 15_000 }, () => {
    // given / when an unknown command is run
    const { status, stdout, stderr } = flowcase('frobnicate');
    // then the exit code says "wrong usage" and nothing goes to standard output
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('error: unknown command "frobnicate"');
  });
});

describe('the built flowcase simulate on worker threads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'flowcase-bundle-'));
  const file = join(dir, 'invoices.flowcase');
  const simulate = (workers: number): string[] =>
    ['simulate', file, '--cases', '9000', '--replications', '4', '--seed', '5'].concat([
      '--workers',
      String(workers),
      '--json',
    ]);

  it('prints the same JSON on 2 threads as in one process', { timeout: 60_000 }, () => {
    // given the invoice sample written by the bundle
    expect(flowcase('sample', 'invoice-processing', '-o', file).status).toBe(0);
    // when it is simulated in-process and on two threads running the bundle
    const one = run(simulate(1), 30_000);
    const two = run(simulate(2), 30_000);
    // then both succeed with byte-identical output
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(two.stdout)).toMatchObject({ status: 'ok', replications: 4 });
  });

  it(
    'reports a crashed thread in one sentence, with exit 1 and no stack',
    { timeout: 60_000 },
    () => {
      // given a process whose worker threads throw as soon as they start
      const crash = join(ROOT, 'test', 'support', 'crash-in-thread.mjs');
      const launcher = join(ROOT, 'cli', 'bin', 'flowcase.mjs');
      // when the simulation runs on two of them
      const result = spawnSync(process.execPath, ['--import', crash, launcher, ...simulate(2)], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 30_000,
      });
      // then it exits 1, says which thread failed and why, and shows no stack trace
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(
        /^error: the simulation stopped: worker thread [12] of 2 failed: simulated crash in a worker thread\. Run it again; with --workers 1 it runs in this process instead\.\n$/,
      );
    },
  );
});
