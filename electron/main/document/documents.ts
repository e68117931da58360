/**
 * Per window: which document it shows (file path or none, name, unsaved changes), kept in
 * step with the window title, the macOS edited dot and proxy icon, and a watcher on the file.
 *
 * Promises:
 * - `show` is the only way a window's document changes; it sets the title and (re)starts the
 *   watcher whenever the path changes, and stops it when the window has no file.
 * - The watcher tells the window once per outside change ('file:changed-on-disk'), never for
 *   main's own save: saves pause it and record their modification time first.
 * - `of(webContentsId)` refuses ('forbidden') a sender that is not one of our windows.
 */
import path from 'node:path';
import { sendEvent } from '../ipc/events';
import { IpcRefusal } from '../ipc/outcome';
import type { KnownFiles } from './known-files';
import type { DocumentWindow, FileService, Log } from './ports';
import { windowTitle } from './title';

export const UNTITLED = 'Untitled';

export interface WindowDocument {
  readonly window: DocumentWindow;
  path: string | null;
  name: string;
  dirty: boolean;
  /** The renderer asked for its start info, so its listeners are in place. */
  started: boolean;
  /** The user chose Don't Save (or the renderer saved): the next close goes through. */
  closeApproved: boolean;
  /** The save-changes question is on screen. */
  prompting: boolean;
  /** 'save-and-close' was sent: a cancelled or failed save ends the close (and a quit). */
  closeAfterSave: boolean;
  stopWatching: (() => void) | null;
}

export interface DocumentShown {
  path: string | null;
  name: string;
  dirty: boolean;
}

export interface DocumentsOptions {
  platform: NodeJS.Platform;
  files: Pick<FileService, 'watch'>;
  known: KnownFiles;
  log: Log;
}

export class Documents {
  readonly #byWebContents = new Map<number, WindowDocument>();
  readonly #options: DocumentsOptions;

  constructor(options: DocumentsOptions) {
    this.#options = options;
  }

  attach(window: DocumentWindow): WindowDocument {
    const doc: WindowDocument = {
      window,
      path: null,
      name: UNTITLED,
      dirty: false,
      started: false,
      closeApproved: false,
      prompting: false,
      closeAfterSave: false,
      stopWatching: null,
    };
    this.#byWebContents.set(window.webContentsId, doc);
    this.#applyTitle(doc);
    return doc;
  }

  detach(doc: WindowDocument): void {
    doc.stopWatching?.();
    doc.stopWatching = null;
    this.#byWebContents.delete(doc.window.webContentsId);
  }

  of(webContentsId: number): WindowDocument {
    const doc = this.#byWebContents.get(webContentsId);
    if (!doc || doc.window.isDestroyed()) {
      throw new IpcRefusal('forbidden', 'This window does not hold a Flowcase document.');
    }
    return doc;
  }

  all(): WindowDocument[] {
    return [...this.#byWebContents.values()].filter((doc) => !doc.window.isDestroyed());
  }

  /** The window a file from outside goes to: the focused one, else the first. */
  target(): WindowDocument | null {
    const docs = this.all();
    return docs.find((doc) => doc.window.isFocused()) ?? docs[0] ?? null;
  }

  show(doc: WindowDocument, shown: DocumentShown): void {
    const pathChanged = shown.path !== doc.path;
    doc.path = shown.path;
    doc.name = shown.path ? path.basename(shown.path) : shown.name;
    doc.dirty = shown.dirty;
    this.#applyTitle(doc);
    if (pathChanged || !doc.stopWatching) this.resumeWatching(doc);
  }

  pauseWatching(doc: WindowDocument): void {
    doc.stopWatching?.();
    doc.stopWatching = null;
  }

  resumeWatching(doc: WindowDocument): void {
    this.pauseWatching(doc);
    const filePath = doc.path;
    if (filePath === null) return;
    const { known, files, log } = this.#options;
    try {
      doc.stopWatching = files.watch(filePath, {
        knownModifiedAt: () => known.modifiedAt(filePath),
        onChange: (modifiedAt) => {
          if (doc.path !== filePath) return;
          known.remember(filePath, modifiedAt);
          sendEvent(doc.window.webContents, 'file:changed-on-disk', {
            path: filePath,
            name: path.basename(filePath),
          });
        },
      });
    } catch (error) {
      log('Flowcase: could not watch the document file for changes', error);
    }
  }

  #applyTitle(doc: WindowDocument): void {
    const { window } = doc;
    if (window.isDestroyed()) return;
    window.setTitle(windowTitle(doc.name, doc.dirty, this.#options.platform));
    if (this.#options.platform === 'darwin') {
      window.setDocumentEdited(doc.dirty);
      window.setRepresentedFilename(doc.path ?? '');
    }
  }
}
