/**
 * To see where a figure's time goes: with FLOWCASE_BENCH_PROFILE=FILE.cpuprofile set, the
 * page's main thread is profiled while the figure's runs are timed, and the profile written
 * to FILE (open it in Chrome's DevTools, Performance panel). Build the web UI with
 * `--minify false` first to read function names. Without the variable, nothing happens.
 */
import { writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';

/** Start profiling `page` if asked to; the returned function stops and writes the profile. */
export async function profileIfAsked(
  context: BrowserContext,
  page: Page,
): Promise<() => Promise<void>> {
  const file = process.env.FLOWCASE_BENCH_PROFILE;
  if (file === undefined) return async () => {};
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    await cdp.detach();
  };
}
