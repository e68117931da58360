/**
 * `flowcase report FILE -o OUT.pdf`: the business case as a PDF, the very page the app's
 * "Export PDF" shows (renderer/report.html, built into out/report by `npm run build:cli`).
 * It serves that page on 127.0.0.1, opens it in a local Chromium through playwright-core
 * (FLOWCASE_CHROMIUM, else Debian's chromium-headless-shell or chromium: find-chromium.ts),
 * hands it the project with an init script, waits until the page says every figure is drawn
 * (telling how far it is meanwhile), and prints it: tagged, with an outline from the
 * headings, the footer from the page's own CSS.
 *
 * Nothing is written unless the whole PDF is: a project with problems lists them, a scenario
 * that does not exist lists those that do, an output that cannot be written says why.
 */
import { existsSync, statSync } from 'node:fs';
import { access, constants } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type * as PlaywrightCore from 'playwright-core';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFsError, EXIT, type CliIo } from '../io';
import { UsageError } from '../options';
import { printable } from '../printable';
import { scenarioOf } from '../business-case';
import { reportOptions, type ReportOptions } from '../report/options';
import { serveFolder } from '../report/serve';
import { HEADLESS_CHROMIUM_ARGS } from '../report/chromium-args';
import { findChromium } from '../report/find-chromium';
import { REPORT_PROGRESS, REPORT_SETTLED } from '../../../shared/ipc/report-page';
import { startProgress, type Progress } from '../progress';
import { loadProject } from './validate';

export const REPORT_HELP = `Usage: flowcase report FILE -o OUT.pdf [--scenario NAME] [--paper a4|letter]
                       [--seed S] [--force]

The business case of a target scenario as a PDF for the sponsor: cover with NPV, payback, ROI
and the chance that NPV > 0 and a recommendation; executive summary; both process maps with
the changes marked; simulation results; cash flow and costs; tornado and Monte Carlo;
production readiness; and every assumption. The same report as "Export PDF" in the app.

It prints with a local Chromium: FLOWCASE_CHROMIUM names it, else
/usr/bin/chromium-headless-shell (faster) or /usr/bin/chromium, whichever is installed.

-o, --output OUT  the PDF to write; it is written whole or not at all
--scenario NAME   the target map, by name or id (default: the first target)
--paper KIND      a4 (default) or letter
--seed S          seed of Monte Carlo and the simulation runs (default 1)
--force           replace OUT if it exists`;

/** How long the page may take to compute and draw the report, milliseconds. */
const READY_TIMEOUT_MS = 120_000;

/** The built report page's folder: beside the CLI bundle, or out/report from the sources. */
export function reportAssets(): string | null {
  const candidates = [
    new URL('../report/', import.meta.url), // out/cli/flowcase.mjs -> out/report/
    new URL('../../../out/report/', import.meta.url), // cli/src/commands -> out/report/
  ];
  for (const url of candidates) {
    const folder = fileURLToPath(url);
    if (existsSync(`${folder}report.html`)) return resolve(folder);
  }
  return null;
}

/** Why OUT cannot be written, before any work is done; null when it looks writable. */
async function outputProblem(out: string, force: boolean): Promise<string | null> {
  const folder = dirname(resolve(out));
  if (!existsSync(folder)) return 'the folder to write it in does not exist';
  if (!statSync(folder).isDirectory()) return 'a folder on this path is a file';
  try {
    await access(folder, constants.W_OK);
  } catch {
    return 'permission denied: the folder cannot be written to';
  }
  if (existsSync(out)) {
    if (statSync(out).isDirectory()) return 'this is a folder, not a file';
    if (!force) return 'the file already exists (add --force to replace it)';
  }
  return null;
}

const today = (now = new Date()): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

