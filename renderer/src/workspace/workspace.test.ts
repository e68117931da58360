/**
 * The workspace controller with the real store over a fake IndexedDB: the first start, autosave of an edit, a second start that comes back to the
 * same project, map and selection, edits rescued at exit, snapshots as one undo step, another
 * window's save, and a workspace from a newer Flowcase. A "restart" is stopWorkspace, a fresh
 * store and a new connection to the same database; localStorage survives it, as in a reload.
 *
 * The controller needs of the page only `window` and `document` events and `localStorage`;
 * small stand-ins for those (no DOM library is installed) run it in Node.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { SAMPLES } from '../../../shared/samples';
import { useAppStore } from '../store';
import { resolveConflict, restoreSnapshot, takeSnapshot } from './actions';
import { FORMAT_KEY, WORKSPACE_FORMAT, WorkspaceDb } from './db';
import { readRescue, writeRescue } from './hot-exit';
import { listSnapshots, readProject, saveProject, storedText } from './library';
import { openAsNew, openStored, startWorkspace, stopWorkspace } from './workspace';
import { blankProject } from '../../../shared/editor';
import { MemoryStorage } from './memory-storage';

beforeAll(() => {
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
  vi.stubGlobal('localStorage', new MemoryStorage());
});
afterAll(() => {
  vi.unstubAllGlobals();
});

const DELAY_MS = 10;
const sample = SAMPLES[0]!.project;
const state = () => useAppStore.getState();

let name = '';
const readers: WorkspaceDb[] = [];

beforeEach(() => {
  name = `workspace-test-${crypto.randomUUID()}`;
  localStorage.clear();
  useAppStore.setState(useAppStore.getInitialState(), true);
});

afterEach(async () => {
  await stopWorkspace();
  for (const db of readers.splice(0)) db.close();
  await Dexie.delete(name);
});

function start(): Promise<void> {
  return startWorkspace(new WorkspaceDb(name), { autosaveDelayMs: DELAY_MS });
}

/** A reload: the page's memory is gone, its localStorage and IndexedDB are not. */
async function restart(): Promise<void> {
  await stopWorkspace();
  useAppStore.setState(useAppStore.getInitialState(), true);
  await start();
}

/** Another connection, reading what is stored as another window or the next start would. */
async function reader(): Promise<WorkspaceDb> {
  const db = new WorkspaceDb(name);
  await db.open();
  readers.push(db);
  return db;
}

async function stored(id: string): Promise<{ project: Project; revision: number }> {
  const opened = await readProject(await reader(), id);
  if (!opened.ok) throw new Error(opened.message);
  return { project: opened.project, revision: opened.row.revision };
}

const rename = (to: string) => state().dispatch({ type: 'updateProject', patch: { name: to } });
const whenSaved = () => vi.waitFor(() => expect(state().saveStatus?.kind).toBe('saved'));

