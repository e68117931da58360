/**
 * Export PDF in the app: the business case printed by Chromium itself, from the very report
 * page the CLI prints (renderer/report.html; cli/src/commands/report.ts does the same with
 * Playwright).
 *
 * How: a hidden window with the app's secure web preferences (pdfWindowOptions) loads the
 * report page; the page asks main for its input over 'report:input' and says it has drawn
 * the report (or why it could not) over 'report:ready'. Those two IPC handlers belong to the
 * IPC layer, so they come in as dependencies: `provideInput` makes the request the answer to
 * that one window's 'report:input', `whenReady` resolves with what that window told
 * 'report:ready'. Then `webContents.printToPDF` prints it: tagged, with an outline from the
 * headings, backgrounds on, the page size and margins from the page's own CSS.
 *
 * Promises: the window is never shown and is always destroyed (on success, failure and
 * timeout); the input is withdrawn when done; a failure rejects with a `PdfExportError` whose
 * message is a sentence for the user, never a stack trace. No Electron import.
 */
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import type { InvokeResult, PdfRequest } from '../../shared/ipc';
import { pdfWindowOptions } from './window-options';

/** What printing needs of a BrowserWindow's webContents. */
export interface PdfWebContents {
  readonly id: number;
  loadURL(url: string): Promise<void>;
  printToPDF(options: PrintToPDFOptions): Promise<Buffer>;
  on(event: 'render-process-gone', listener: () => void): unknown;
}

/** What printing needs of a BrowserWindow. */
export interface BrowserWindowLike {
  readonly webContents: PdfWebContents;
  isDestroyed(): boolean;
  destroy(): void;
}

/** The 'report:input' answer for a request (the `value` of its `{ ok: true }` result). */
export type ReportInputValue = Extract<InvokeResult<'report:input'>, { ok: true }>['value'];

export interface PdfDeps {
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindowLike;
  /** The report page, `app://flowcase/report.html` (start-url.ts). */
  reportUrl: string;
  preloadPath: string;
  /**
   * Makes `input` the answer to 'report:input' from the web contents `webContentsId` (and
   * from no other); returns a function that withdraws it.
   */
  provideInput: (webContentsId: number, input: ReportInputValue) => () => void;
  /**
   * Resolves with the problems the report page in `webContentsId` sent over 'report:ready'
   * (none when the report is drawn). `signal` aborts when printing gives up waiting.
   */
  whenReady: (webContentsId: number, signal: AbortSignal) => Promise<{ problems: string[] }>;
  /** How long the page may take to compute and draw the report; default 120 s, as the CLI. */
  timeoutMs?: number;
  /** Today as `YYYY-MM-DD`, the date the report carries; default the local date. */
  today?: () => string;
}

/** A failed export, with a message to show as it is. */
export class PdfExportError extends Error {
  override readonly name = 'PdfExportError';
}

export const DEFAULT_PDF_TIMEOUT_MS = 120_000;

/** The local date as `YYYY-MM-DD`. */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** What the report page is given for a request. */
export function reportInputOf(request: PdfRequest, date: string): ReportInputValue {
  return {
    text: request.text,
    targetId: request.targetId,
    seed: request.seed,
    paper: request.paper,
    date,
  };
}

/** Chromium's print options for a request: the page's CSS decides size and margins. */
export function printOptionsFor(request: PdfRequest): PrintToPDFOptions {
  return {
    pageSize: request.paper === 'letter' ? 'Letter' : 'A4',
    landscape: false,
    printBackground: true,
    preferCSSPageSize: true,
    // The report's @page rule sets the margins and draws the footer; none of Chromium's own.
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    displayHeaderFooter: false,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}

/** The first line of an error's message, or a stand-in when there is none. */
function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.trim() || 'no reason given';
}

const fail = (sentence: string): PdfExportError => new PdfExportError(sentence);

/** Prints the business case of `request` to PDF bytes; see the module header. */
export async function printReportToPdf(request: PdfRequest, deps: PdfDeps): Promise<Buffer> {
  const timeoutMs = deps.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS;
  let window: BrowserWindowLike;
  try {
    window = deps.createWindow(pdfWindowOptions({ preloadPath: deps.preloadPath }));
  } catch (error) {
    throw fail(`A window to print the business case could not be opened (${reason(error)}).`);
  }
  const contents = window.webContents;
  const giveUp = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let withdraw: (() => void) | undefined;
  try {
    withdraw = deps.provideInput(contents.id, reportInputOf(request, (deps.today ?? localDate)()));
    // Every way the wait can end, as one race: ready, page crashed, timed out.
    const stopped = new Promise<never>((_resolve, reject) => {
      contents.on('render-process-gone', () =>
        reject(fail('The report page stopped unexpectedly while drawing the business case.')),
      );
      timer = setTimeout(
        () =>
          reject(
            fail(
              `The business case was not drawn within ${Math.round(timeoutMs / 1000)} seconds. ` +
                'Try again, or try a smaller number of simulation runs.',
            ),
          ),
        timeoutMs,
      );
    });
    const told = deps.whenReady(contents.id, giveUp.signal).catch((error: unknown) => {
      throw fail(
        `The report page did not say whether it drew the business case (${reason(error)}).`,
      );
    });
    const ready = Promise.race([told, stopped]);
    const loaded = contents.loadURL(deps.reportUrl).catch((error: unknown) => {
      throw fail(`The report page could not be opened (${reason(error)}).`);
    });
    const [{ problems }] = await Promise.all([ready, Promise.race([loaded, stopped])]);
    if (problems.length > 0) {
      throw fail(`The business case could not be drawn: ${problems.join(' ')}`);
    }
    try {
      return await contents.printToPDF(printOptionsFor(request));
    } catch (error) {
      throw fail(`The business case was drawn but could not be printed to PDF (${reason(error)}).`);
    }
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    giveUp.abort();
    withdraw?.();
    if (!window.isDestroyed()) window.destroy();
  }
}
