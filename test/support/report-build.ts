/**
 * The built report page (`out/report`) for tests of `flowcase report`: rebuilt when missing or
 * older than anything it is built from, so a test never prints a stale page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli-bundle';

const PAGE = join(ROOT, 'out', 'report', 'report.html');
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
const SOURCES = ['renderer', 'shared', 'package.json', 'vite.renderer.ts', 'vite.report.config.ts'];

function newest(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.isFile() && /\.test\.tsx?$/.test(entry.name)) continue;
    latest = Math.max(latest, newest(join(path, entry.name)));
  }
  return latest;
}

export function ensureCurrentReportPage(): void {
  if (existsSync(PAGE)) {
    const built = statSync(PAGE).mtimeMs;
    if (SOURCES.every((source) => newest(join(ROOT, source)) <= built)) return;
  }
  const build = spawnSync(process.execPath, [VITE, 'build', '--config', 'vite.report.config.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (build.status !== 0)
    throw new Error(`building the report page failed:\n${build.stdout}\n${build.stderr}`);
}
