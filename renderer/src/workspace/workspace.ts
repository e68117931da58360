// The workspace controller: connects the app store to the project library in IndexedDB.
// It opens the last project on start (a first start opens the sample), autosaves every edit,
// keeps the view for the next start, tells other tabs about saves and listens to theirs, and
// carries out the library's actions. The store holds what the screen shows; the database is
// the truth for what is saved. Components call the functions exported here, never Dexie.
// This file holds the start and the stop, and wires the parts together: the connection
// (connection.ts), opening and storing documents (open-and-save.ts), the store's changes
// (store-changes.ts), the rescue of unsaved edits at exit (unsaved-rescue.ts) and other
// windows' messages (other-windows.ts).
import { useAppStore } from '../store';
import { AUTOSAVE_DELAY_MS } from './autosave';
import { refreshLibrary, setWorkspaceConnection, workspaceConnection } from './connection';
import { WorkspaceDb } from './db';
import { readSession } from './hot-exit';
import { createProject, openWorkspace } from './library';
import { openStored } from './open-and-save';
import { onTabMessage } from './other-windows';
import { firstSample } from './samples';
import { storageErrorMessage } from './storage-errors';
import { onStoreChange } from './store-changes';
import { TabChannel } from './tab-channel';
import { rescueUnsaved, rescueWhenHidden } from './unsaved-rescue';

export { applyStoredDocument, refreshLibrary, workspaceConnection } from './connection';
export { keepAsNew, openAsNew, openStored, saveNow } from './open-and-save';

const state = () => useAppStore.getState();

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
  setWorkspaceConnection({
    db,
    channel: new TabChannel(onTabMessage),
    autosave: null,
    applying: false,
    generation: 0,
    autosaveDelayMs: options.autosaveDelayMs ?? AUTOSAVE_DELAY_MS,
    unsubscribe: useAppStore.subscribe(onStoreChange),
  });
  window.addEventListener('pagehide', rescueUnsaved);
  document.addEventListener('visibilitychange', rescueWhenHidden);
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
  const c = workspaceConnection();
  if (c === null) return;
  await c.autosave?.flush();
  c.autosave?.stop();
  c.unsubscribe();
  c.channel.close();
  c.db.close();
  window.removeEventListener('pagehide', rescueUnsaved);
  document.removeEventListener('visibilitychange', rescueWhenHidden);
  setWorkspaceConnection(null);
}

async function inMemoryOnly(message: string): Promise<void> {
  state().setWorkspace({ storage: { kind: 'unavailable', message }, openProjectId: null });
  const sample = firstSample();
  if (sample.ok) state().openProject(sample.project);
  else state().failToOpen(sample.message);
  await Promise.resolve();
}
