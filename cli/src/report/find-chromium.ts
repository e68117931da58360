/** Which Chromium `flowcase report` prints with. */
import { existsSync } from 'node:fs';

/**
 * The Chromiums `flowcase report` looks for, best first. Debian's headless shell is Chromium
 * without the browser around the page: it prints the same PDF and starts and opens a page
 * about 0.35 s sooner.
 */
export const CHROMIUM_PATHS = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'] as const;

/** The Chromium to drive: FLOWCASE_CHROMIUM, else the first of CHROMIUM_PATHS installed. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string | null {
  const named = env['FLOWCASE_CHROMIUM'];
  if (named !== undefined && named !== '') return exists(named) ? named : null;
  return CHROMIUM_PATHS.find(exists) ?? null;
}
