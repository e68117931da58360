/**
 * The workspace schema: a fresh database gets every table and records its format; every
 * upgrade keeps the data written by the version before (a harness that covers each version
 * appended to SCHEMA_VERSIONS, proven here with a test-only version 2); and a database written
 * by a newer Flowcase is refused in words and left exactly as it was.
 */
import 'fake-indexeddb/auto';
import Dexie, { type Transaction } from 'dexie';
import { describe, expect, it } from 'vitest';
import { blankProject } from '../../../shared/editor';
import { SAMPLES } from '../../../shared/samples';
import { FORMAT_KEY, SCHEMA_VERSIONS, UNLINKED, WORKSPACE_FORMAT, WorkspaceDb } from './db';
import { listProjects, listSnapshots, openWorkspace, readProject, storedText } from './library';

type SchemaVersion = (typeof SCHEMA_VERSIONS)[number];

const freshName = () => `workspace-test-${crypto.randomUUID()}`;

/** Every table and row of a database, read without declaring a schema (so nothing is written). */
async function dump(name: string): Promise<string> {
  const raw = new Dexie(name);
  await raw.open();
  try {
    const tables: Record<string, unknown> = {};
    for (const table of [...raw.tables].sort((a, b) => a.name.localeCompare(b.name))) {
      const indexes = table.schema.indexes.map((index) => index.src).sort();
      tables[table.name] = {
        primKey: table.schema.primKey.src,
        indexes,
        rows: await table.toArray(),
      };
    }
    return JSON.stringify({ version: raw.verno, tables });
  } finally {
    raw.close();
  }
}

// ---- Fixture data of each schema version, written as that version stored its rows ----------

interface Fixture {
  readonly write: (db: WorkspaceDb) => Promise<void>;
  /** The rows as the next version should hold them, from what `write` stored. */
  readonly expectedAfterUpgrade?: (before: Record<string, unknown[]>) => Record<string, unknown[]>;
}

const sample = SAMPLES[0]!.project;
const blank = blankProject('Fixture blank');

/** Version 1 rows: two projects, their documents, a snapshot and the settings the app keeps. */
const version1Fixture: Fixture = {
  write: async (db) => {
    await db.transaction('rw', [db.projects, db.documents, db.snapshots, db.settings], async () => {
      // Untyped: version 1's rows lack the fields later versions add.
      await db.table('projects').bulkAdd([
        { id: 'p-sample', name: sample.name, updatedAt: 1000, size: 10, revision: 3 },
        { id: 'p-blank', name: blank.name, updatedAt: 2000, size: 20, revision: 1 },
      ]);
      await db.documents.bulkAdd([
        { id: 'p-sample', text: storedText(sample), revision: 3 },
        { id: 'p-blank', text: storedText(blank), revision: 1 },
      ]);
      await db.snapshots.add({
        projectId: 'p-sample',
        name: 'Before the workshop',
        createdAt: 1500,
        text: storedText(sample),
      });
      await db.settings.bulkAdd([
        { key: FORMAT_KEY, value: 1 },
        { key: 'ui.something', value: { nested: [1, 2] } },
      ]);
    });
  },
};

/** Version 1 to 2: every project is library-only (its file fields are null); nothing else moves. */
const version1To2: Fixture = {
  ...version1Fixture,
  expectedAfterUpgrade: (before) => ({
    ...before,
    projects: (before['projects'] as object[]).map((row) => ({ ...row, ...UNLINKED })),
  }),
};

/** Version 2 rows: a project linked to its file with unsaved changes, and a library-only one. */
const version2Fixture: Fixture = {
  write: async (db) => {
    await db.transaction('rw', [db.projects, db.documents, db.snapshots, db.settings], async () => {
      await db.projects.bulkAdd([
        {
          id: 'p-sample',
          name: sample.name,
          updatedAt: 3000,
          size: 10,
          revision: 5,
          filePath: '/home/ana/Invoice approval.flowcase',
          fileName: 'Invoice approval.flowcase',
          fileModifiedAt: 2500,
          fileRevision: 4,
        },
        { id: 'p-blank', name: blank.name, updatedAt: 2000, size: 20, revision: 1, ...UNLINKED },
      ]);
      await db.documents.bulkAdd([
        { id: 'p-sample', text: storedText(sample), revision: 5 },
        { id: 'p-blank', text: storedText(blank), revision: 1 },
      ]);
      await db.snapshots.add({
        projectId: 'p-sample',
        name: 'Before the workshop',
        createdAt: 1500,
        text: storedText(sample),
      });
      await db.settings.bulkAdd([
        { key: FORMAT_KEY, value: 2 },
        { key: 'desktop.sessionStartedAt', value: 2400 },
      ]);
    });
  },
};

