/**
 * Where the Electron binary is, found WITHOUT `require('electron')`: since Electron 42 that
 * call downloads the binary when it is missing, which fails (slowly) on machines without
 * network. `ELECTRON_OVERRIDE_DIST_PATH` (Electron's own variable) wins; otherwise
 * node_modules/electron/path.txt names the executable inside node_modules/electron/dist.
 * Null when there is none: the desktop suite and benchmark then skip and say why.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const NO_ELECTRON =
  'Electron binary not installed on this machine: the desktop suite was skipped';

export function electronBinary(repoRoot: string): string | null {
  const packageDir = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const candidate = override
    ? path.join(override, executable)
    : path.join(packageDir, 'dist', executable);
  return existsSync(candidate) ? candidate : null;
}
