/**
 * Fakes for the document tests: windows, dialogs, an in-memory file service and app, and a
 * controller built from them. Dialog answers are queued by the test (`dialogs.answers`).
 */
import path from 'node:path';
import { vi } from 'vitest';
import type { OpenedFile, PdfRequest } from '../../../shared/ipc/contract';
import { createDocumentController } from './controller';
import type { AppPort, Dialogs, DocumentWindow, FileService, SaveChangesChoice } from './ports';
import { createRecentFiles } from './recent-files';

export interface FakeWindow extends DocumentWindow {
  title: string;
  edited: boolean;
  represented: string;
  focused: boolean;
  destroyed: boolean;
  readonly sent: Array<[string, unknown]>;
  /** What the user does: click the close button. Returns whether the window closed. */
  userCloses(): boolean;
}

export function fakeWindow(webContentsId: number): FakeWindow {
  const closeListeners: Array<(event: { preventDefault(): void }) => void> = [];
  const closedListeners: Array<() => void> = [];
  const window: FakeWindow = {
    webContentsId,
    title: '',
    edited: false,
    represented: '',
    focused: false,
    destroyed: false,
    sent: [],
    webContents: {
      isDestroyed: () => window.destroyed,
      send: (channel, payload) => window.sent.push([channel, payload]),
    },
    setTitle: (title) => void (window.title = title),
    setDocumentEdited: (edited) => void (window.edited = edited),
    setRepresentedFilename: (file) => void (window.represented = file),
    isDestroyed: () => window.destroyed,
    isFocused: () => window.focused,
    focus: () => void (window.focused = true),
    close: () => void window.userCloses(),
    userCloses() {
      if (window.destroyed) return true;
      let prevented = false;
      closeListeners.forEach((listener) => listener({ preventDefault: () => (prevented = true) }));
      if (prevented) return false;
      window.destroyed = true;
      closedListeners.forEach((listener) => listener());
      return true;
    },
    onClose: (listener) => void closeListeners.push(listener),
    onClosed: (listener) => void closedListeners.push(listener),
  };
  return window;
}

export interface FakeDialogs extends Dialogs {
  /** Answers the next dialogs take, in order: a path, null (cancel) or a SaveChangesChoice. */
  readonly answers: Array<string | null>;
  readonly asked: string[];
  readonly errors: string[];
}

export function fakeDialogs(): FakeDialogs {
  const answers: FakeDialogs['answers'] = [];
  const asked: string[] = [];
  const next = (kind: string) => {
    asked.push(kind);
    if (answers.length === 0) throw new Error(`no answer queued for ${kind}`);
    return answers.shift() ?? null;
  };
  return {
    answers,
    asked,
    errors: [],
    chooseProjectToOpen: () => Promise.resolve(next('open')),
    chooseSavePath: (_window, { defaultName, kind }) =>
      Promise.resolve(next(`save ${kind} ${defaultName}`)),
    askSaveChanges: (_window, name) =>
      Promise.resolve(next(`save changes to ${name}`) as SaveChangesChoice),
    showError(_window, title, message) {
      this.errors.push(`${title}: ${message}`);
    },
  };
}

export class FakeFileError extends Error {
  constructor(
    readonly code: 'not-found' | 'unreadable' | 'unwritable' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

export interface MemoryFiles extends FileService {
  readonly disk: Map<string, { data: string | Uint8Array; modifiedAt: number }>;
  readonly watching: Map<string, (modifiedAt: number) => void>;
  readonly cleaned: string[];
  /** Another program writes the file: watchers whose known time differs are told. */
  touch(filePath: string, text: string): void;
}

export function memoryFiles(): MemoryFiles {
  let clock = 1000;
  const known = new Map<string, () => number>();
  const files: MemoryFiles = {
    disk: new Map(),
    watching: new Map(),
    cleaned: [],
    read(filePath) {
      const entry = files.disk.get(filePath);
      if (!entry)
        return Promise.reject(
          new FakeFileError('not-found', `“${path.basename(filePath)}” was not found.`),
        );
      const file: OpenedFile = {
        path: filePath,
        name: path.basename(filePath),
        text: String(entry.data),
        modifiedAt: entry.modifiedAt,
      };
      return Promise.resolve(file);
    },
    modifiedAt(filePath) {
      const entry = files.disk.get(filePath);
      return entry
        ? Promise.resolve(entry.modifiedAt)
        : Promise.reject(
            new FakeFileError('not-found', `“${path.basename(filePath)}” was not found.`),
          );
    },
    save(filePath, data) {
      if (filePath.includes('read-only')) {
        return Promise.reject(new FakeFileError('unwritable', 'That folder is read-only.'));
      }
      const modifiedAt = (clock += 1000);
      files.disk.set(filePath, { data, modifiedAt });
      return Promise.resolve({ modifiedAt });
    },
    removeLeftoverTempFiles(folder) {
      files.cleaned.push(folder);
      return Promise.resolve([]);
    },
    watch(filePath, { knownModifiedAt, onChange }) {
      known.set(filePath, knownModifiedAt);
      files.watching.set(filePath, onChange);
      return () => {
        files.watching.delete(filePath);
        known.delete(filePath);
      };
    },
    touch(filePath, text) {
      const modifiedAt = (clock += 1000);
      files.disk.set(filePath, { data: text, modifiedAt });
      const knownAt = known.get(filePath);
      if (knownAt && knownAt() !== modifiedAt) files.watching.get(filePath)?.(modifiedAt);
    },
  };
  return files;
}

export function fakeApp(): AppPort & { recent: string[]; quits: number } {
  const app = {
    recent: [] as string[],
    quits: 0,
    getVersion: () => '0.1.0',
    addRecentDocument: (file: string) => void app.recent.push(file),
    clearRecentDocuments: () => void (app.recent.length = 0),
    quit: () => void (app.quits += 1),
  };
  return app;
}

export interface SetUpOptions {
  platform?: NodeJS.Platform;
  crashed?: boolean;
}

export function setUpController({ platform = 'linux', crashed = false }: SetUpOptions = {}) {
  const printReport = vi.fn((_request: PdfRequest) =>
    Promise.resolve(new Uint8Array([37, 80, 68, 70])),
  );
  const app = fakeApp();
  const dialogs = fakeDialogs();
  const files = memoryFiles();
  const log = vi.fn();
  const recent = createRecentFiles({
    read: () => Promise.resolve(''),
    write: () => Promise.resolve(),
    onChange: () => undefined,
    log,
  });
  const controller = createDocumentController({
    platform,
    app,
    dialogs,
    files,
    recent,
    crashed,
    describeError: (error) =>
      error instanceof FakeFileError ? { code: error.code, message: error.message } : null,
    printReport,
    log,
  });
  const open = (webContentsId: number) => {
    const window = fakeWindow(webContentsId);
    controller.attachWindow(window);
    return window;
  };
  return { controller, app, dialogs, files, recent, log, open, printReport };
}
