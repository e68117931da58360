// Workspace slice: what the project library shows and how saving goes. The library itself
// lives in IndexedDB (renderer/src/workspace); this is its picture for the screen, never part
// of undo history.
import type { StateCreator } from 'zustand';
import type { SaveStatus } from '../workspace/autosave';
import type { ProjectRow } from '../workspace/db';
import type { FileLink } from '../workspace/file-link';
import type { SnapshotInfo } from '../workspace/library';
import type { AppState } from './app-state';

export type StorageState =
  | { kind: 'starting' }
  | { kind: 'ready' }
  /** Nothing can be stored; the project is kept in this window only. */
  | { kind: 'unavailable'; message: string };

/** A file that could not be imported, and every problem the validator found in it. */
export interface ImportReport {
  readonly fileName: string;
  /** What was attempted: importing (web build) or opening the file (desktop app). */
  readonly action?: 'import' | 'open';
  readonly problems: readonly string[];
}

export interface WorkspaceState {
  storage: StorageState;
  library: readonly ProjectRow[];
  /** The library entry of the open project; null when it is held in memory only. */
  openProjectId: string | null;
  /** The file the open project is linked to (desktop app); null for a library-only project. */
  fileLink: FileLink | null;
  saveStatus: SaveStatus | null;
  snapshots: readonly SnapshotInfo[];
  importReport: ImportReport | null;
  /** Whether the library sidebar is shown. */
  libraryOpen: boolean;
}

export interface WorkspaceSlice extends WorkspaceState {
  setWorkspace: (patch: Partial<WorkspaceState>) => void;
}

export const createWorkspaceSlice: StateCreator<AppState, [], [], WorkspaceSlice> = (set) => ({
  storage: { kind: 'starting' },
  library: [],
  openProjectId: null,
  fileLink: null,
  saveStatus: null,
  snapshots: [],
  importReport: null,
  libraryOpen: true,
  setWorkspace: (patch) => set(patch),
});
