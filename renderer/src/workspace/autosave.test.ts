/**
 * Autosave over a fake IndexedDB with real timers and delays of a few milliseconds: edits
 * coalesce, the newest document is the one written, a failing write (quota) keeps the work in
 * memory and retries without losing what was saved, and a conflict stops saving until rebase.
 */
import 'fake-indexeddb/auto';
import Dexie, { type DBCore, type Middleware } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { SAMPLES } from '../../../shared/samples';
import { Autosave, type SaveStatus } from './autosave';
import { WorkspaceDb, type ProjectRow } from './db';
import { createProject, openWorkspace, readProject, saveProject } from './library';

const sample = SAMPLES[0]!.project;
const named = (name: string): Project => ({ ...sample, name });
const DELAY_MS = 15;

/**
 * A switch that makes every write to the documents table fail as a full disk does: the
 * transaction aborts with a DOMException named QuotaExceededError.
 */
function quotaSwitch(): { failing: boolean; middleware: Middleware<DBCore> } {
  const control = {
    failing: false,
    middleware: {
      stack: 'dbcore',
      name: 'quota-exceeded',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'documents') return table;
          return {
            ...table,
            mutate: (request) =>
              control.failing
                ? Promise.reject(
                    new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
                  )
                : table.mutate(request),
          };
        },
      }),
    } satisfies Middleware<DBCore>,
  };
  return control;
}

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

interface Setup {
  db: WorkspaceDb;
  /** A second connection, as another window or the next start would read the database. */
  other: WorkspaceDb;
  row: ProjectRow;
  autosave: Autosave;
  statuses: SaveStatus[];
  /** Called with each status as it is reported, to act at an exact moment. */
  onStatus: ((status: SaveStatus) => void) | null;
  saved: ProjectRow[];
  quota: ReturnType<typeof quotaSwitch>;
}

async function setup(retryDelaysMs: readonly number[] = [DELAY_MS]): Promise<Setup> {
  const name = `autosave-test-${crypto.randomUUID()}`;
  const quota = quotaSwitch();
  const db = new WorkspaceDb(name);
  db.use(quota.middleware);
  expect(await openWorkspace(db)).toEqual({ ok: true });
  const other = new WorkspaceDb(name);
  await other.open();
  const row = await createProject(db, sample);
  const statuses: SaveStatus[] = [];
  const saved: ProjectRow[] = [];
  const autosave: Autosave = new Autosave({
    db,
    projectId: row.id,
    revision: row.revision,
    onStatus: (status) => {
      statuses.push(status);
      result.onStatus?.(status);
    },
    onSaved: (r) => saved.push(r),
    delayMs: DELAY_MS,
    retryDelaysMs,
  });
  cleanup.push(async () => {
    autosave.stop();
    db.close();
    other.close();
    await Dexie.delete(name);
  });
  const result: Setup = { db, other, row, autosave, statuses, onStatus: null, saved, quota };
  return result;
}

/** What the other connection reads: the stored name and revision. */
async function stored(s: Setup): Promise<{ name: string; revision: number }> {
  const opened = await readProject(s.other, s.row.id);
  if (!opened.ok) throw new Error(opened.message);
  return { name: opened.project.name, revision: opened.row.revision };
}

