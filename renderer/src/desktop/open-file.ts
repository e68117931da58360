// Opening a `.flowcase` file in the desktop app: from Open, Open Recent, a drop on the window,
// the OS or a second launch. Promises:
// - a file no library project is linked to opens as a new library project linked to it;
// - a file already linked opens that project: when its draft is the file, as it is; when the
//   draft has no unsaved changes but the file changed since (another program, another copy),
//   with the file's content; when the draft has unsaved changes, after asking "keep the draft
//   or load the file" (Escape keeps the draft: nothing changes). Loading the file over unsaved
//   changes keeps the draft as a snapshot first, so nothing is lost;
// - a file that does not pass validation opens nothing and lists every problem.
import type { OpenedFile } from '../../../shared/ipc/contract';
import { describeIssues, readProjectDocument } from '../../../shared/model';
import type { Project } from '../../../shared/model/schema';
import type { DroppedFile } from '../../../shared/ipc/api';
import { useAppStore, type DraftQuestion } from '../store';
import { UNLINKED, type ProjectRow } from '../workspace/db';
import {
  fileFields,
  findLinkedRow,
  hasUnsavedChanges,
  rowHasUnsavedChanges,
  writeFileLink,
  type FileLink,
} from '../workspace/file-link';
import { laidOut } from '../workspace/import-export';
import { readProject, saveProject, saveSnapshot, storedText } from '../workspace/library';
import { storageErrorMessage } from '../workspace/storage-errors';
import { openAsNew, openStored, refreshLibrary, workspaceConnection } from '../workspace/workspace';
import { ask } from './bridge';
import { desktopSession } from './session';

const state = () => useAppStore.getState();

type Connection = NonNullable<ReturnType<typeof workspaceConnection>>;

/** The link of a file just read or written, whose content is `document`. */
export function linkTo(
  file: Pick<OpenedFile, 'path' | 'name' | 'modifiedAt'>,
  document: Project | null,
): FileLink {
  return { path: file.path, name: file.name, modifiedAt: file.modifiedAt, document };
}

/** Open `file` as described above; never rejects (a storage failure is said in words). */
export async function openFile(file: OpenedFile): Promise<void> {
  const read = readProjectDocument(file.text);
  if (!read.ok) {
    state().setWorkspace({
      importReport: { fileName: file.name, problems: describeIssues(read.issues), action: 'open' },
    });
    return;
  }
  try {
    const c = workspaceConnection();
    const row = c === null ? undefined : await findLinkedRow(c.db, file.path);
    const opened =
      c === null || row === undefined
        ? await openUnlinked(file, read.project)
        : await openLinked(c, row, file, read.project);
    if (!opened) return;
    const problems = read.problems.length;
    state().say(
      problems === 0
        ? `Opened “${file.name}”.`
        : `Opened “${file.name}”, with ${problems} process problem${problems === 1 ? '' : 's'} listed under Problems.`,
    );
  } catch (error) {
    state().say(storageErrorMessage(error), 'refusal');
  }
}

/** A file of its own: a new library project linked to it. */
async function openUnlinked(file: OpenedFile, fromFile: Project): Promise<boolean> {
  const project = await laidOut(fromFile);
  // A map laid out on opening differs from the file: unsaved until saved.
  await openAsNew(project, linkTo(file, project === fromFile ? project : null));
  return true;
}

async function openLinked(
  c: Connection,
  row: ProjectRow,
  file: OpenedFile,
  fromFile: Project,
): Promise<boolean> {
  const isOpen = state().openProjectId === row.id;
  if (isOpen) await c.autosave?.flush();
  const stored = await readProject(c.db, row.id);
  if (!stored.ok) {
    // The draft cannot be read: the file opens as a project of its own; the draft stays.
    await writeFileLink(c.db, row.id, UNLINKED);
    return openUnlinked(file, fromFile);
  }
  if (storedText(stored.project) === storedText(fromFile)) {
    const link = linkTo(file, stored.project);
    await writeFileLink(c.db, row.id, fileFields(link, stored.row.revision));
    await refreshLibrary();
    if (!isOpen) return openStored(row.id);
    const { project } = state();
    if (project !== null && storedText(project) === storedText(fromFile))
      state().setWorkspace({ fileLink: { ...link, document: project } });
    return true;
  }
  const unsaved = isOpen
    ? hasUnsavedChanges(state().project, state().fileLink)
    : rowHasUnsavedChanges(stored.row);
  if (!unsaved) return loadFileInto(c, stored.row, stored.project, file, fromFile, null);
  const choice = await askDraftOrFile({
    fileName: file.name,
    projectName: stored.row.name,
    draftEditedAt: stored.row.updatedAt,
    fileModifiedAt: file.modifiedAt,
  });
  if (choice === 'file') {
    const time = new Date().toLocaleString([], { dateStyle: 'short', timeStyle: 'short' });
    return loadFileInto(c, stored.row, stored.project, file, fromFile, `Unsaved draft, ${time}`);
  }
  if (!isOpen && !(await openStored(row.id))) return false;
  state().say(
    `“${stored.row.name}” is shown with its unsaved changes; “${file.name}” stays as it is until you save.`,
  );
  return false;
}

/**
 * Make the file's content the project's stored document and (with `open`) open it with a fresh
 * history; with `keepDraftAs`, the draft it replaces is kept as a snapshot of that name first.
 */
export async function loadFileInto(
  c: Connection,
  row: ProjectRow,
  draft: Project,
  file: Pick<OpenedFile, 'path' | 'name' | 'modifiedAt'>,
  fromFile: Project,
  keepDraftAs: string | null,
  open = true,
): Promise<boolean> {
  if (keepDraftAs !== null) await saveSnapshot(c.db, row.id, keepDraftAs, draft);
  const saved = await saveProject(c.db, row.id, fromFile, row.revision);
  if (!saved.ok) {
    state().say(
      `“${row.name}” changed in another window while the file was read. Open the file again.`,
      'refusal',
    );
    return false;
  }
  await writeFileLink(c.db, row.id, fileFields(linkTo(file, fromFile), saved.row.revision));
  await refreshLibrary();
  return open ? openStored(row.id) : true;
}

/** Ask whether to keep the draft or load the file; resolves with the answer. */
function askDraftOrFile(question: Omit<DraftQuestion, 'answer'>): Promise<'draft' | 'file'> {
  return new Promise((resolve) => {
    state().setDesktop({
      draftQuestion: {
        ...question,
        answer: (choice) => {
          state().setDesktop({ draftQuestion: null });
          resolve(choice);
        },
      },
    });
  });
}

/** Open: the shell's Open dialog, then the file chosen (nothing when cancelled). */
export function openWithDialog(): Promise<void> {
  return openVia((api) => api.open());
}

/** A `.flowcase` file dropped on the window. */
export function openDroppedFile(file: DroppedFile): Promise<void> {
  return openVia((api) => api.openDropped(file));
}

/** A file the shell read for us (second launch, the OS, Open Recent, the command line). */
export function openReceived(file: OpenedFile): Promise<void> {
  const session = desktopSession();
  return session === null ? openFile(file) : session.queue(() => openFile(file));
}

type Api = NonNullable<ReturnType<typeof desktopSession>>['api'];

function openVia(
  // Both channels answer the same outcome (an opened file, or cancelled).
  call: (api: Api) => ReturnType<Api['open']>,
): Promise<void> {
  const session = desktopSession();
  if (session === null) return Promise.resolve();
  return session.queue(async () => {
    const outcome = await ask(() => call(session.api));
    if (outcome?.kind === 'opened') await openFile(outcome.file);
  });
}