/** Fixture data of every schema version, by version number. Add one with each new version. */
const FIXTURES: Readonly<Record<number, Fixture>> = { 1: version1To2, 2: version2Fixture };

async function rowsOf(db: Dexie): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const table of db.tables) rows[table.name] = await table.toArray();
  return rows;
}

/**
 * The upgrade to `versions[k]`: write `fixture` with the schema up to the version before, then
 * open with the schema up to version k. Returns the rows before and after.
 */
async function upgradeStep(
  versions: readonly SchemaVersion[],
  k: number,
  fixture: Fixture,
): Promise<{ before: Record<string, unknown[]>; after: Record<string, unknown[]> }> {
  const name = freshName();
  const old = new WorkspaceDb(name, versions.slice(0, k));
  await old.open();
  await fixture.write(old);
  const before = await rowsOf(old);
  old.close();
  const upgraded = new WorkspaceDb(name, versions.slice(0, k + 1));
  await upgraded.open();
  const after = await rowsOf(upgraded);
  upgraded.close();
  await Dexie.delete(name);
  return { before, after };
}

/** One test per upgrade in `versions`: the fixture of the version before survives it. */
function describeUpgrades(
  title: string,
  versions: readonly SchemaVersion[],
  fixtures: Readonly<Record<number, Fixture>>,
): void {
  describe(title, () => {
    it('has fixture data for every version', () => {
      const all = versions.map((v) => v.version);
      expect(all.filter((version) => fixtures[version] === undefined)).toEqual([]);
    });

    for (let k = 1; k < versions.length; k++) {
      const from = versions[k - 1]!.version;
      const to = versions[k]!.version;
      it(`upgrades data of version ${from} to version ${to} without losing any`, async () => {
        // Given rows written by version `from`
        const fixture = fixtures[from];
        expect(fixture, `fixture data of version ${from}`).toBeDefined();
        // When the database is opened by version `to`
        const { before, after } = await upgradeStep(versions, k, fixture!);
        // Then every row is still there, rewritten only as the upgrade says
        expect(after).toEqual(fixture!.expectedAfterUpgrade?.(before) ?? before);
      });
    }

    it('opens fixture data of every version with the newest schema, through the library', async () => {
      for (const v of versions) {
        // Given a workspace written by version v
        const name = freshName();
        const old = new WorkspaceDb(name, versions.slice(0, versions.indexOf(v) + 1));
        await old.open();
        await fixtures[v.version]!.write(old);
        old.close();
        // When this Flowcase opens it
        const db = new WorkspaceDb(name, versions);
        expect(await openWorkspace(db), `data of version ${v.version}`).toEqual({ ok: true });
        // Then the library lists and opens every project, and the snapshots are there
        const rows = await listProjects(db);
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) {
          const opened = await readProject(db, row.id);
          expect(opened.ok, JSON.stringify(opened)).toBe(true);
        }
        const snapshots = await Promise.all(rows.map((row) => listSnapshots(db, row.id)));
        expect(snapshots.flat().length).toBeGreaterThan(0);
        db.close();
        await Dexie.delete(name);
      }
    });
  });
}

// ---- The tests -------------------------------------------------------------------------------

