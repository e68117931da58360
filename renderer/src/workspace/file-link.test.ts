// The link between a library project and its file: given rows in a fake IndexedDB, when a link
// is written or a revision marked, then one project per path is linked, and only the revision
// that is the file's content counts as saved.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { blankProject } from '../../../shared/editor';
import { SCHEMA_VERSIONS, UNLINKED, WorkspaceDb } from './db';
import {
  findLinkedRow,
  hasUnsavedChanges,
  linkOfRow,
  markFileRevision,
  rowHasUnsavedChanges,
  writeFileLink,
} from './file-link';
import { createProject, saveProject } from './library';

const PATH = 'C:\\Users\\ana\\Invoice approval.flowcase';
const linkFields = (fileRevision: number | null) => ({
  filePath: PATH,
  fileName: 'Invoice approval.flowcase',
  fileModifiedAt: 500,
  fileRevision,
});

const opened: WorkspaceDb[] = [];
async function fresh(versions = SCHEMA_VERSIONS): Promise<WorkspaceDb> {
  const db = new WorkspaceDb(`file-link-${crypto.randomUUID()}`, versions);
  await db.open();
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('file links', () => {
  it('counts a document as unsaved only when it is not the one read from or written to the file', () => {
    const project = blankProject('A');
    const link = { path: PATH, name: 'A.flowcase', modifiedAt: 1, document: project };
    expect(hasUnsavedChanges(project, link)).toBe(false);
    expect(hasUnsavedChanges(blankProject('A'), link)).toBe(true);
    expect(hasUnsavedChanges(project, { ...link, document: null })).toBe(true);
    expect(hasUnsavedChanges(project, null)).toBe(false);
  });

  it('opens a row as saved when its revision is the file’s, unsaved otherwise', async () => {
    const db = await fresh();
    const project = blankProject('A');
    const row = await createProject(db, project, 1, linkFields(1));
    expect(rowHasUnsavedChanges(row)).toBe(false);
    expect(linkOfRow(row, project)?.document).toBe(project);
    expect(linkOfRow({ ...row, revision: 2 }, project)?.document).toBeNull();
    expect(linkOfRow({ ...row, ...UNLINKED }, project)).toBeNull();
  });

  it('links one project per path: linking another unlinks the first', async () => {
    // Given a project linked to a file
    const db = await fresh();
    const first = await createProject(db, blankProject('First'), 1, linkFields(1));
    const second = await createProject(db, blankProject('Second'), 2);
    // When the second is saved to the same path
    await writeFileLink(db, second.id, linkFields(1));
    // Then the path finds the second, and the first is library-only
    expect((await findLinkedRow(db, PATH))?.id).toBe(second.id);
    expect(await db.projects.get(first.id)).toMatchObject(UNLINKED);
  });

  it('marks a revision as the file’s only while it is the stored one', async () => {
    // Given a linked project saved once more since its file was written
    const db = await fresh();
    const project = blankProject('A');
    const row = await createProject(db, project, 1, linkFields(null));
    const saved = await saveProject(db, row.id, blankProject('B'), 1);
    expect(saved.ok).toBe(true);
    // When an older revision is marked, Then nothing changes
    expect(await markFileRevision(db, row.id, 1)).toBeNull();
    // When the stored revision is marked, Then it is the file's
    expect((await markFileRevision(db, row.id, 2))?.fileRevision).toBe(2);
  });

  it('finds projects by path in a workspace upgraded from version 1', async () => {
    // Given a version 1 workspace with one project
    const name = `file-link-${crypto.randomUUID()}`;
    const v1 = new WorkspaceDb(name, SCHEMA_VERSIONS.slice(0, 1));
    await v1.open();
    await v1.table('projects').add({ id: 'p', name: 'Old', updatedAt: 1, size: 1, revision: 1 });
    v1.close();
    // When this version opens it and links the project
    const db = new WorkspaceDb(name);
    await db.open();
    opened.push(db);
    expect(await findLinkedRow(db, PATH)).toBeUndefined();
    await writeFileLink(db, 'p', linkFields(1));
    // Then the path finds it
    expect((await findLinkedRow(db, PATH))?.id).toBe('p');
  });
});
