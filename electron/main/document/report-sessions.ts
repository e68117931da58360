/**
 * The hidden report windows main prints Export PDF from, one session per window: the input it
 * may fetch ('report:input') and what its 'report:ready' said. A web contents with no session
 * is not a report window: the sender policy refuses it the report channels, and report windows
 * everything else. `provideInput` and `whenReady` are exactly what pdf.ts's `PdfDeps` asks for.
 *
 * Promises: a session answers only its own window; `whenReady` resolves with the problems the
 * window reported (none when the report is drawn), or with one problem when the session is
 * withdrawn first; it rejects when printing gives up (`signal`).
 */
import type { InvokeHandlers, InvokeValue } from '../ipc/handle';
import { IpcRefusal } from '../ipc/outcome';

export type ReportInput = InvokeValue<'report:input'>;

interface Session {
  readonly input: ReportInput;
  readonly ready: Promise<string[]>;
  readonly settle: (problems: string[]) => void;
}

export const REPORT_WINDOW_GONE = 'The report window closed before the report was drawn.';

export class ReportSessions {
  readonly #sessions = new Map<number, Session>();

  /** Makes `input` the answer to that window's 'report:input'; returns the withdrawal. */
  provideInput = (webContentsId: number, input: ReportInput): (() => void) => {
    this.#sessions.get(webContentsId)?.settle([REPORT_WINDOW_GONE]);
    let settle: (problems: string[]) => void = () => undefined;
    const ready = new Promise<string[]>((resolve) => (settle = resolve));
    const session: Session = { input, ready, settle };
    this.#sessions.set(webContentsId, session);
    return () => {
      session.settle([REPORT_WINDOW_GONE]);
      if (this.#sessions.get(webContentsId) === session) this.#sessions.delete(webContentsId);
    };
  };

  whenReady = (webContentsId: number, signal: AbortSignal): Promise<{ problems: string[] }> => {
    const session = this.#sessions.get(webContentsId);
    if (!session) return Promise.resolve({ problems: [REPORT_WINDOW_GONE] });
    return new Promise((resolve, reject) => {
      signal.addEventListener('abort', () => reject(new Error('gave up waiting')), { once: true });
      void session.ready.then((problems) => resolve({ problems }));
    });
  };

  isReportWindow = (webContentsId: number): boolean => this.#sessions.has(webContentsId);

  readonly handlers: Pick<InvokeHandlers, 'report:input' | 'report:ready'> = {
    'report:input': (_payload, { webContentsId }) => this.#session(webContentsId).input,
    'report:ready': ({ problems }, { webContentsId }) => {
      this.#session(webContentsId).settle(problems);
      return null;
    },
  };

  #session(webContentsId: number): Session {
    const session = this.#sessions.get(webContentsId);
    if (!session) throw new IpcRefusal('forbidden', 'This window is not printing a report.');
    return session;
  }
}
