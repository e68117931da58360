/**
 * The document controller: everything main does for the documents of its windows, behind one
 * object that `index.ts` wires to Electron.
 *
 * Owns: the handlers of every invoke channel (registered with `registerHandlers`), the
 * windows' documents (attach each new window), files from outside (`openFromOutside`), the
 * quit that waits for unsaved changes (`beforeQuit`), and the report windows' sessions.
 * Promises: see the modules it composes (file-handlers, close-guard, incoming,
 * report-sessions, export-pdf); this file only puts them together.
 */
import type { InvokeHandlers } from '../ipc/handle';
import type { DescribeError } from '../ipc/outcome';
import { createCloseGuard } from './close-guard';
import { cleanFolderOnce, type DocumentContext } from './context';
import { Documents } from './documents';
import { exportPdfHandler, type PrintReport } from './export-pdf';
import { fileHandlers } from './file-handlers';
import { createIncoming } from './incoming';
import { KnownFiles } from './known-files';
import type { AppPort, Dialogs, DocumentWindow, FileService, Log } from './ports';
import type { RecentFiles } from './recent-files';
import { ReportSessions } from './report-sessions';

export interface DocumentControllerOptions {
  platform: NodeJS.Platform;
  app: AppPort;
  dialogs: Dialogs;
  files: FileService;
  recent: RecentFiles;
  /** The previous run did not quit cleanly (see `crash-marker.ts`). */
  crashed: boolean;
  /** Errors written for people (the file service's `FileError`). */
  describeError: DescribeError;
  printReport: PrintReport;
  log: Log;
}

export interface DocumentController {
  readonly handlers: InvokeHandlers;
  readonly reportSessions: ReportSessions;
  attachWindow(window: DocumentWindow): void;
  /** A file from the command line, a second launch, the OS or Open Recent. */
  openFromOutside(filePath: string): void;
  /**
   * A window's page crashed and is about to be loaded again: the page that starts next is
   * offered the drafts, and the window may close without asking (its page cannot save).
   */
  rendererCrashed(webContentsId: number): void;
  /** At start: the temp files a crashed save left beside the recent files are removed. */
  cleanRecentFolders(): void;
  /** `app.on('before-quit')`. */
  beforeQuit(event: { preventDefault(): void }): void;
}

export function createDocumentController(options: DocumentControllerOptions): DocumentController {
  const { platform, app, dialogs, files, recent, log } = options;
  const known = new KnownFiles();
  const ctx: DocumentContext = {
    documents: new Documents({ platform, files, known, log }),
    known,
    files,
    dialogs,
    recent,
    app,
    log,
    cleanedFolders: new Set(),
    quit: { requested: false, approved: false },
  };
  const closeGuard = createCloseGuard(ctx);
  const incoming = createIncoming(ctx, options.describeError);
  const reportSessions = new ReportSessions();
  // Drafts are offered once after a crash: to the first page that starts, not to every window.
  let crashPending = options.crashed;

  const handlers: InvokeHandlers = {
    'app:start-info': async (_payload, { webContentsId }) => {
      const doc = ctx.documents.of(webContentsId);
      const crashed = crashPending;
      crashPending = false;
      return {
        crashed,
        openFile: await incoming.takeForStart(doc),
        appVersion: app.getVersion(),
      };
    },
    ...fileHandlers(ctx),
    ...closeGuard.handlers,
    ...exportPdfHandler(ctx, options.printReport),
    ...reportSessions.handlers,
  };

  return {
    handlers,
    reportSessions,
    attachWindow(window) {
      closeGuard.guard(ctx.documents.attach(window));
    },
    openFromOutside: (filePath) => incoming.deliver(filePath),
    cleanRecentFolders: () => recent.list().forEach((filePath) => cleanFolderOnce(ctx, filePath)),
    rendererCrashed(webContentsId) {
      crashPending = true;
      // Its unsaved edits live on in the renderer's autosaved draft, offered after the reload.
      const doc = ctx.documents.all().find((d) => d.window.webContentsId === webContentsId);
      if (doc) doc.closeApproved = true;
    },
    beforeQuit: (event) => closeGuard.beforeQuit(event),
  };
}
