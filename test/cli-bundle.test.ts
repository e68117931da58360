/**
 * Smoke test of the command line as installed: the launcher `cli/bin/flowcase.mjs` over the
 * built bundle `out/cli/flowcase.mjs`, in a real process. Every other CLI test runs the
 * sources in-process; this one checks that the launcher, the bundle and the exit code fit
 * together. The bundle is rebuilt first when it is missing or older than any of its sources,
 * so `npx vitest run` alone never passes on a stale build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LAUNCHER = join(ROOT, 'cli', 'bin', 'flowcase.mjs');
const BUNDLE = join(ROOT, 'out', 'cli', 'flowcase.mjs');
const V1_FIXTURE = join(ROOT, 'test', 'fixtures', 'versions', 'v1.flowcase');
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
/** What the bundle is built from (vite.cli.config.ts bundles cli/src and shared/). */
const SOURCES = ['cli/src', 'shared', 'package.json', 'vite.cli.config.ts'];

/** Latest modification time (ms) of the files under `path` that go into the bundle. */
function newestSource(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.isFile() && /\.test\.tsx?$/.test(entry.name)) continue;
    newest = Math.max(newest, newestSource(join(path, entry.name)));
  }
  return newest;
}

function bundleIsCurrent(): boolean {
  if (!existsSync(BUNDLE)) return false;
  const built = statSync(BUNDLE).mtimeMs;
  return SOURCES.every((source) => newestSource(join(ROOT, source)) <= built);
}

beforeAll(() => {
  if (bundleIsCurrent()) return;
  const build = spawnSync(process.execPath, [VITE, 'build', '--config', 'vite.cli.config.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (build.status !== 0)
    throw new Error(`npm run build:cli failed:\n${build.stdout}\n${build.stderr}`);
  expect(bundleIsCurrent(), 'the bundle is newer than its sources after the build').toBe(true);
}, 130_000);

function flowcase(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [LAUNCHER, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 10_000,
  });
  if (result.error !== undefined)
    throw new Error(`flowcase ${args.join(' ')} did not finish: ${result.error.message}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

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
