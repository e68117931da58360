// Desktop slice: what the desktop app's own bars and dialogs show (renderer/src/desktop). Never
// part of undo history; always empty in the web build.
import type { StateCreator } from 'zustand';
import type { AppState } from './app-state';

/** A file the shell says another program changed. */
export interface ChangedFile {
  readonly path: string;
  readonly name: string;
}

/** A project whose changes were not saved when Flowcase last closed unexpectedly. */
export interface CrashDraft {
  readonly projectId: string;
  readonly projectName: string;
  /** When the draft was last changed (ms). */
  readonly editedAt: number;
  /** The file the draft belongs to, or null for a project kept in the library only. */
  readonly file: { readonly path: string; readonly name: string } | null;
}

/** Opening a file whose library draft has changes the file does not have. */
export interface DraftQuestion {
  readonly fileName: string;
  readonly projectName: string;
  readonly draftEditedAt: number;
  readonly fileModifiedAt: number;
  readonly answer: (choice: 'draft' | 'file') => void;
}

export interface DesktopState {
  changedOnDisk: ChangedFile | null;
  /** The drafts offered after a crash; null when there is nothing to offer. */
  crashDrafts: readonly CrashDraft[] | null;
  draftQuestion: DraftQuestion | null;
}

export interface DesktopSlice extends DesktopState {
  setDesktop: (patch: Partial<DesktopState>) => void;
}

export const createDesktopSlice: StateCreator<AppState, [], [], DesktopSlice> = (set) => ({
  changedOnDisk: null,
  crashDrafts: null,
  draftQuestion: null,
  setDesktop: (patch) => set(patch),
});
