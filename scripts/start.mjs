#!/usr/bin/env node
/**
 * `npm start`: builds the desktop app (electron-vite build -> out/) and launches Electron on it.
 *
 * Electron 45 downloads its binary lazily on first use; requiring the `electron` package would
 * try that download (which hangs or fails offline). So we look for the binary ourselves
 * (`node_modules/electron/path.txt` + `dist/`, or ELECTRON_OVERRIDE_DIST_PATH) and, when it is
 * missing, print one sentence (after the build, so the build is still checked) pointing to
 * `npm run web` and exit with code 1.
 *
 * The app it starts is the built one: the child's environment loses ELECTRON_RENDERER_URL and
 * NODE_ENV_ELECTRON_VITE, so a dev-server URL left in the shell is never loaded
 * (electron/main/start-url.ts honours it only under `electron-vite dev`).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'electron-vite';

const require = createRequire(import.meta.url);

/** The Electron executable if it is installed, else null. Never triggers a download. */
function findElectronBinary() {
  let packageDir;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, relative || 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  if (!relative) return null;
  const candidate = path.join(packageDir, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}

async function main() {
  await build({ logLevel: 'warn' });
  const binary = findElectronBinary();
  if (!binary) {
    console.error(
      'Flowcase could not start Electron: its binary is not installed on this machine and ' +
        'cannot be downloaded here — run `npm run web` to open the same app in your browser.',
    );
    return 1;
  }
  const env = { ...process.env };
  delete env.ELECTRON_RENDERER_URL;
  delete env.NODE_ENV_ELECTRON_VITE;
  const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  return await new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`Flowcase could not start: ${error.message}`);
    process.exitCode = 1;
  },
);
