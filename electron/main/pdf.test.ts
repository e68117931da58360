import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PdfRequest } from '../../shared/ipc';
import {
  PdfExportError,
  printReportToPdf,
  type BrowserWindowLike,
  type PdfDeps,
  type ReportInputValue,
} from './pdf';

const REQUEST: PdfRequest = {
  text: '{"schemaVersion":1}',
  targetId: 'target-1',
  paper: 'letter',
  seed: 7,
  suggestedName: 'Invoices - business case.pdf',
};
const PDF = Buffer.from('%PDF-1.7 fake');

/** A hidden window whose page behaves as each test says. */
function fakeWindow(behaviour: { load?: () => Promise<void>; print?: () => Promise<Buffer> } = {}) {
  const listeners = new Map<string, () => void>();
  let destroyed = false;
  const printToPDF = vi.fn((_options: PrintToPDFOptions) =>
    (behaviour.print ?? (() => Promise.resolve(PDF)))(),
  );
  const loadURL = vi.fn((_url: string) => (behaviour.load ?? (() => Promise.resolve()))());
  const destroy = vi.fn(() => {
    destroyed = true;
  });
  const window: BrowserWindowLike = {
    webContents: {
      id: 42,
      loadURL,
      printToPDF,
      on: (event: string, listener: () => void) => listeners.set(event, listener),
    },
    isDestroyed: () => destroyed,
    destroy,
  };
  return {
    window,
    printToPDF,
    loadURL,
    destroy,
    crash: () => listeners.get('render-process-gone')?.(),
  };
}

function setup(
  window: BrowserWindowLike,
  whenReady: PdfDeps['whenReady'] = () => Promise.resolve({ problems: [] }),
  timeoutMs?: number,
) {
  const withdraw = vi.fn();
  const createWindow = vi.fn((_options: BrowserWindowConstructorOptions) => window);
  const provideInput = vi.fn((_id: number, _input: ReportInputValue) => withdraw);
  const ready = vi.fn(whenReady);
  const deps: PdfDeps = {
    createWindow,
    reportUrl: 'app://flowcase/report.html',
    preloadPath: '/app/out/preload/index.cjs',
    provideInput,
    whenReady: ready,
    today: () => '2026-12-01',
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  };
  return { deps, createWindow, provideInput, withdraw, ready };
}

async function failure(promise: Promise<unknown>): Promise<PdfExportError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the export to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PdfExportError);
  return error as PdfExportError;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('printReportToPdf', () => {
  it('given a report that draws, when printed, then the PDF comes back and the hidden, secure window is destroyed', async () => {
    const { window, printToPDF, loadURL, destroy } = fakeWindow();
    const { deps, createWindow, provideInput, withdraw, ready } = setup(window);
    await expect(printReportToPdf(REQUEST, deps)).resolves.toBe(PDF);

    const options = createWindow.mock.calls[0]?.[0];
    expect(options?.show).toBe(false);
    expect(options?.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
    });
    expect(loadURL).toHaveBeenCalledExactlyOnceWith('app://flowcase/report.html');
    expect(provideInput).toHaveBeenCalledExactlyOnceWith(42, {
      text: REQUEST.text,
      targetId: 'target-1',
      seed: 7,
      paper: 'letter',
      date: '2026-12-01',
    });
    expect(ready).toHaveBeenCalledWith(42, expect.any(AbortSignal));
    expect(printToPDF).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({
        pageSize: 'Letter',
        printBackground: true,
        preferCSSPageSize: true,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
        displayHeaderFooter: false,
      }),
    );
    expect(withdraw).toHaveBeenCalledOnce();
    expect(destroy).toHaveBeenCalledOnce();
  });

  it('given A4 paper, when printed, then the page size is A4', async () => {
    const { window, printToPDF } = fakeWindow();
    await printReportToPdf({ ...REQUEST, paper: 'a4' }, setup(window).deps);
    expect(printToPDF.mock.calls[0]?.[0].pageSize).toBe('A4');
  });

  it('given a report that says it cannot be drawn, when printed, then its problems are the message and nothing prints', async () => {
    const { window, printToPDF, destroy } = fakeWindow();
    const problems = ['The project has no target map, so there is no business case to report.'];
    const error = await failure(
      printReportToPdf(REQUEST, setup(window, () => Promise.resolve({ problems })).deps),
    );
    expect(error.message).toBe(
      'The business case could not be drawn: The project has no target map, so there is no business case to report.',
    );
    expect(printToPDF).not.toHaveBeenCalled();
    expect(destroy).toHaveBeenCalledOnce();
  });

  it('given a page that never says it is ready, when the time runs out, then a sentence says so and the wait is abandoned', async () => {
    vi.useFakeTimers();
    const { window, destroy } = fakeWindow();
    let signal: AbortSignal | undefined;
    const never: PdfDeps['whenReady'] = (_id, s) => {
      signal = s;
      return new Promise(() => {});
    };
    const { deps, withdraw } = setup(window, never, 5_000);
    const result = failure(printReportToPdf(REQUEST, deps));
    await vi.advanceTimersByTimeAsync(5_000);
    expect((await result).message).toMatch(/^The business case was not drawn within 5 seconds\./);
    expect(signal?.aborted).toBe(true);
    expect(withdraw).toHaveBeenCalledOnce();
    expect(destroy).toHaveBeenCalledOnce();
  });

  it('given the page cannot load, when printed, then the reason is told in a sentence', async () => {
    const { window, destroy } = fakeWindow({
      load: () => Promise.reject(new Error('ERR_FILE_NOT_FOUND (-6)\n  at stack')),
    });
    const error = await failure(
      printReportToPdf(REQUEST, setup(window, () => new Promise(() => {})).deps),
    );
    expect(error.message).toBe('The report page could not be opened (ERR_FILE_NOT_FOUND (-6)).');
    expect(destroy).toHaveBeenCalledOnce();
  });

  it('given the page crashes while drawing, when printed, then a sentence says so', async () => {
    const fake = fakeWindow();
    const { deps } = setup(fake.window, () => {
      queueMicrotask(fake.crash);
      return new Promise(() => {});
    });
    const error = await failure(printReportToPdf(REQUEST, deps));
    expect(error.message).toMatch(/stopped unexpectedly/);
    expect(fake.destroy).toHaveBeenCalledOnce();
  });

  it('given printing fails, when printed, then a sentence says the report was drawn but not printed', async () => {
    const { window, destroy } = fakeWindow({
      print: () => Promise.reject(new Error('Printing failed')),
    });
    const error = await failure(printReportToPdf(REQUEST, setup(window).deps));
    expect(error.message).toBe(
      'The business case was drawn but could not be printed to PDF (Printing failed).',
    );
    expect(destroy).toHaveBeenCalledOnce();
  });

  it('given the ready wait itself fails, when printed, then the message is still a sentence', async () => {
    const { window, destroy } = fakeWindow();
    const error = await failure(
      printReportToPdf(
        REQUEST,
        setup(window, () => Promise.reject(new Error('channel closed'))).deps,
      ),
    );
    expect(error.message).toBe(
      'The report page did not say whether it drew the business case (channel closed).',
    );
    expect(destroy).toHaveBeenCalledOnce();
  });

  it('given the window is already gone, when cleaning up, then it is not destroyed twice', async () => {
    const { window, destroy } = fakeWindow();
    const { deps } = setup(window, () => {
      window.destroy();
      return Promise.resolve({ problems: [] });
    });
    await printReportToPdf(REQUEST, deps);
    expect(destroy).toHaveBeenCalledOnce();
  });
});
