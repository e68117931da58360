/**
 * The project library over a fake IndexedDB: create, list, read, duplicate, delete and
 * snapshots; damaged stored documents refused in words and left as they were; and the
 * revision check between two windows (two connections to one database).
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { blankProject } from '../../../shared/editor';
import type { Project } from '../../../shared/model/schema';
import { SAMPLES } from '../../../shared/samples';
import { WorkspaceDb } from './db';
import {
  createProject,
  deleteProject,
  duplicateProject,
  listProjects,
  listSnapshots,
  openWorkspace,
  readProject,
  readSnapshot,
  saveProject,
  saveSnapshot,
  storedText,
} from './library';

const sample = SAMPLES[0]!.project;
const renamed = (project: Project, name: string): Project => ({ ...project, name });

const open: WorkspaceDb[] = [];
const names: string[] = [];

/** A connection to a fresh database, or a second connection (another window) to `name`. */
async function connect(name = `library-test-${crypto.randomUUID()}`): Promise<WorkspaceDb> {
  const db = new WorkspaceDb(name);
  expect(await openWorkspace(db)).toEqual({ ok: true });
  open.push(db);
  names.push(name);
  return db;
}

afterEach(async () => {
  for (const db of open.splice(0)) db.close();
  for (const name of new Set(names.splice(0))) await Dexie.delete(name);
});

describe('the project library', () => {
  it('lists projects with the most recently changed first', async () => {
    // Given three projects saved at different times
    const db = await connect();
    await createProject(db, blankProject('Oldest'), 1000);
    await createProject(db, blankProject('Newest'), 3000);
    await createProject(db, blankProject('Middle'), 2000);
    // When the library is listed
    const rows = await listProjects(db);
    // Then the newest comes first, each with its size and first revision
    expect(rows.map((row) => row.name)).toEqual(['Newest', 'Middle', 'Oldest']);
    expect(rows.every((row) => row.revision === 1 && row.size > 0)).toBe(true);
  });

  it('reads back exactly the project that was created', async () => {
    const db = await connect();
    const row = await createProject(db, sample, 1000);
    const opened = await readProject(db, row.id);
    expect(opened).toEqual({ ok: true, row, project: sample });
    expect(row.size).toBe(storedText(sample).length);
  });

  it('says so when a project is no longer there', async () => {
    const db = await connect();
    expect(await readProject(db, 'gone')).toEqual({
      ok: false,
      message: 'This project is no longer in the workspace.',
    });
  });

  it('duplicates a project under a new id and name, the document otherwise the same', async () => {
    // Given a stored sample
    const db = await connect();
    const original = await createProject(db, sample, 1000);
    // When it is duplicated
    const copy = await duplicateProject(db, original.id, 'Sample (copy)', 2000);
    // Then the copy is its own entry with the given name and the same document
    expect(copy.ok).toBe(true);
    if (!copy.ok) return;
    expect(copy.row.id).not.toBe(original.id);
    expect(copy.row).toMatchObject({ name: 'Sample (copy)', revision: 1, updatedAt: 2000 });
    const opened = await readProject(db, copy.row.id);
    expect(opened.ok && opened.project).toEqual(renamed(sample, 'Sample (copy)'));
    // And the original is untouched
    expect(await readProject(db, original.id)).toEqual({
      ok: true,
      row: original,
      project: sample,
    });
    expect((await listProjects(db)).map((row) => row.name)).toEqual(['Sample (copy)', sample.name]);
  });

  it('deletes a project with its document and snapshots, and nothing of another project', async () => {
    // Given two projects with a snapshot each
    const db = await connect();
    const doomed = await createProject(db, sample);
    const kept = await createProject(db, blankProject('Kept'));
    await saveSnapshot(db, doomed.id, 'Doomed snapshot', sample);
    await saveSnapshot(db, kept.id, 'Kept snapshot', blankProject('Kept'));
    // When one is deleted
    await deleteProject(db, doomed.id);
    // Then nothing of it is left, and the other is whole
    expect(await db.projects.get(doomed.id)).toBeUndefined();
    expect(await db.documents.get(doomed.id)).toBeUndefined();
    expect(await db.snapshots.where('projectId').equals(doomed.id).count()).toBe(0);
    expect((await listProjects(db)).map((row) => row.id)).toEqual([kept.id]);
    expect((await listSnapshots(db, kept.id)).map((s) => s.name)).toEqual(['Kept snapshot']);
  });

  it('keeps snapshots, the newest first, and reads each back', async () => {
    const db = await connect();
    const row = await createProject(db, sample);
    const first = await saveSnapshot(db, row.id, 'First', renamed(sample, 'First'), 1000);
    await saveSnapshot(db, row.id, 'Second', renamed(sample, 'Second'), 2000);
    expect((await listSnapshots(db, row.id)).map((s) => s.name)).toEqual(['Second', 'First']);
    expect(await readSnapshot(db, first.id)).toEqual({
      ok: true,
      name: 'First',
      project: renamed(sample, 'First'),
    });
  });
});

