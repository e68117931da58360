// The workspace controller: connects the app store to the project library in IndexedDB.
// It opens the last project on start (a first start opens the sample), autosaves every edit,
// keeps the view for the next start, tells other tabs about saves and listens to theirs, and
// carries out the library's actions. The store holds what the screen shows; the database is
// the truth for what is saved. Components call the functions below, never Dexie. In the desktop
// app a project may be linked to its file (file-link.ts): opening sets the link with the
// document, and an autosave of the document last read from or written to the file records
// which stored revision the file holds.
import type { Project } from '../../../shared/model/schema';
import { useAppStore, type MapKey } from '../store';
import { mapFor } from '../store/selectors';
import { AUTOSAVE_DELAY_MS, Autosave } from './autosave';
import { UNLINKED, WorkspaceDb, type FileFields, type ProjectRow } from './db';
import { fileFields, linkOfRow, markFileRevision, type FileLink } from './file-link';
import { clearRescue, readRescue, readSession, writeRescue, writeSession } from './hot-exit';
import {
  createProject,
  listProjects,
  listSnapshots,
  openWorkspace,
  readProject,
  readStoredText,
  saveSnapshot,
  storedText,
} from './library';
import { firstSample } from './samples';
import { storageErrorMessage } from './storage-errors';
import { TabChannel, type TabMessage } from './tab-channel';