export async function reportCommand(io: CliIo, args: readonly string[]): Promise<number> {
  let options: ReportOptions;
  try {
    options = reportOptions(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`error: ${error.message}\n`);
    io.err(REPORT_HELP);
    return EXIT.usage;
  }
  const { file, out } = options;
  const project = await loadProject(io, file);
  if (project === undefined) return EXIT.invalid;
  const target = scenarioOf(io, file, project, options.scenario);
  if (typeof target === 'number') return target;
  const problem = await outputProblem(out, options.force);
  if (problem !== null) {
    io.err(`error: ${printable(out)}: ${problem}`);
    return EXIT.invalid;
  }
  const chromium = findChromium();
  if (chromium === null) {
    io.err(
      'error: no Chromium found to print the report: install chromium-headless-shell or chromium, or set FLOWCASE_CHROMIUM to a Chromium or Chrome executable.',
    );
    return EXIT.invalid;
  }
  const assets = reportAssets();
  if (assets === null) {
    io.err('error: the report page is not built: run `npm run build:cli` in the Flowcase folder.');
    return EXIT.invalid;
  }
  const input = {
    project,
    targetId: target.id,
    seed: options.seed,
    date: today(),
    paper: options.paper,
  };
  // The page measures its computing, so the line's clock starts with it (the time left is
  // the computing's); drawing and printing cannot be measured, so they are said.
  const label = `Business case of "${printable(target.name)}"`;
  let progress: Progress | undefined;
  const printed = await printReport(chromium, assets, input, (share) => {
    progress ??= startProgress(io, label);
    if (share < 1) progress.update(share);
    else progress.say(`${label}: drawing and printing the PDF…`);
  });
  progress?.done();
  if (!printed.ok) {
    io.err(`error: the report could not be made: ${printable(printed.message)}`);
    return EXIT.invalid;
  }
  try {
    await io.writeBytes(out, printed.pdf, options.force);
  } catch (error) {
    io.err(`error: ${printable(out)}: ${printable(describeFsError(error))}`);
    return EXIT.invalid;
  }
  io.err(`wrote the business case of "${printable(target.name)}" to ${printable(out)}`);
  return EXIT.ok;
}

type Printed = { ok: true; pdf: Uint8Array } | { ok: false; message: string };

/**
 * Serve the page, open it in Chromium with `input`, wait for it, print it; never throws.
 * `onProgress` hears the share of the figures computed, never decreasing, and 1 once they
 * are (drawing and printing follow).
 */
async function printReport(
  executablePath: string,
  assets: string,
  input: unknown,
  onProgress: (share: number) => void,
): Promise<Printed> {
  let done = 0;
  const reached = (share: number): void => {
    if (!(share > done)) return; // also refuses NaN from the page
    done = Math.min(1, share);
    onProgress(done);
  };
  const server = await serveFolder(assets);
  // Loaded here, not at the top: the other commands should not pay for it. Required, not
  // imported: an ESM import of this CommonJS package first scans its megabytes for named exports.
  const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof PlaywrightCore;
  let browser: Awaited<ReturnType<typeof chromium.launch>> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    browser = await chromium.launch({
      executablePath,
      args: [...HEADLESS_CHROMIUM_ARGS],
    });
    const page = await browser.newPage();
    // Laid out for print from the start: the page is drawn only to be printed, and printing a
    // page laid out for the screen lays it all out again first (about a third of the print).
    await page.emulateMedia({ media: 'print' });
    // The page says when it is drawn, or why not, by calling this (shared/ipc/report-page.ts).
    let tell: (problems: unknown) => void = () => undefined;
    const settled = new Promise<readonly string[]>((resolve, reject) => {
      tell = (problems) => resolve(Array.isArray(problems) ? problems.map(String) : []);
      timer = setTimeout(
        () => reject(new Error(`the page did not finish within ${READY_TIMEOUT_MS / 1000} s`)),
        READY_TIMEOUT_MS,
      );
      page.once('crash', () => reject(new Error('Chromium crashed while drawing the report')));
      page.once('close', () => reject(new Error('Chromium closed the page before it was drawn')));
    });
    settled.catch(() => undefined); // awaited below; a rejection before then is not unhandled
    await page.exposeFunction(REPORT_SETTLED, (problems: unknown) => tell(problems));
    await page.exposeFunction(REPORT_PROGRESS, (share: unknown) => {
      if (typeof share === 'number') reached(share);
    });
    // Given as text (this file has no DOM types); it runs before the page's own scripts.
    await page.addInitScript({ content: `window.__FLOWCASE_REPORT__ = ${JSON.stringify(input)};` });
    await page.goto(`${server.url}report.html`);
    const problems = await settled;
    if (problems.length > 0) return { ok: false, message: problems.join('\n') };
    reached(1);
    const pdf = await page.pdf({
      tagged: true,
      outline: true,
      printBackground: true,
      preferCSSPageSize: true,
    });
    return { ok: true, pdf };
  } catch (error) {
    return {
      ok: false,
      message: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error),
    };
  } finally {
    clearTimeout(timer);
    await browser?.close().catch(() => undefined);
    await server.close();
  }
}