describe('the workspace controller', () => {
  it('opens the sample on the first start and puts it in the library', async () => {
    // Given an empty workspace, When Flowcase starts
    await start();
    // Then the sample is open, as the one project of the library, and stored
    expect(state().storage).toEqual({ kind: 'ready' });
    expect(state().project).toEqual(sample);
    expect(state().library.map((row) => row.name)).toEqual([sample.name]);
    const id = state().openProjectId!;
    expect(id).toBe(state().library[0]!.id);
    expect(await stored(id)).toEqual({ project: sample, revision: 1 });
  });

  it('saves an edit after the pause, and shows it in the library', async () => {
    // Given the sample open
    await start();
    const id = state().openProjectId!;
    // When it is renamed through the store
    rename('Renamed in the editor');
    expect(state().saveStatus?.kind).toBe('unsaved');
    // Then it is saved after the pause, as revision 2
    await whenSaved();
    expect(await stored(id)).toMatchObject({
      project: { name: 'Renamed in the editor' },
      revision: 2,
    });
    expect(state().library[0]).toMatchObject({ id, name: 'Renamed in the editor', revision: 2 });
  });

  it('reopens the last project with its map and selection on the next start', async () => {
    // Given two projects, the sample open on a target map with a step selected, and renamed
    await start();
    const sampleId = state().openProjectId!;
    await openAsNew(blankProject('Newer blank'));
    await openStored(sampleId);
    const target = sample.maps.targets[0]!;
    const step = target.steps[1]!;
    state().showMap({ targetId: target.id });
    state().selectElements({ stepIds: [step.id], flowIds: [] });
    rename('Reopened');
    await whenSaved();
    // When Flowcase starts again
    await restart();
    // Then that project comes back, not the newest other one, on the same map and selection
    expect(state().openProjectId).toBe(sampleId);
    expect(state().project?.name).toBe('Reopened');
    expect(state().activeMapKey).toEqual({ targetId: target.id });
    expect(state().selection).toEqual({ stepIds: [step.id], flowIds: [] });
    expect(
      state()
        .library.map((row) => row.name)
        .sort(),
    ).toEqual(['Newer blank', 'Reopened']);
  });

  it('rescues an edit not yet saved when the page is left, and drops the rescue once it is saved', async () => {
    // Given an edit the autosave has not written yet
    await start();
    const id = state().openProjectId!;
    rename('Typed just before closing');
    // When the page goes away (the autosave may not finish)
    window.dispatchEvent(new Event('pagehide'));
    // Then the edit is in localStorage at once, based on the stored revision
    const rescue = readRescue();
    expect(rescue).toMatchObject({ projectId: id, revision: 1 });
    expect(rescue?.text).toBe(storedText({ ...sample, name: 'Typed just before closing' }));
    // When the save started on leaving lands, but the page is gone before it hears so
    await vi.waitFor(async () => expect((await stored(id)).revision).toBe(2));
    writeRescue(rescue!);
    await restart();
    // Then the saved edit opens, with no second copy as a snapshot and nothing to tell
    expect(state().project?.name).toBe('Typed just before closing');
    expect(state().snapshots).toEqual([]);
    expect(state().notice).toBeNull();
    expect(readRescue()).toBeNull();
  });

  it('recovers rescued edits based on the stored revision, and saves them', async () => {
    // Given a rescue left by the last exit, based on the stored revision
    await start();
    const id = state().openProjectId!;
    await stopWorkspace();
    const rescued = { ...sample, name: 'Rescued at exit' };
    writeRescue({ projectId: id, revision: 1, text: storedText(rescued), savedAt: 1 });
    // When Flowcase starts again
    await restart();
    // Then the rescued document is open and the person is told
    expect(state().project).toEqual(rescued);
    expect(state().notice?.text).toBe('Edits made just before the window closed were recovered.');
    // And the rescue is kept until the autosave has written it, then dropped
    expect(readRescue()?.text).toBe(storedText(rescued));
    await whenSaved();
    expect(await stored(id)).toEqual({ project: rescued, revision: 2 });
    expect(readRescue()).toBeNull();
  });

  it('keeps rescued edits older than the stored project as a snapshot, not as the document', async () => {
    // Given a rescue based on revision 1 while revision 2 is stored
    await start();
    const id = state().openProjectId!;
    rename('Saved later');
    await whenSaved();
    await stopWorkspace();
    const rescued = { ...sample, name: 'Stale rescue' };
    writeRescue({ projectId: id, revision: 1, text: storedText(rescued), savedAt: 1 });
    // When Flowcase starts again
    await restart();
    // Then the stored project is open, the rescue is a snapshot, and the person is told
    expect(state().project?.name).toBe('Saved later');
    expect(state().notice?.text).toMatch(/kept as the snapshot “Recovered edits”/);
    expect(state().snapshots.map((s) => s.name)).toEqual([
      'Recovered edits (not saved before closing)',
    ]);
    expect((await listSnapshots(await reader(), id)).length).toBe(1);
    expect(readRescue()).toBeNull();
  });

  it('restores a snapshot as one undo step, and saves it', async () => {
    // Given a snapshot, then an edit
    await start();
    const id = state().openProjectId!;
    await takeSnapshot('Before the workshop');
    expect(state().snapshots.map((s) => s.name)).toEqual(['Before the workshop']);
    rename('After the workshop');
    state().selectElements({ stepIds: [sample.maps.current.steps[0]!.id], flowIds: [] });
    // When the snapshot is restored
    await restoreSnapshot(state().snapshots[0]!.id);
    // Then the document is the snapshot's, the selection is cleared, and it is saved
    expect(state().project).toEqual(sample);
    expect(state().selection).toEqual({ stepIds: [], flowIds: [] });
    await whenSaved();
    expect((await stored(id)).project).toEqual(sample);
    // And one undo brings back the state before the restore
    state().undo();
    expect(state().project?.name).toBe('After the workshop');
    state().undo();
    expect(state().project).toEqual(sample);
  });

  it('shows another window’s save of the open project when this one has no edits of its own', async () => {
    // Given the sample open here
    await start();
    const id = state().openProjectId!;
    // When another window saves it and says so
    const theirs = await saveProject(await reader(), id, { ...sample, name: 'Theirs' }, 1);
    expect(theirs.ok).toBe(true);
    const channel = new BroadcastChannel('flowcase-workspace');
    channel.postMessage({ from: 'other', message: { type: 'saved', projectId: id, revision: 2 } });
    channel.close();
    // Then their version is shown, and the next edit here saves on top of it
    await vi.waitFor(() => expect(state().project?.name).toBe('Theirs'));
    rename('Mine after theirs');
    await whenSaved();
    expect(await stored(id)).toMatchObject({ project: { name: 'Mine after theirs' }, revision: 3 });
  });

  it('tells of a conflict with another window, and keeps both versions when mine is kept', async () => {
    // Given another window saved the project after it opened here
    await start();
    const id = state().openProjectId!;
    await saveProject(await reader(), id, { ...sample, name: 'Theirs' }, 1);
    // When this window's edit is saved
    rename('Mine');
    // Then it is refused as a conflict, and nothing of theirs is overwritten
    await vi.waitFor(() => expect(state().saveStatus?.kind).toBe('conflict'));
    expect((await stored(id)).project.name).toBe('Theirs');
    // When the person keeps this window's version
    await resolveConflict('mine');
    // Then it is saved, and theirs is kept as a snapshot
    await whenSaved();
    expect(await stored(id)).toMatchObject({ project: { name: 'Mine' }, revision: 3 });
    const snapshots = await listSnapshots(await reader(), id);
    expect(snapshots.map((s) => s.name)).toEqual([
      expect.stringMatching(/^Version from another window/),
    ]);
  });

  it('opens the sample in memory only, and says why, when the workspace is from a newer Flowcase', async () => {
    // Given a workspace whose recorded format is newer
    const newer = new WorkspaceDb(name);
    await newer.open();
    await newer.settings.put({ key: FORMAT_KEY, value: WORKSPACE_FORMAT + 1 });
    newer.close();
    // When Flowcase starts
    await start();
    // Then the sample opens, nothing is stored, and the reason is shown
    expect(state().storage).toMatchObject({
      kind: 'unavailable',
      message: expect.stringMatching(/newer version of Flowcase/) as unknown,
    });
    expect(state().project).toEqual(sample);
    expect(state().openProjectId).toBeNull();
    expect(await (await reader()).projects.count()).toBe(0);
  });
});