interface Connection {
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

export interface WorkspaceOptions {
  /** The pause after the last edit before it is saved; tests shorten it. */
  readonly autosaveDelayMs?: number;
}

/**
 * Open the workspace and the project to show first. Never rejects: where storage cannot be
 * used, the sample opens in memory and the reason is shown.
 */
export async function startWorkspace(
  db: WorkspaceDb = new WorkspaceDb(),
  options: WorkspaceOptions = {},
): Promise<void> {
  // Another window opening a newer workspace schema: this one lets go and says so (Dexie
  // closes it); an upgrade of ours waiting for older windows to close: say that too.
  db.on('versionchange', () => {
    state().setWorkspace({
      storage: {
        kind: 'unavailable',
        message: 'Flowcase was updated in another window. Reload this window to go on saving.',
      },
    });
  });
  db.on('blocked', () =>
    state().say('Close other Flowcase windows so the workspace can be updated.', 'refusal'),
  );
  try {
    const opened = await openWorkspace(db);
    if (!opened.ok) return inMemoryOnly(opened.message);
  } catch (error) {
    return inMemoryOnly(storageErrorMessage(error));
  }
  connection = {
    db,
    channel: new TabChannel(onTabMessage),
    autosave: null,
    applying: false,
    generation: 0,
    autosaveDelayMs: options.autosaveDelayMs ?? AUTOSAVE_DELAY_MS,
    unsubscribe: useAppStore.subscribe(onStoreChange),
  };
  window.addEventListener('pagehide', rescueUnsaved);
  document.addEventListener('visibilitychange', onVisibility);
  state().setWorkspace({ storage: { kind: 'ready' } });
  try {
    await refreshLibrary();
    if (state().library.length === 0) {
      const sample = firstSample();
      if (!sample.ok) return state().failToOpen(sample.message);
      await createProject(db, sample.project);
      await refreshLibrary();
    }
    const session = readSession();
    const ids = state().library.map((row) => row.id);
    const first = session && ids.includes(session.projectId) ? session.projectId : ids[0];
    for (const id of [first, ...ids.filter((x) => x !== first)]) {
      if (id !== undefined && (await openStored(id, session?.projectId === id ? session : null)))
        return;
    }
    state().failToOpen('No project in the workspace can be opened; see the messages above.');
  } catch (error) {
    state().say(storageErrorMessage(error), 'refusal');
    if (state().project === null) await inMemoryOnly(storageErrorMessage(error));
  }
}

/** Stop listening and close the database (tests; a page that goes away needs none of it). */
export async function stopWorkspace(): Promise<void> {
  const c = connection;
  if (c === null) return;
  await c.autosave?.flush();
  c.autosave?.stop();
  c.unsubscribe();
  c.channel.close();
  c.db.close();
  window.removeEventListener('pagehide', rescueUnsaved);
  document.removeEventListener('visibilitychange', onVisibility);
  connection = null;
}

async function inMemoryOnly(message: string): Promise<void> {
  state().setWorkspace({ storage: { kind: 'unavailable', message }, openProjectId: null });
  const sample = firstSample();
  if (sample.ok) state().openProject(sample.project);
  else state().failToOpen(sample.message);
  await Promise.resolve();
}

export async function refreshLibrary(): Promise<void> {
  if (connection === null) return;
  state().setWorkspace({ library: await listProjects(connection.db) });
}

async function refreshSnapshots(): Promise<void> {
  const id = state().openProjectId;
  if (connection === null || id === null) return state().setWorkspace({ snapshots: [] });
  state().setWorkspace({ snapshots: await listSnapshots(connection.db, id) });
}

/**
 * Open library project `id`. With `view`, the map and the selection of the last session come
 * back. Returns false (and says why) when it cannot open; the open project then stays.
 */
export async function openStored(
  id: string,
  view: { map: MapKey; selection: { stepIds: string[]; flowIds: string[] } } | null = null,
): Promise<boolean> {
  const c = connection;
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
  const c = connection;
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
  const c = connection;
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
  const c = connection;
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

/**
 * Open `project` as the document with a fresh history and its file link, without autosaving it
 * as an edit. Both change in the same task: a watcher that waits for the task's end (the title
 * bar's, desktop/document-state.ts) never sees the new document with the old link.
 */
function replaceOpenDocument(c: Connection, project: Project, link: FileLink | null): void {
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

function onStoreChange(s: ReturnType<typeof state>, prev: ReturnType<typeof state>): void {
  const c = connection;
  if (c === null) return;
  if (s.project !== prev.project && s.project !== null && !c.applying) {
    c.autosave?.edited(s.project);
    if (s.project.name !== prev.project?.name) renameInList(s.openProjectId, s.project.name);
  }
  if (
    s.activeMapKey !== prev.activeMapKey ||
    s.selection !== prev.selection ||
    s.openProjectId !== prev.openProjectId
  )
    rememberView();
}

function renameInList(id: string | null, name: string): void {
  if (id === null) return;
  state().setWorkspace({
    library: state().library.map((row) => (row.id === id ? { ...row, name } : row)),
  });
}

function rememberView(): void {
  const { openProjectId, activeMapKey, selection } = state();
  if (openProjectId === null) return;
  writeSession({
    projectId: openProjectId,
    map: activeMapKey,
    selection: { stepIds: [...selection.stepIds], flowIds: [...selection.flowIds] },
  });
}

/** On leaving the page: edits the autosave has not written yet go to localStorage at once. */
function rescueUnsaved(): void {
  const c = connection;
  const { project, openProjectId } = state();
  if (c?.autosave?.dirty !== true || project === null || openProjectId === null) return;
  writeRescue({
    projectId: openProjectId,
    revision: c.autosave.revision,
    text: storedText(project),
    savedAt: Date.now(),
  });
  void c.autosave.flush();
}

function onVisibility(): void {
  if (document.visibilityState === 'hidden') rescueUnsaved();
}

/**
 * Edits rescued at the last exit that never reached the database: taken as the document when
 * they build on the stored revision (and left in localStorage until the autosave has written
 * them, so a second crash before that loses nothing); kept as a snapshot when the project moved
 * on since; dropped when they are what is stored (the save finished, the page closed before it
 * heard). Returns the document to open and what to tell the person once it is open (opening a
 * document clears the notice, so it cannot be said before).
 */
async function recoverRescue(
  db: WorkspaceDb,
  row: ProjectRow,
  stored: Project,
): Promise<{ project: Project; notice: string | null }> {
  const rescue = readRescue();
  if (rescue === null || rescue.projectId !== row.id) return { project: stored, notice: null };
  const rescued = readStoredText(rescue.text);
  if (!rescued.ok || storedText(rescued.project) === storedText(stored)) {
    clearRescue();
    return { project: stored, notice: null };
  }
  if (rescue.revision === row.revision)
    return {
      project: rescued.project,
      notice: 'Edits made just before the window closed were recovered.',
    };
  await saveSnapshot(db, row.id, 'Recovered edits (not saved before closing)', rescued.project);
  clearRescue();
  return {
    project: stored,
    notice:
      'Edits made just before the window closed were older than the saved project; they are kept as the snapshot “Recovered edits”.',
  };
}

async function onTabMessage(message: TabMessage): Promise<void> {
  try {
    await followOtherWindow(message);
  } catch (error) {
    state().say(storageErrorMessage(error), 'refusal');
  }
}

async function followOtherWindow(message: TabMessage): Promise<void> {
  const c = connection;
  if (c === null) return;
  await refreshLibrary();
  const { openProjectId } = state();
  if (message.type === 'library' || message.projectId !== openProjectId || !c.autosave) return;
  if (message.type === 'deleted') {
    // Saving finds the project gone and asks what to do: nothing in this window is lost.
    const { project } = state();
    if (project !== null) c.autosave.edited(project);
    await c.autosave.flush();
    return;
  }
  if (message.revision <= c.autosave.revision) return;
  // With edits of its own, this window's next save finds the conflict and asks.
  if (c.autosave.dirty || c.autosave.conflicted) return;
  const opened = await readProject(c.db, message.projectId);
  if (!opened.ok || state().openProjectId !== message.projectId) return;
  if (c.autosave.dirty) return;
  applyStoredDocument(opened.project, 'Changes from another window', false);
  c.autosave.rebase(opened.row.revision);
  state().setWorkspace({ saveStatus: { kind: 'saved', at: opened.row.updatedAt } });
  state().say('This project was changed in another window; those changes are shown here now.');
}
