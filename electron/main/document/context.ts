/**
 * What the document handlers share: the windows' documents, the known files, the ports, and
 * the one bookkeeping step every successful open or save takes (`rememberFile`).
 */
import path from 'node:path';
import type { Documents } from './documents';
import type { KnownFiles } from './known-files';
import type { AppPort, Dialogs, FileService, Log } from './ports';
import type { RecentFiles } from './recent-files';

export interface DocumentContext {
  readonly documents: Documents;
  readonly known: KnownFiles;
  readonly files: FileService;
  readonly dialogs: Dialogs;
  readonly recent: RecentFiles;
  readonly app: AppPort;
  readonly log: Log;
  /** Folders whose leftover temp files were already removed in this run. */
  readonly cleanedFolders: Set<string>;
  /** A quit waits for the windows with unsaved changes (see `close-guard.ts`). */
  readonly quit: QuitState;
}

export interface QuitState {
  /** The user asked to quit and a window with unsaved changes is being resolved. */
  requested: boolean;
  /** No window had unsaved changes: let this quit through. */
  approved: boolean;
}

/** After an open or save: the path is known, recent (menu and OS), at this modification time. */
export function rememberFile(ctx: DocumentContext, filePath: string, modifiedAt: number): void {
  ctx.known.remember(filePath, modifiedAt);
  ctx.recent.add(filePath);
  try {
    ctx.app.addRecentDocument(filePath);
  } catch (error) {
    ctx.log('Flowcase: the OS did not take the recent document', error);
  }
}

/** Removes a crashed save's temp files, once per folder per run, in the background. */
export function cleanFolderOnce(ctx: DocumentContext, filePath: string): void {
  const folder = path.dirname(filePath);
  if (ctx.cleanedFolders.has(folder)) return;
  ctx.cleanedFolders.add(folder);
  ctx.files
    .removeLeftoverTempFiles(folder)
    .catch((error: unknown) => ctx.log('Flowcase: could not remove leftover temp files', error));
}
