// Following other windows of the same workspace (tab-channel.ts carries their messages): the
// library list is read again after each; another window's save of the open project is shown
// here as one undoable step, unless this window has edits of its own, whose next save then
// finds the conflict and asks; the open project deleted elsewhere is saved at once, so the
// person is asked what to keep. A storage failure while following is said in words.
import { useAppStore } from '../store';
import { applyStoredDocument, refreshLibrary, workspaceConnection } from './connection';
import { readProject } from './library';
import { storageErrorMessage } from './storage-errors';
import type { TabMessage } from './tab-channel';

const state = () => useAppStore.getState();

/** The channel's listener while the workspace is connected (opened in workspace.ts). */
export async function onTabMessage(message: TabMessage): Promise<void> {
  try {
    await followOtherWindow(message);
  } catch (error) {
    state().say(storageErrorMessage(error), 'refusal');
  }
}

async function followOtherWindow(message: TabMessage): Promise<void> {
  const c = workspaceConnection();
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
