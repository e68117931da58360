/**
 * What the document controller needs from the outside world, as small interfaces: a window,
 * the native dialogs, the file service, the app. `electron-ports.ts` adapts the real Electron
 * objects; the tests pass fakes. Nothing here imports Electron.
 */
import type { OpenedFile } from '../../../shared/ipc/contract';
import type { EventTarget } from '../ipc/events';

/** One Flowcase window, seen by the document controller. */
export interface DocumentWindow {
  /** The id of the window's web contents: IPC handlers find their window by it. */
  readonly webContentsId: number;
  readonly webContents: EventTarget;
  setTitle(title: string): void;
  /** macOS: the dot in the close button and the proxy icon; no-ops elsewhere. */
  setDocumentEdited(edited: boolean): void;
  setRepresentedFilename(filePath: string): void;
  isDestroyed(): boolean;
  isFocused(): boolean;
  /** Asks the window to close; its 'close' listener may still cancel. */
  close(): void;
  /** Shows, restores from minimised and focuses the window. */
  focus(): void;
  onClose(listener: (event: { preventDefault(): void }) => void): void;
  onClosed(listener: () => void): void;
}

export type SaveChangesChoice = 'save' | 'discard' | 'cancel';

/** The native dialogs, in Flowcase's words (see `dialogs.ts`). */
export interface Dialogs {
  /** The project file the user picked, or null when cancelled. */
  chooseProjectToOpen(window: DocumentWindow): Promise<string | null>;
  /** Where to save, or null when cancelled; the extension is added when missing. */
  chooseSavePath(
    window: DocumentWindow,
    options: { defaultName: string; kind: 'project' | 'pdf' },
  ): Promise<string | null>;
  /** "Do you want to save the changes you made to “Name”?" */
  askSaveChanges(window: DocumentWindow, documentName: string): Promise<SaveChangesChoice>;
  /** A failure the user should see that no renderer asked about (Open Recent, a second launch). */
  showError(window: DocumentWindow | null, title: string, message: string): void;
}

/** The file service (electron/main/files), as the controller uses it. */
export interface FileService {
  read(filePath: string): Promise<OpenedFile>;
  /** When the file was last changed on disk (ms), without reading it. */
  modifiedAt(filePath: string): Promise<number>;
  save(filePath: string, data: string | Uint8Array): Promise<{ modifiedAt: number }>;
  removeLeftoverTempFiles(folder: string): Promise<readonly string[]>;
  watch(
    filePath: string,
    options: { knownModifiedAt: () => number; onChange: (modifiedAt: number) => void },
  ): () => void;
}

/** The parts of Electron's `app` the controller uses. */
export interface AppPort {
  getVersion(): string;
  addRecentDocument(filePath: string): void;
  clearRecentDocuments(): void;
  quit(): void;
}

export type Log = (message: string, error?: unknown) => void;
