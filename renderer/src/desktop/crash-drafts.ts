// Which drafts to offer after Flowcase closed unexpectedly, from what the library knows. Pure.
//
// A draft is offered when its changes may exist nowhere else, or when the person may not know
// where they are:
// - a project linked to a file whose stored revision is not the file's (`revision !==
//   fileRevision`): it has changes its file does not have, whenever they were made;
// - a library-only project edited at or after the crashed session started: saved at least once
//   after it was created (`revision > 1`; a project only created then, such as the first start's
//   sample or an untouched blank one, holds nothing the person made) and last saved since the
//   start. The session records its start in the workspace's settings (`SESSION_START_KEY`), and
//   the next start reads it before recording its own. When it is unknown (the first desktop
//   start), no library-only project is offered: there is no telling which were edited then.
// A file the shell is about to open anyway (the command line, the OS) is left out: opening it
// asks about its draft itself.
import type { CrashDraft } from '../store';
import type { ProjectRow } from '../workspace/db';
import { rowHasUnsavedChanges } from '../workspace/file-link';

/** The settings key of the running desktop session's start (ms since 1970). */
export const SESSION_START_KEY = 'desktop.sessionStartedAt';

/** The drafts to offer, the most recently edited first. */
export function selectCrashDrafts(
  rows: readonly ProjectRow[],
  crashedSessionStart: number | null,
  openingPath: string | null = null,
): CrashDraft[] {
  return rows
    .filter((row) =>
      row.filePath !== null
        ? rowHasUnsavedChanges(row) && row.filePath !== openingPath
        : crashedSessionStart !== null && row.revision > 1 && row.updatedAt >= crashedSessionStart,
    )
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .map((row) => ({
      projectId: row.id,
      projectName: row.name,
      editedAt: row.updatedAt,
      file:
        row.filePath === null
          ? null
          : { path: row.filePath, name: row.fileName ?? row.filePath.split(/[\\/]/).pop()! },
    }));
}

/** A recorded session start read back from settings; null when absent or not a time. */
export function sessionStart(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
