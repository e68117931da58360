// The controller's side of hot exit (the storage is hot-exit.ts): when the page is hidden or
// goes away, edits the autosave has not written yet are put in localStorage at once, and the
// autosave is asked to write them; when that project is next opened, the rescued edits are
// taken back, kept as a snapshot, or dropped, as recoverRescue says. Nothing typed is lost to a
// closed tab, a reload or a crash between an edit and its save.
import type { Project } from '../../../shared/model/schema';
import { useAppStore } from '../store';
import { workspaceConnection } from './connection';
import type { ProjectRow, WorkspaceDb } from './db';
import { clearRescue, readRescue, writeRescue } from './hot-exit';
import { readStoredText, saveSnapshot, storedText } from './library';

const state = () => useAppStore.getState();

/** On leaving the page (`pagehide`): unsaved edits go to localStorage at once. */
export function rescueUnsaved(): void {
  const c = workspaceConnection();
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

/** On `visibilitychange`: a hidden page may never come back, so rescue as on leaving. */
export function rescueWhenHidden(): void {
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
export async function recoverRescue(
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