describe('a fresh workspace', () => {
  it('creates every table and records the workspace format', async () => {
    // Given no database yet
    const db = new WorkspaceDb(freshName());
    // When the workspace is opened
    expect(await openWorkspace(db)).toEqual({ ok: true });
    // Then it has every table of the newest schema, and its format is recorded
    const newest = SCHEMA_VERSIONS.at(-1)!;
    // A version lists only the tables it adds or changes; the schema is all of them.
    const declared = new Set(SCHEMA_VERSIONS.flatMap((v) => Object.keys(v.stores)));
    expect(db.tables.map((t) => t.name).sort()).toEqual([...declared].sort());
    expect(db.backendDB().version / 10).toBe(newest.version);
    expect((await db.settings.get(FORMAT_KEY))?.value).toBe(WORKSPACE_FORMAT);
    db.close();
  });

  it('declares the workspace format as the newest schema version', () => {
    expect(WORKSPACE_FORMAT).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    const numbers = SCHEMA_VERSIONS.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});

describeUpgrades('schema upgrades of this Flowcase', SCHEMA_VERSIONS, FIXTURES);

const NEWEST = SCHEMA_VERSIONS.at(-1)!.version;
const NEWEST_FIXTURE = FIXTURES[NEWEST]!;

// A test-only next version proves the harness: an added index, and an upgrade that rewrites rows.
const TEST_NEXT_VERSION: SchemaVersion = {
  version: NEWEST + 1,
  stores: { projects: 'id, updatedAt, filePath, name' },
  upgrade: async (tx: Transaction) => {
    await tx
      .table('projects')
      .toCollection()
      .modify((row: { name: string; searchName?: string }) => {
        row.searchName = row.name.toLowerCase();
      });
  },
};

const newestToTestNext: Fixture = {
  ...NEWEST_FIXTURE,
  expectedAfterUpgrade: (before) => ({
    ...before,
    projects: (before['projects'] as { name: string }[]).map((row) => ({
      ...row,
      searchName: row.name.toLowerCase(),
    })),
  }),
};

describeUpgrades(
  'the upgrade harness, with a test-only next version',
  [...SCHEMA_VERSIONS, TEST_NEXT_VERSION],
  { ...FIXTURES, [NEWEST]: newestToTestNext, [NEWEST + 1]: NEWEST_FIXTURE },
);

describe('the upgrade harness itself', () => {
  it('catches an upgrade that loses data', async () => {
    // Given a test-only next version whose upgrade drops every document
    const lossy: SchemaVersion = {
      version: NEWEST + 1,
      stores: { projects: 'id, updatedAt, filePath, name' },
      upgrade: async (tx) => {
        await tx.table('documents').clear();
      },
    };
    // When the harness upgrades the newest version's fixture with it
    const { before, after } = await upgradeStep(
      [...SCHEMA_VERSIONS, lossy],
      SCHEMA_VERSIONS.length,
      NEWEST_FIXTURE,
    );
    // Then what it compares differs, so the harness's test would fail
    expect(after).not.toEqual(before);
    expect(after['documents']).toEqual([]);
  });
});

describe('a workspace written by a newer Flowcase', () => {
  const refusal = /newer version of Flowcase/;

  it('is refused when its recorded format is newer, and left byte for byte unchanged', async () => {
    // Given a workspace whose recorded format is newer than this Flowcase writes
    const name = freshName();
    const writer = new WorkspaceDb(name);
    await writer.open();
    await NEWEST_FIXTURE.write(writer);
    await writer.settings.put({ key: FORMAT_KEY, value: WORKSPACE_FORMAT + 1 });
    writer.close();
    const before = await dump(name);
    // When this Flowcase opens it
    const db = new WorkspaceDb(name);
    const opened = await openWorkspace(db);
    // Then it is refused in words, closed, and nothing changed
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.message).toMatch(refusal);
    expect(db.isOpen()).toBe(false);
    expect(await dump(name)).toBe(before);
  });

  // Dexie 4 opens a database with a higher version than declared without a VersionError, so
  // the schema version on disk has to be checked before Dexie may touch it.
  const newerSchemas: [string, SchemaVersion][] = [
    [
      'an added index and table',
      { version: NEWEST + 1, stores: { projects: 'id, updatedAt, name', tags: 'id' } },
    ],
    ['a dropped table', { version: NEWEST + 1, stores: { snapshots: null } }],
    [
      'a changed index',
      { version: NEWEST + 1, stores: { snapshots: '++id, projectId, createdAt' } },
    ],
  ];

  for (const [what, newer] of newerSchemas) {
    it(`is refused when its schema version is higher (${what}), and left unchanged`, async () => {
      // Given a workspace created by a newer Flowcase's schema, without a format setting
      const name = freshName();
      const writer = new WorkspaceDb(name, [...SCHEMA_VERSIONS, newer]);
      await writer.open();
      await writer.projects.add({
        id: 'p',
        name: 'Newer',
        updatedAt: 1,
        size: 2,
        revision: 7,
        ...UNLINKED,
      });
      await writer.documents.add({ id: 'p', text: '{"from":"the future"}', revision: 7 });
      writer.close();
      const before = await dump(name);
      // When this Flowcase opens it
      const db = new WorkspaceDb(name);
      const opened = await openWorkspace(db);
      // Then it is refused in words, and nothing changed, not even the settings
      expect(opened.ok).toBe(false);
      expect(!opened.ok && opened.message).toMatch(refusal);
      expect(db.isOpen()).toBe(false);
      expect(await dump(name)).toBe(before);
    });
  }

  it('is opened when it is this version or older', async () => {
    // Given a workspace this Flowcase wrote and closed
    const name = freshName();
    const first = new WorkspaceDb(name);
    expect(await openWorkspace(first)).toEqual({ ok: true });
    first.close();
    // When it is opened again, Then it opens
    const again = new WorkspaceDb(name);
    expect(await openWorkspace(again)).toEqual({ ok: true });
    again.close();
  });
});
