/**
 * The hidden report windows main prints Export PDF from, one session per window: the input it
 * may fetch ('report:input') and the promise its 'report:ready' settles. A web contents with
 * no session is not a report window: the sender policy refuses it the report channels, and
 * report windows nothing else.
 *
 * Promises: a session answers only its own window; `ready` resolves with the problems the
 * window reported (empty when the report is drawn), or with one problem when the window goes
 * away before saying so (`end`). Each session is ended exactly once by whoever began it.
 */
import type { InvokeHandlers, InvokeValue } from '../ipc/handle';
import { IpcRefusal } from '../ipc/outcome';

export type ReportInput = InvokeValue<'report:input'>;

interface Session {
  readonly input: ReportInput;
  readonly settle: (problems: readonly string[]) => void;
}

export const REPORT_WINDOW_GONE = 'The report window closed before the report was drawn.';

export class ReportSessions {
  readonly #sessions = new Map<number, Session>();

  /** Starts a session for a report window; the promise settles on its 'report:ready'. */
  begin(webContentsId: number, input: ReportInput): Promise<readonly string[]> {
    return new Promise((resolve) => {
      this.#sessions.get(webContentsId)?.settle([REPORT_WINDOW_GONE]);
      this.#sessions.set(webContentsId, { input, settle: resolve });
    });
  }

  end(webContentsId: number): void {
    this.#sessions.get(webContentsId)?.settle([REPORT_WINDOW_GONE]);
    this.#sessions.delete(webContentsId);
  }

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

/** The day a report is dated, `YYYY-MM-DD` in local time. */
export function reportDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
