/**
 * Smoke test of the command line as installed: the launcher `cli/bin/flowcase.mjs` over the
 * built bundle `out/cli/flowcase.mjs`, in a real process. Every other CLI test runs the
 * sources in-process; this one checks that the launcher, the bundle and the exit code fit
 * together. The bundle is rebuilt first when it is missing or older than any of its sources,
 * so `npx vitest run` alone never passes on a stale build.
 */
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
