/**
 * The built command line for tests that need a real process (a smoke test of the launcher,
 * reproducers that must give up after a few seconds, which an in-process run cannot do for a
 * synchronous loop). `ensureCurrentBundle` rebuilds `out/cli` when it is missing or older than
 * any of its sources, so a test can never pass on a stale build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LAUNCHER = join(ROOT, 'cli', 'bin', 'flowcase.mjs');
const BUNDLE = join(ROOT, 'out', 'cli', 'flowcase.mjs');
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

export function bundleIsCurrent(): boolean {
  if (!existsSync(BUNDLE)) return false;
  const built = statSync(BUNDLE).mtimeMs;
  return SOURCES.every((source) => newestSource(join(ROOT, source)) <= built);
}

/** Build `out/cli` unless it is current; throws with the build's output when it fails. */
export function ensureCurrentBundle(): void {
  if (bundleIsCurrent()) return;
  const build = spawnSync(process.execPath, [VITE, 'build', '--config', 'vite.cli.config.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (build.status !== 0)
    throw new Error(`npm run build:cli failed:\n${build.stdout}\n${build.stderr}`);
}

export interface ProcessRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `flowcase ...args` through the launcher, in a process of its own that is killed after
 * `timeoutMs`; a run that had to be killed throws, naming the command.
 */
export function flowcase(args: readonly string[], timeoutMs = 10_000): ProcessRun {
  const result = spawnSync(process.execPath, [LAUNCHER, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  if (result.error !== undefined)
    throw new Error(
      `flowcase ${args.join(' ')} did not finish within ${timeoutMs / 1000} s: ${result.error.message}`,
    );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