describe('a damaged stored document', () => {
  const damaged: [string, string, RegExp][] = [
    ['text cut off mid-write', '{"schemaVersion": 1, "name": ', /cut off/],
    ['text that is not JSON', 'not a project', /JSON/],
    ['a document of the wrong shape', JSON.stringify({ schemaVersion: 1, name: 42 }), /name/],
    [
      'a document from a newer Flowcase',
      JSON.stringify({ ...sample, schemaVersion: 99 }),
      /newer version of Flowcase/,
    ],
  ];

  for (const [what, text, words] of damaged) {
    it(`is refused in words and not overwritten: ${what}`, async () => {
      // Given a project whose stored text is damaged
      const db = await connect();
      const row = await createProject(db, blankProject('Damaged'));
      await db.documents.put({ id: row.id, text, revision: row.revision });
      // When it is opened, duplicated or its snapshot restored
      const opened = await readProject(db, row.id);
      const copy = await duplicateProject(db, row.id, 'Copy');
      const snapshot = await db.snapshots.add({ projectId: row.id, name: 'S', createdAt: 1, text });
      const restored = await readSnapshot(db, Number(snapshot));
      // Then each is refused with the project's name and the validator's words
      expect(opened.ok).toBe(false);
      expect(!opened.ok && opened.message).toMatch(/^“Damaged” cannot be opened: /);
      expect(!opened.ok && opened.message).toMatch(words);
      expect(copy.ok).toBe(false);
      expect(!restored.ok && restored.message).toMatch(/^Snapshot “S” cannot be restored: /);
      // And the stored text is exactly as it was, with no copy made
      expect(await db.documents.get(row.id)).toEqual({ id: row.id, text, revision: 1 });
      expect(await db.projects.count()).toBe(1);
    });
  }
});

describe('the revision check between two windows', () => {
  it('refuses a save based on a revision another window has saved over, writing nothing', async () => {
    // Given two windows on the same project, both at revision 1
    const a = await connect();
    const b = await connect(a.name);
    const row = await createProject(a, sample, 1000);
    const inB = await readProject(b, row.id);
    expect(inB.ok && inB.row.revision).toBe(1);
    // When A saves, then B saves its own edit based on revision 1
    const savedA = await saveProject(a, row.id, renamed(sample, 'A'), 1, 2000);
    const savedB = await saveProject(b, row.id, renamed(sample, 'B'), 1, 3000);
    // Then A's save is revision 2; B is told of it and writes nothing
    expect(savedA).toMatchObject({ ok: true, row: { revision: 2, name: 'A' } });
    expect(savedB).toEqual({
      ok: false,
      reason: 'conflict',
      theirs: savedA.ok ? savedA.row : null,
    });
    const now = await readProject(b, row.id);
    expect(now.ok && now.project.name).toBe('A');
    expect(now.ok && now.row).toEqual(savedA.ok && savedA.row);
  });

  it('lets exactly one of two saves made at the same moment through', async () => {
    const a = await connect();
    const b = await connect(a.name);
    const row = await createProject(a, sample);
    const results = await Promise.all([
      saveProject(a, row.id, renamed(sample, 'A'), 1),
      saveProject(b, row.id, renamed(sample, 'B'), 1),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'conflict')).toHaveLength(1);
    const winner = results.find((r) => r.ok)!;
    const stored = await readProject(a, row.id);
    expect(stored.ok && stored.project.name).toBe(winner.ok && winner.row.name);
    expect(stored.ok && stored.row.revision).toBe(2);
  });

  it('says "deleted" when another window deleted the project, and does not bring it back', async () => {
    // Given a project open in B that A deletes
    const a = await connect();
    const b = await connect(a.name);
    const row = await createProject(a, sample);
    await deleteProject(a, row.id);
    // When B saves its edit
    const saved = await saveProject(b, row.id, renamed(sample, 'B'), 1);
    // Then B is told, and the project stays deleted
    expect(saved).toEqual({ ok: false, reason: 'deleted' });
    expect(await a.projects.get(row.id)).toBeUndefined();
    expect(await a.documents.get(row.id)).toBeUndefined();
  });

  it('accepts a save based on the newest revision', async () => {
    const a = await connect();
    const b = await connect(a.name);
    const row = await createProject(a, sample);
    await saveProject(a, row.id, renamed(sample, 'A'), 1);
    const latest = await readProject(b, row.id);
    const saved = await saveProject(
      b,
      row.id,
      renamed(sample, 'B'),
      latest.ok ? latest.row.revision : 0,
    );
    expect(saved).toMatchObject({ ok: true, row: { revision: 3, name: 'B' } });
  });
});
