// Opening and storing documents: a library project (with the view and rescued edits of the
// last session), a new project put in the library as it opens, the open document kept as a
// project of its own, and Ctrl+S. Each opened document gets a fresh history and its own
// autosave; the previous document's pending edits still reach the database. A project linked
// to its file (file-link.ts) opens with the link, and an autosave of the document last read
// from or written to the file records which stored revision the file holds.
import type { Project } from '../../../shared/model/schema';
import { useAppStore, type MapKey } from '../store';
import { mapFor } from '../store/selectors';
import { Autosave } from './autosave';
import {
  type Connection,
  refreshLibrary,
  replaceOpenDocument,
  workspaceConnection,
} from './connection';
import { UNLINKED, type FileFields, type ProjectRow } from './db';
import { fileFields, linkOfRow, markFileRevision, type FileLink } from './file-link';
import { clearRescue, readRescue } from './hot-exit';
import { createProject, listSnapshots, readProject } from './library';
import { storageErrorMessage } from './storage-errors';
import { rememberView } from './store-changes';
import { recoverRescue } from './unsaved-rescue';

const state = () => useAppStore.getState();

async function refreshSnapshots(): Promise<void> {
  const id = state().openProjectId;
  const c = workspaceConnection();
  if (c === null || id === null) return state().setWorkspace({ snapshots: [] });
  state().setWorkspace({ snapshots: await listSnapshots(c.db, id) });
}

/**
 * Open library project `id`. With `view`, the map and the selection of the last session come
 * back. Returns false (and says why) when it cannot open; the open project then stays.
 */
export async function openStored(
  id: string,
  view: { map: MapKey; selection: { stepIds: string[]; flowIds: string[] } } | null = null,
): Promise<boolean> {
  const c = workspaceConnection();
  if (c === null) return false;
  const opened = await readProject(c.db, id);
  if (!opened.ok) {
    state().say(opened.message, 'refusal');
    return false;
  }
  const { row } = opened;
  const { project, notice } = await recoverRescue(c.db, row, opened.project);
  swapDocument(c, project, linkOfRow(row, opened.project));
  if (notice !== null) state().say(notice);
  if (view !== null && mapFor(project, view.map) !== null) {
    state().showMap(view.map);
    state().selectElements(view.selection);
  }
  attach(c, row);
  if (project !== opened.project) c.autosave?.edited(project);
  await refreshSnapshots();
  return true;
}

/**
 * Open a new project (blank, a sample's copy, an import, a file opened in the desktop app) at
 * once, and put it in the library: edits made before the library entry exists are saved as soon
 * as it does. With `file`, the project is linked to that file.
 */
export async function openAsNew(project: Project, file: FileLink | null = null): Promise<void> {
  const c = workspaceConnection();
  if (c === null) {
    state().openProject(project);
    state().setWorkspace({ fileLink: file });
    return;
  }
  const generation = swapDocument(c, project, file);
  state().setWorkspace({ openProjectId: null, snapshots: [], saveStatus: { kind: 'unsaved' } });
  // Revision 1 is the file's content unless the document differs from it (laid out on opening).
  const fields = file === null ? UNLINKED : fileFields(file, file.document === project ? 1 : null);
  await storeAsNew(c, project, () => c.generation === generation, fields);
}

/**
 * Put the open document in the library as a project of its own and save it there from now on,
 * keeping its undo history (a conflict settled by saving this window's version as a copy).
 */
export async function keepAsNew(): Promise<void> {
  const c = workspaceConnection();
  const { project } = state();
  if (c === null || project === null) return;
  c.autosave?.discard();
  c.autosave?.stop();
  c.autosave = null;
  const generation = c.generation;
  // The copy is a library project of its own: the file stays with the project it was linked to.
  state().setWorkspace({
    openProjectId: null,
    fileLink: null,
    snapshots: [],
    saveStatus: { kind: 'unsaved' },
  });
  await storeAsNew(c, project, () => c.generation === generation, UNLINKED);
}

/** Create the library entry, retrying while the write fails and the document is still open. */
async function storeAsNew(
  c: Connection,
  project: Project,
  stillOpen: () => boolean,
  file: FileFields,
): Promise<void> {
  for (let attempt = 0; stillOpen(); attempt++) {
    try {
      const row = await createProject(c.db, project, Date.now(), file);
      if (!stillOpen()) return;
      c.channel.post({ type: 'library' });
      await refreshLibrary();
      attach(c, row);
      const now = state().project;
      if (now !== null && now !== project) c.autosave?.edited(now);
      return;
    } catch (error) {
      const retryInMs = Math.min(30_000, 2000 * 2 ** attempt);
      state().setWorkspace({
        saveStatus: { kind: 'failed', message: storageErrorMessage(error), retryInMs },
      });
      await new Promise((resolve) => setTimeout(resolve, retryInMs));
    }
  }
}

/** Write pending edits now (Ctrl+S); says so, since every change is saved by itself anyway. */
export async function saveNow(): Promise<void> {
  const c = workspaceConnection();
  if (c === null) {
    state().say('Nothing can be stored in this window; use Export to keep the project as a file.');
    return;
  }
  await c.autosave?.flush();
  if (state().saveStatus?.kind === 'saved')
    state().say('Saved. Flowcase also saves every change by itself a second after you make it.');
}

/**
 * Replace the open document at once (a fresh history). The previous project's pending edits
 * still reach the database: its autosave writes them, retrying on its own if it must.
 */
function swapDocument(c: Connection, project: Project, link: FileLink | null): number {
  const previous = c.autosave;
  c.autosave = null;
  replaceOpenDocument(c, project, link);
  c.generation += 1;
  if (previous !== null) void previous.flush();
  return c.generation;
}

/** From now on, autosave the open document as library project `row`. */
function attach(c: Connection, row: ProjectRow): void {
  c.autosave = startAutosave(c, row);
  state().setWorkspace({ openProjectId: row.id, saveStatus: { kind: 'saved', at: row.updatedAt } });
  rememberView();
}

function startAutosave(c: Connection, row: ProjectRow): Autosave {
  return new Autosave({
    db: c.db,
    projectId: row.id,
    revision: row.revision,
    delayMs: c.autosaveDelayMs,
    onStatus: (saveStatus) => state().setWorkspace({ saveStatus }),
    onSaved: (saved, project) => {
      // The rescue of this project's unsaved edits is written now; another project's stays.
      if (readRescue()?.projectId === saved.id) clearRescue();
      c.channel.post({ type: 'saved', projectId: saved.id, revision: saved.revision });
      state().setWorkspace({
        library: [saved, ...state().library.filter((x) => x.id !== saved.id)],
      });
      if (state().openProjectId === saved.id && state().fileLink?.document === project)
        void noteFileRevision(c, saved.id, saved.revision);
    },
  });
}

/** Stored revision `revision` of project `id` is its file's content: record it. */
async function noteFileRevision(c: Connection, id: string, revision: number): Promise<void> {
  try {
    const row = await markFileRevision(c.db, id, revision);
    if (row !== null)
      state().setWorkspace({ library: state().library.map((x) => (x.id === id ? row : x)) });
  } catch {
    // Not recorded: after a restart the draft counts as unsaved, which loses nothing.
  }
}
