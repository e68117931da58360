// The project library over the workspace database: list, create, read, save with a revision
// check, duplicate, delete, snapshots and settings. Every function reads back through the
// file format's own validation, so a damaged row is refused in words, never shown half-read.
import Dexie from 'dexie';
import { applyCommand } from '../../../shared/editor';
import { describeIssues, readProjectDocument } from '../../../shared/model';
import { rememberProblems } from '../figures/live-figures';
import type { Project } from '../../../shared/model/schema';
import type { FileFields, ProjectRow, SnapshotRow, WorkspaceDb } from './db';
import { FORMAT_KEY, UNLINKED, WORKSPACE_FORMAT } from './db';

export type Opened =
  { ok: true; row: ProjectRow; project: Project } | { ok: false; message: string };

export type Saved =
  | { ok: true; row: ProjectRow }
  /** Another window saved this project since `baseRevision`, or deleted it. Nothing was written. */
  | { ok: false; reason: 'conflict'; theirs: ProjectRow }
  | { ok: false; reason: 'deleted' };

/** A snapshot without its text, for the list. */
export type SnapshotInfo = Omit<SnapshotRow, 'text'> & { id: number };

/** The text a project is stored as. Compact: the file on disk is `serializeDocument`'s. */
export function storedText(project: Project): string {
  return JSON.stringify(project);
}

function newerWorkspace(found: number): { ok: false; message: string } {
  return {
    ok: false,
    message: `This workspace was saved by a newer version of Flowcase (workspace format ${found}; this version reads up to ${WORKSPACE_FORMAT}). Update Flowcase to open it; nothing has been changed.`,
  };
}

/**
 * The schema version of the database on disk, or null when there is none yet. Dexie opens it
 * without a declared schema, which neither creates tables nor upgrades anything.
 */
async function installedSchemaVersion(name: string): Promise<number | null> {
  const probe = new Dexie(name);
  try {
    await probe.open();
    return probe.verno;
  } catch (error) {
    if ((error as { name?: unknown } | null)?.name === 'NoSuchDatabaseError') return null;
    throw error;
  } finally {
    probe.close();
  }
}

/**
 * Open the database and check who wrote it. A workspace written by a newer Flowcase is refused
 * in words and left untouched; otherwise this version's format is recorded.
 *
 * The schema version on disk is read before the database is opened with this version's
 * schema: Dexie 4 opens a database of a higher version without complaint, and where that
 * schema lacks a table or index this one declares, Dexie adds it by upgrading the database.
 */
export async function openWorkspace(
  db: WorkspaceDb,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const installed = await installedSchemaVersion(db.name);
  // Dexie records a schema it had to patch as a fraction above its version (1.1 for 1).
  if (installed !== null && Math.floor(installed) > db.verno)
    return newerWorkspace(Math.floor(installed));
  await db.open();
  const format = (await db.settings.get(FORMAT_KEY))?.value;
  if (typeof format === 'number' && format > WORKSPACE_FORMAT) {
    db.close();
    return newerWorkspace(format);
  }
  if (format !== WORKSPACE_FORMAT)
    await db.settings.put({ key: FORMAT_KEY, value: WORKSPACE_FORMAT });
  return { ok: true };
}

/** Every project, the most recently changed first. */
export async function listProjects(db: WorkspaceDb): Promise<ProjectRow[]> {
  return db.projects.orderBy('updatedAt').reverse().toArray();
}

/**
 * Put `project` in the library as a new entry at revision 1; `file` links it to the file it was
 * opened from (desktop app), library-only by default.
 */
export async function createProject(
  db: WorkspaceDb,
  project: Project,
  now = Date.now(),
  file: FileFields = UNLINKED,
): Promise<ProjectRow> {
  const text = storedText(project);
  const row: ProjectRow = {
    id: crypto.randomUUID(),
    name: project.name,
    updatedAt: now,
    size: text.length,
    revision: 1,
    ...file,
  };
  await db.transaction('rw', db.projects, db.documents, async () => {
    await db.projects.add(row);
    await db.documents.add({ id: row.id, text, revision: row.revision });
  });
  return row;
}

