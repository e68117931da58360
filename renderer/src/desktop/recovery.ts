// The choices of the "Flowcase closed unexpectedly" dialog. Promises:
// - Restore opens the project with its draft (a file-linked draft opens as unsaved: Save
//   writes it to its file);
// - Discard of a file-linked draft reads the file again (main is pointed at it for the reload,
//   then back at the open document) and makes its content the project's; the discarded draft is
//   kept as a snapshot, so even a wrong click loses nothing. It opens nothing new;
// - "Keep in library" for a library-only project leaves it in the library as it is: deleting a
//   project the person may have worked on for days is not what closing a dialog should do, and
//   the library can delete it at any time;
// - a choice that fails says why and leaves the draft in the list.
import { describeIssues, readProjectDocument } from '../../../shared/model';
import { useAppStore, type CrashDraft } from '../store';
import { readProject } from '../workspace/library';
import { storageErrorMessage } from '../workspace/storage-errors';
import { openStored, workspaceConnection } from '../workspace/workspace';
import { ask } from './bridge';
import { loadFileInto } from './open-file';
import { desktopSession } from './session';

const state = () => useAppStore.getState();

function settled(draft: CrashDraft): void {
  const left = (state().crashDrafts ?? []).filter((d) => d.projectId !== draft.projectId);
  state().setDesktop({ crashDrafts: left.length === 0 ? null : left });
}

export function closeRecovery(): void {
  state().setDesktop({ crashDrafts: null });
}

export async function restoreDraft(draft: CrashDraft): Promise<void> {
  if (state().openProjectId !== draft.projectId && !(await openStored(draft.projectId))) return;
  settled(draft);
  state().say(
    draft.file === null
      ? `Restored “${draft.projectName}”.`
      : `Restored “${draft.projectName}” with its unsaved changes. Save writes them to “${draft.file.name}”.`,
  );
}

export async function keepInLibrary(draft: CrashDraft): Promise<void> {
  settled(draft);
  state().say(`“${draft.projectName}” stays in the library as it is.`);
  await Promise.resolve();
}

export function discardDraft(draft: CrashDraft): Promise<void> {
  const session = desktopSession();
  const c = workspaceConnection();
  const file = draft.file;
  if (session === null || c === null || file === null) return Promise.resolve();
  return session.queue(async () => {
    const pointed = await ask(() =>
      session.api.setDocumentState({ path: file.path, name: file.name, dirty: false }),
    );
    const outcome = pointed === null ? null : await ask(() => session.api.reload());
    await session.title.flush(true);
    if (outcome === null || outcome.kind === 'cancelled') return;
    const read = readProjectDocument(outcome.file.text);
    if (!read.ok) {
      state().setWorkspace({
        importReport: {
          fileName: outcome.file.name,
          problems: describeIssues(read.issues),
          action: 'open',
        },
      });
      return;
    }
    try {
      const isOpen = state().openProjectId === draft.projectId;
      if (isOpen) await c.autosave?.flush();
      const stored = await readProject(c.db, draft.projectId);
      if (!stored.ok) return state().say(stored.message, 'refusal');
      const time = new Date().toLocaleString([], { dateStyle: 'short', timeStyle: 'short' });
      const done = await loadFileInto(
        c,
        stored.row,
        stored.project,
        outcome.file,
        read.project,
        `Draft discarded after Flowcase closed unexpectedly, ${time}`,
        isOpen,
      );
      if (!done) return;
      settled(draft);
      state().say(
        `“${draft.projectName}” now holds “${outcome.file.name}” as it is on disk; the discarded draft is kept as a snapshot.`,
      );
    } catch (error) {
      state().say(storageErrorMessage(error), 'refusal');
    }
  });
}
