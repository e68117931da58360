// The link between a library project and its `.flowcase` file (desktop app). The file is the
// truth; the library row is its draft. Promises:
// - a project has unsaved changes exactly when the document differs from what was last read
//   from or written to its file: in memory, `project !== link.document` (undo back to the saved
//   state is clean again); across restarts, `row.revision !== row.fileRevision`;
// - at most one library row is linked to a path: linking one unlinks any other;
// - library-only rows (and every row of the web build) have no link and never count as unsaved.
import type { Project } from '../../../shared/model/schema';
import { UNLINKED, type FileFields, type ProjectRow, type WorkspaceDb } from './db';

/** The open project's file. */
export interface FileLink {
  readonly path: string;
  /** The file's name as the title bar shows it. */
  readonly name: string;
  /** The file's modification time (ms) when it was last read or written. */
  readonly modifiedAt: number;
  /**
   * The document as last read from or written to the file; null when the draft is known to
   * differ from the file (a restored draft, "Keep my version" after a change on disk).
   */
  readonly document: Project | null;
}

/** Whether the open document has changes its file does not have. */
export function hasUnsavedChanges(project: Project | null, link: FileLink | null): boolean {
  return link !== null && project !== link.document;
}

/** Whether a stored row's draft differs from its file (false for library-only rows). */
export function rowHasUnsavedChanges(row: ProjectRow): boolean {
  return row.filePath !== null && row.fileRevision !== row.revision;
}

/** The link of an opened row whose stored document is `stored`; null for library-only rows. */
export function linkOfRow(row: ProjectRow, stored: Project): FileLink | null {
  if (row.filePath === null) return null;
  return {
    path: row.filePath,
    name: row.fileName ?? row.filePath.split(/[\\/]/).pop() ?? row.filePath,
    modifiedAt: row.fileModifiedAt ?? 0,
    document: rowHasUnsavedChanges(row) ? null : stored,
  };
}

/** The row fields of a link whose file holds revision `fileRevision` (null: unknown). */
export function fileFields(link: FileLink, fileRevision: number | null): FileFields {
  return {
    filePath: link.path,
    fileName: link.name,
    fileModifiedAt: link.modifiedAt,
    fileRevision,
  };
}

/** The library project linked to `path`, if any. */
export async function findLinkedRow(
  db: WorkspaceDb,
  path: string,
): Promise<ProjectRow | undefined> {
  return db.projects.where('filePath').equals(path).first();
}

/**
 * Link project `id` to a file (or unlink it with `UNLINKED`), without counting as a save of the
 * document. Any other project linked to the same path loses its link: the file now belongs to
 * this one. Returns the updated row, or null when the project is gone.
 */
export async function writeFileLink(
  db: WorkspaceDb,
  id: string,
  fields: FileFields,
): Promise<ProjectRow | null> {
  return db.transaction('rw', db.projects, async () => {
    const row = await db.projects.get(id);
    if (!row) return null;
    if (fields.filePath !== null)
      await db.projects
        .where('filePath')
        .equals(fields.filePath)
        .and((other) => other.id !== id)
        .modify(UNLINKED);
    const next: ProjectRow = { ...row, ...fields };
    await db.projects.put(next);
    return next;
  });
}

/**
 * Record that stored `revision` of project `id` is its file's content (the autosave wrote the
 * document last read from or written to the file). Nothing changes when the project has moved
 * on since or lost its link. Returns the updated row, or null when nothing changed.
 */
export async function markFileRevision(
  db: WorkspaceDb,
  id: string,
  revision: number,
): Promise<ProjectRow | null> {
  return db.transaction('rw', db.projects, async () => {
    const row = await db.projects.get(id);
    if (!row || row.filePath === null || row.revision !== revision) return null;
    if (row.fileRevision === revision) return row;
    const next: ProjectRow = { ...row, fileRevision: revision };
    await db.projects.put(next);
    return next;
  });
}