export async function readProject(db: WorkspaceDb, id: string): Promise<Opened> {
  const [row, doc] = await db.transaction('r', db.projects, db.documents, () =>
    Promise.all([db.projects.get(id), db.documents.get(id)]),
  );
  if (!row || !doc) return { ok: false, message: 'This project is no longer in the workspace.' };
  const read = readStoredText(doc.text);
  if (!read.ok) return { ok: false, message: `“${row.name}” cannot be opened: ${read.message}` };
  return { ok: true, row: { ...row, revision: doc.revision }, project: read.project };
}

/**
 * Save `project` over the stored one, in one transaction, only if nobody saved it since
 * `baseRevision` (another tab or window); otherwise nothing is written and the caller is told.
 */
export async function saveProject(
  db: WorkspaceDb,
  id: string,
  project: Project,
  baseRevision: number,
  now = Date.now(),
): Promise<Saved> {
  const text = storedText(project);
  return db.transaction('rw', db.projects, db.documents, async (): Promise<Saved> => {
    const row = await db.projects.get(id);
    if (!row) return { ok: false, reason: 'deleted' };
    if (row.revision !== baseRevision) return { ok: false, reason: 'conflict', theirs: row };
    const next: ProjectRow = {
      ...row,
      name: project.name,
      updatedAt: now,
      size: text.length,
      revision: row.revision + 1,
    };
    await db.projects.put(next);
    await db.documents.put({ id, text, revision: next.revision });
    return { ok: true, row: next };
  });
}

/** A copy of a stored project under a new name, as its own library entry. */
export async function duplicateProject(
  db: WorkspaceDb,
  id: string,
  name: string,
  now = Date.now(),
): Promise<{ ok: true; row: ProjectRow } | { ok: false; message: string }> {
  const opened = await readProject(db, id);
  if (!opened.ok) return opened;
  const renamed = applyCommand(opened.project, { type: 'updateProject', patch: { name } });
  if (!renamed.ok) return { ok: false, message: renamed.reason };
  return { ok: true, row: await createProject(db, renamed.project, now) };
}

export async function deleteProject(db: WorkspaceDb, id: string): Promise<void> {
  await db.transaction('rw', db.projects, db.documents, db.snapshots, async () => {
    await db.projects.delete(id);
    await db.documents.delete(id);
    await db.snapshots.where('projectId').equals(id).delete();
  });
}

export async function saveSnapshot(
  db: WorkspaceDb,
  projectId: string,
  name: string,
  project: Project,
  now = Date.now(),
): Promise<SnapshotInfo> {
  const row: SnapshotRow = { projectId, name, createdAt: now, text: storedText(project) };
  // An auto-incremented key is always a number.
  const id = Number(await db.snapshots.add(row));
  return { id, projectId, name, createdAt: now };
}

/** A project's snapshots, the newest first. */
export async function listSnapshots(db: WorkspaceDb, projectId: string): Promise<SnapshotInfo[]> {
  const rows = await db.snapshots.where('projectId').equals(projectId).toArray();
  return rows
    .map(({ id, projectId: p, name, createdAt }) => ({
      id: id ?? 0,
      projectId: p,
      name,
      createdAt,
    }))
    .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
}

export async function readSnapshot(
  db: WorkspaceDb,
  id: number,
): Promise<{ ok: true; name: string; project: Project } | { ok: false; message: string }> {
  const row = await db.snapshots.get(id);
  if (!row) return { ok: false, message: 'This snapshot is no longer in the workspace.' };
  const read = readStoredText(row.text);
  if (!read.ok)
    return { ok: false, message: `Snapshot “${row.name}” cannot be restored: ${read.message}` };
  return { ok: true, name: row.name, project: read.project };
}

export async function readSetting(db: WorkspaceDb, key: string): Promise<unknown> {
  return (await db.settings.get(key))?.value;
}

export async function writeSetting(db: WorkspaceDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

/** A stored text read back through the file format's validation. */
export function readStoredText(
  text: string,
): { ok: true; project: Project } | { ok: false; message: string } {
  const read = readProjectDocument(text);
  if (!read.ok) return { ok: false, message: describeIssues(read.issues).join(' ') };
  rememberProblems(read.project, read.problems);
  return { ok: true, project: read.project };
}
