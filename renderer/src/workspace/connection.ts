// The workspace's one connection: the database, the channel to other windows, the autosave of
// the open document and the flags they share. This module is the only place that holds it;
// every other part of the controller reaches it through `workspaceConnection()`, which is null
// while storage is unavailable (and before the start). While the controller itself replaces
// the document (`applying`), a change of the store is not an edit, so nothing autosaves it.
import type { Project } from '../../../shared/model/schema';
import { useAppStore } from '../store';
import type { Autosave } from './autosave';
import type { WorkspaceDb } from './db';
import type { FileLink } from './file-link';
import { listProjects } from './library';
import type { TabChannel } from './tab-channel';

export interface Connection {
  readonly db: WorkspaceDb;
  readonly channel: TabChannel;
  autosave: Autosave | null;
  /** True while the controller itself replaces the document (not an edit to autosave). */
  applying: boolean;
  /** Counts documents opened, so a late library write knows whether its document is still open. */
  generation: number;
  /** The pause after the last edit before it is saved (shorter in tests). */
  readonly autosaveDelayMs: number;
  readonly unsubscribe: () => void;
}

let connection: Connection | null = null;

const state = () => useAppStore.getState();

/** The open connection, for the library actions; null when storage is unavailable. */
export function workspaceConnection(): Connection | null {
  return connection;
}

/** Set on a successful start, cleared (null) on stop: see workspace.ts. */
export function setWorkspaceConnection(c: Connection | null): void {
  connection = c;
}

export async function refreshLibrary(): Promise<void> {
  if (connection === null) return;
  state().setWorkspace({ library: await listProjects(connection.db) });
}

/**
 * Open `project` as the document with a fresh history and its file link, without autosaving it
 * as an edit. Both change in the same task: a watcher that waits for the task's end (the title
 * bar's, desktop/document-state.ts) never sees the new document with the old link.
 */
export function replaceOpenDocument(c: Connection, project: Project, link: FileLink | null): void {
  c.applying = true;
  try {
    state().openProject(project);
    state().setWorkspace({ fileLink: link });
  } finally {
    c.applying = false;
  }
}

/** Apply a document from storage as one undoable step (a snapshot, another tab's save). */
export function applyStoredDocument(project: Project, label: string, autosave: boolean): boolean {
  const c = connection;
  if (c) c.applying = !autosave;
  try {
    return state().dispatch({ type: 'replaceProject', project, label }).ok;
  } finally {
    if (c) c.applying = false;
  }
}
