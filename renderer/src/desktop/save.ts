// Save, Save As and "save and close" in the desktop app. Promises:
// - the document written is the one on screen when the command ran, serialised in the file
//   format; main is told which file the window shows before it writes (Save without a file is
//   main's Save As);
// - after a write the project is linked to the file written and counts as saved; the library
//   row records which stored revision the file holds (or, when that is not known yet, the
//   autosave records it when it writes that document);
// - Save of a document whose file already has every change writes nothing;
// - a failed or cancelled save changes nothing, says why (failed) and returns false, so "save
//   and close" does not close.
import { serializeDocument } from '../../../shared/model';
import { useAppStore } from '../store';
import { exportFileName } from '../workspace/import-export';
import { fileFields, hasUnsavedChanges, writeFileLink } from '../workspace/file-link';
import { refreshLibrary, workspaceConnection } from '../workspace/workspace';
import { storageErrorMessage } from '../workspace/storage-errors';
import { ask } from './bridge';
import { linkTo } from './open-file';
import { desktopSession } from './session';

const state = () => useAppStore.getState();

export type SaveMode = 'save' | 'save-as';

/** Write the open document to its file (or a new one); true when it was written. */
export function saveToFile(mode: SaveMode): Promise<boolean> {
  const session = desktopSession();
  if (session === null) return Promise.resolve(false);
  return session.queue(async () => {
    const before = state();
    if (before.project === null) return false;
    if (mode === 'save' && before.fileLink !== null)
      if (!hasUnsavedChanges(before.project, before.fileLink)) return true;
    const c = workspaceConnection();
    await c?.autosave?.flush();
    // Taken right after the flush: the library's revision then holds exactly this document.
    const { project, openProjectId, openings } = state();
    if (project === null) return false;
    const storedRevision =
      c?.autosave != null && c.autosave.projectId === openProjectId && !c.autosave.dirty
        ? c.autosave.revision
        : null;
    let text: string;
    try {
      text = serializeDocument(project);
    } catch (error) {
      state().say(`The project cannot be saved: ${(error as Error).message}`, 'refusal');
      return false;
    }
    await session.title.flush();
    const request = { text, suggestedName: exportFileName(project) };
    const outcome = await ask(() =>
      mode === 'save' ? session.api.save(request) : session.api.saveAs(request),
    );
    if (outcome === null || outcome.kind === 'cancelled') return false;
    const link = linkTo(outcome.file, project);
    if (state().openings === openings) state().setWorkspace({ fileLink: link });
    if (c !== null && openProjectId !== null) {
      try {
        await writeFileLink(c.db, openProjectId, fileFields(link, storedRevision));
        await refreshLibrary();
      } catch (error) {
        // The file is written; only the draft's note of it failed (it counts as unsaved then).
        state().say(`Saved “${outcome.file.name}”. ${storageErrorMessage(error)}`, 'refusal');
        return true;
      }
    }
    state().say(`Saved “${outcome.file.name}”.`);
    return true;
  });
}

/** Main asked to save before the window closes: close only when the save went through. */
export async function saveAndClose(): Promise<void> {
  const session = desktopSession();
  if (session === null || !(await saveToFile('save'))) return;
  await ask(() => session.api.closeWindow({ discardChanges: false }));
}