const last = (statuses: readonly SaveStatus[]) => statuses.at(-1)?.kind;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('autosave', () => {
  it('writes edits made within the delay as one save of the newest document', async () => {
    // Given an open project
    const s = await setup();
    // When three edits follow each other quickly
    s.autosave.edited(named('one'));
    s.autosave.edited(named('two'));
    s.autosave.edited(named('three'));
    expect(last(s.statuses)).toBe('unsaved');
    // Then, after the pause, one save writes the last of them
    await vi.waitFor(() => expect(last(s.statuses)).toBe('saved'));
    expect(s.saved).toHaveLength(1);
    expect(await stored(s)).toEqual({ name: 'three', revision: 2 });
    expect(s.autosave.dirty).toBe(false);
    expect(s.autosave.revision).toBe(2);
    // And no later save follows
    await pause(DELAY_MS * 3);
    expect(s.saved).toHaveLength(1);
  });

  it('writes the newest document when an edit arrives during a save', async () => {
    // Given a save in flight, When another edit arrives as it starts
    const s = await setup();
    s.onStatus = (status) => {
      if (status.kind !== 'saving') return;
      s.onStatus = null;
      s.autosave.edited(named('second'));
    };
    s.autosave.edited(named('first'));
    // Then both saves happen in order, one at a time, and the second is what is stored
    await vi.waitFor(() => expect(s.saved).toHaveLength(2));
    await vi.waitFor(() => expect(last(s.statuses)).toBe('saved'));
    expect(s.saved.map((r) => [r.name, r.revision])).toEqual([
      ['first', 2],
      ['second', 3],
    ]);
    expect(await stored(s)).toEqual({ name: 'second', revision: 3 });
  });

  it('writes at once on flush, without waiting for the pause', async () => {
    const s = await setup();
    s.autosave.edited(named('flushed'));
    await s.autosave.flush();
    expect(await stored(s)).toEqual({ name: 'flushed', revision: 2 });
    expect(s.autosave.dirty).toBe(false);
  });

  it('keeps the work in memory when the disk is full, and saves it once it is not', async () => {
    // Given a project saved once
    const s = await setup();
    s.autosave.edited(named('saved before'));
    await s.autosave.flush();
    // When writes fail with a full disk
    s.quota.failing = true;
    s.autosave.edited(named('while full'));
    await vi.waitFor(() => expect(last(s.statuses)).toBe('failed'));
    // Then the person is told why, the edit is kept, and the saved project is untouched
    const failed = s.statuses.at(-1);
    expect(failed).toEqual({
      kind: 'failed',
      message: expect.stringContaining('storage for Flowcase is full') as unknown,
      retryInMs: DELAY_MS,
    });
    expect(s.autosave.dirty).toBe(true);
    expect(await stored(s)).toEqual({ name: 'saved before', revision: 2 });
    expect((await s.other.projects.get(s.row.id))?.revision).toBe(2);
    // And it keeps retrying (nothing written) while the disk stays full, taking newer edits
    await vi.waitFor(() =>
      expect(s.statuses.filter((x) => x.kind === 'failed').length).toBeGreaterThanOrEqual(3),
    );
    s.autosave.edited(named('newer while full'));
    await vi.waitFor(() => expect(last(s.statuses)).toBe('failed'));
    expect(await stored(s)).toEqual({ name: 'saved before', revision: 2 });
    // When space is freed
    s.quota.failing = false;
    // Then the next retry saves the newest edit
    await vi.waitFor(() => expect(last(s.statuses)).toBe('saved'));
    expect(await stored(s)).toEqual({ name: 'newer while full', revision: 3 });
    expect(s.autosave.dirty).toBe(false);
    expect(s.autosave.revision).toBe(3);
  });

  it('waits longer after each failure, up to the last pause given', async () => {
    const s = await setup([5, 10, 20]);
    s.quota.failing = true;
    s.autosave.edited(named('x'));
    await vi.waitFor(() =>
      expect(s.statuses.filter((x) => x.kind === 'failed').length).toBeGreaterThanOrEqual(4),
    );
    s.autosave.stop();
    const pauses = s.statuses.flatMap((x) => (x.kind === 'failed' ? [x.retryInMs] : []));
    expect(pauses.slice(0, 4)).toEqual([5, 10, 20, 20]);
  });

  it('stops saving on a conflict until rebased, and then writes the newest edit', async () => {
    // Given another window saved the project after this one opened it
    const s = await setup();
    const theirs = await saveProject(s.other, s.row.id, named('theirs'), 1);
    expect(theirs.ok).toBe(true);
    // When this window saves an edit
    s.autosave.edited(named('mine'));
    await vi.waitFor(() => expect(last(s.statuses)).toBe('conflict'));
    // Then it is told whose save came first, keeps its edit, and writes nothing
    expect(s.statuses.at(-1)).toEqual({ kind: 'conflict', theirs: theirs.ok && theirs.row });
    expect(s.autosave.conflicted).toBe(true);
    expect(s.autosave.dirty).toBe(true);
    // And further edits are held, not written, however long it waits
    s.autosave.edited(named('mine, later'));
    await pause(DELAY_MS * 4);
    expect(await stored(s)).toEqual({ name: 'theirs', revision: 2 });
    expect(last(s.statuses)).toBe('conflict');
    // When the person keeps theirs as the base (rebase on revision 2)
    s.autosave.rebase(2);
    // Then the newest edit is saved on top of it
    await vi.waitFor(() => expect(last(s.statuses)).toBe('saved'));
    expect(await stored(s)).toEqual({ name: 'mine, later', revision: 3 });
    expect(s.autosave.conflicted).toBe(false);
  });

  it('reports a deleted project as a conflict with nobody, and writes nothing', async () => {
    const s = await setup();
    await s.other.transaction('rw', s.other.projects, s.other.documents, async () => {
      await s.other.projects.delete(s.row.id);
      await s.other.documents.delete(s.row.id);
    });
    s.autosave.edited(named('mine'));
    await vi.waitFor(() => expect(last(s.statuses)).toBe('conflict'));
    expect(s.statuses.at(-1)).toEqual({ kind: 'conflict', theirs: null });
    expect(s.autosave.dirty).toBe(true);
    expect(await s.other.projects.count()).toBe(0);
  });

  it('drops pending edits on discard and saves nothing after stop', async () => {
    const s = await setup();
    s.autosave.edited(named('discarded'));
    s.autosave.discard();
    expect(s.autosave.dirty).toBe(false);
    s.autosave.stop();
    s.autosave.edited(named('after stop'));
    await pause(DELAY_MS * 3);
    await s.autosave.flush();
    expect(s.saved).toEqual([]);
    expect(await stored(s)).toEqual({ name: sample.name, revision: 1 });
  });
});
