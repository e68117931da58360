// The open document's file was changed by another program (main watches it). Promises:
// - the bar shows only while the changed file is the open project's file;
// - "Reload from disk" puts the file's content in as ONE undoable step ("Reload from disk"),
//   keeping the history: the person's version is one Undo away, so reloading loses nothing,
//   and the document then counts as saved (it is the file);
// - "Keep my version" leaves the document as it is and marks it unsaved, so the next Save
//   writes it over the other program's change; the draft's row records that too.
import type { EventPayload } from '../../../shared/ipc/contract';
import { describeIssues, readProjectDocument } from '../../../shared/model';
import { useAppStore } from '../store';
import { fileFields, writeFileLink } from '../workspace/file-link';
import { storageErrorMessage } from '../workspace/storage-errors';
import { applyStoredDocument, workspaceConnection } from '../workspace/workspace';
import { ask } from './bridge';
import { linkTo } from './open-file';
import { desktopSession } from './session';

const state = () => useAppStore.getState();

/** Main's event: show the bar when it is about the open document's file. */
export function fileChangedOnDisk(changed: EventPayload<'file:changed-on-disk'>): void {
  if (state().fileLink?.path !== changed.path) return;
  state().setDesktop({ changedOnDisk: { path: changed.path, name: changed.name } });
}

export function reloadFromDisk(): Promise<void> {
  const session = desktopSession();
  if (session === null) return Promise.resolve();
  return session.queue(async () => {
    const { changedOnDisk, fileLink, openProjectId } = state();
    if (changedOnDisk === null || fileLink?.path !== changedOnDisk.path) return;
    await session.title.flush();
    const outcome = await ask(() => session.api.reload());
    if (outcome === null || outcome.kind === 'cancelled') return;
    const { file } = outcome;
    const read = readProjectDocument(file.text);
    if (!read.ok) {
      state().setWorkspace({
        importReport: {
          fileName: file.name,
          problems: describeIssues(read.issues),
          action: 'open',
        },
      });
      return;
    }
    if (state().openProjectId !== openProjectId) return;
    if (!applyStoredDocument(read.project, 'Reload from disk', true)) return;
    // The document now is the file's content: saved, once the autosave has stored it.
    state().setWorkspace({ fileLink: linkTo(file, state().project) });
    state().setDesktop({ changedOnDisk: null });
    state().clearSelection();
    state().say(`Reloaded “${file.name}” from disk. Undo brings back your version.`);
  });
}

export async function keepMyVersion(): Promise<void> {
  const { changedOnDisk, fileLink, openProjectId } = state();
  state().setDesktop({ changedOnDisk: null });
  if (changedOnDisk === null || fileLink === null || fileLink.path !== changedOnDisk.path) return;
  const mine = { ...fileLink, document: null };
  state().setWorkspace({ fileLink: mine });
  state().say(`Your version is kept. Save writes it over “${fileLink.name}”.`);
  const c = workspaceConnection();
  if (c === null || openProjectId === null) return;
  try {
    await writeFileLink(c.db, openProjectId, fileFields(mine, null));
  } catch (error) {
    state().say(storageErrorMessage(error), 'refusal');
  }
}
