// The library's actions as the screen offers them: rename, duplicate and delete a project,
// save and restore snapshots, and settle a conflict with another window. Each tells the person
// what happened; a storage failure becomes a message and changes nothing in memory.
import { applyCommand, blankProject } from '../../../shared/editor';
import { useAppStore } from '../store';
import {
  deleteProject,
  duplicateProject,
  listSnapshots,
  readProject,
  readSnapshot,
  saveProject,
  saveSnapshot,
} from './library';
import { storageErrorMessage } from './storage-errors';
import {
  applyStoredDocument,
  keepAsNew,
  openAsNew,
  openStored,
  refreshLibrary,
  workspaceConnection,
} from './workspace';

const state = () => useAppStore.getState();

/** Run a library action; a failure is said in words and leaves the open project as it was. */
async function guarded(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    state().say(storageErrorMessage(error), 'refusal');
  }
}

export function renameStored(id: string, name: string): Promise<void> {
  return guarded(async () => {
    if (id === state().openProjectId) {
      // The open project's name is part of its document: one undoable edit, autosaved.
      state().dispatch({ type: 'updateProject', patch: { name } });
      return;
    }
    const c = workspaceConnection();
    if (c === null) return;
    const opened = await readProject(c.db, id);
    if (!opened.ok) return state().say(opened.message, 'refusal');
    const renamed = applyCommand(opened.project, { type: 'updateProject', patch: { name } });
    if (!renamed.ok) return state().say(renamed.reason, 'refusal');
    const saved = await saveProject(c.db, id, renamed.project, opened.row.revision);
    if (!saved.ok)
      return state().say(
        'The project changed in another window while it was renamed here; try again.',
        'refusal',
      );
    c.channel.post({ type: 'library' });
    await refreshLibrary();
  });
}

export function duplicateStored(id: string): Promise<void> {
  return guarded(async () => {
    const c = workspaceConnection();
    if (c === null) return;
    if (id === state().openProjectId) await c.autosave?.flush();
    const source = state().library.find((row) => row.id === id);
    const name = `${source?.name ?? 'Project'} (copy)`.slice(0, 200);
    const copy = await duplicateProject(c.db, id, name);
    if (!copy.ok) return state().say(copy.message, 'refusal');
    c.channel.post({ type: 'library' });
    await refreshLibrary();
    state().say(`Duplicated as “${copy.row.name}”.`);
  });
}

/** Delete a project and its snapshots; the open one gives way to the most recent other one. */
export function deleteStored(id: string): Promise<void> {
  return guarded(async () => {
    const c = workspaceConnection();
    if (c === null) return;
    const name = state().library.find((row) => row.id === id)?.name ?? 'The project';
    const wasOpen = id === state().openProjectId;
    if (wasOpen) {
      c.autosave?.stop();
      c.autosave = null;
    }
    await deleteProject(c.db, id);
    c.channel.post({ type: 'deleted', projectId: id });
    await refreshLibrary();
    if (wasOpen) {
      const next = state().library[0];
      if (next === undefined) await openAsNew(blankProject());
      else await openStored(next.id);
    }
    state().say(`“${name}” was deleted.`);
  });
}

export function takeSnapshot(name: string): Promise<void> {
  return guarded(async () => {
    const c = workspaceConnection();
    const { project, openProjectId } = state();
    if (c === null || project === null || openProjectId === null) return;
    const snapshot = await saveSnapshot(c.db, openProjectId, name, project);
    state().setWorkspace({ snapshots: await listSnapshots(c.db, openProjectId) });
    state().say(`Snapshot “${snapshot.name}” saved.`);
  });
}

/** Restore a snapshot as one undoable step. */
export function restoreSnapshot(id: number): Promise<void> {
  return guarded(async () => {
    const c = workspaceConnection();
    if (c === null) return;
    const read = await readSnapshot(c.db, id);
    if (!read.ok) return state().say(read.message, 'refusal');
    if (applyStoredDocument(read.project, `Restore snapshot “${read.name}”`, true)) {
      state().clearSelection();
      state().say(`Snapshot “${read.name}” restored. Undo brings back what was there before.`);
    }
  });
}

export type ConflictChoice = 'mine' | 'theirs' | 'copy';

/**
 * Settle a save refused because another window saved (or deleted) the project first. Nothing
 * is lost whichever is chosen: the version not kept is stored as a snapshot, or as a project.
 */
export function resolveConflict(choice: ConflictChoice): Promise<void> {
  return guarded(async () => {
    const c = workspaceConnection();
    const { project, openProjectId } = state();
    if (c?.autosave == null || project === null || openProjectId === null) return;
    const time = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    if (choice === 'copy') {
      await keepAsNew();
      state().say('This window’s version is now a project of its own in the library.');
      return;
    }
    const theirs = await readProject(c.db, openProjectId);
    if (!theirs.ok) return resolveConflict('copy');
    if (choice === 'mine') {
      await saveSnapshot(
        c.db,
        openProjectId,
        `Version from another window, ${time}`,
        theirs.project,
      );
      c.autosave.rebase(theirs.row.revision);
      await c.autosave.flush();
      state().say('This window’s version is saved; the other one is kept as a snapshot.');
    } else {
      await saveSnapshot(c.db, openProjectId, `Changes from this window, ${time}`, project);
      c.autosave.discard();
      applyStoredDocument(theirs.project, 'Take the version from another window', false);
      c.autosave.rebase(theirs.row.revision);
      state().setWorkspace({ saveStatus: { kind: 'saved', at: theirs.row.updatedAt } });
      state().say(
        'The other window’s version is shown; this window’s changes are kept as a snapshot.',
      );
    }
    state().setWorkspace({ snapshots: await listSnapshots(c.db, openProjectId) });
  });
}
