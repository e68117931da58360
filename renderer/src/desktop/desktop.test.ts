/**
 * The desktop app's document life over the real workspace controller, a fake IndexedDB and a
 * fake bridge (an in-memory `FlowcaseApi` that keeps files in a map and records every call):
 * opening a file links it, edits make it unsaved and Save makes it saved again, for the title
 * bar and across a restart; opening a file whose draft has unsaved changes asks first and loses
 * nothing; a change on disk is reloaded as one undoable step or kept over; and a crash offers
 * the drafts with unsaved changes.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { blankProject } from '../../../shared/editor';
import type { FlowcaseApi } from '../../../shared/ipc/api';
import type { OpenedFile } from '../../../shared/ipc/contract';
import { serializeDocument } from '../../../shared/model';
import { useAppStore } from '../store';
import { WorkspaceDb } from '../workspace/db';
import { listSnapshots, readProject } from '../workspace/library';
import { startWorkspace, stopWorkspace } from '../workspace/workspace';
import { keepMyVersion, reloadFromDisk } from './changed-on-disk';
import { openWithDialog } from './open-file';
import { saveToFile } from './save';
import { startDesktop, stopDesktop } from './start';
import { MemoryStorage } from '../workspace/memory-storage';

const PATH = '/home/ana/Invoice approval.flowcase';
const FILE_NAME = 'Invoice approval.flowcase';

/** An in-memory shell: files by path, the document main was told about, and every call. */
function fakeShell(crashed = false) {
  const disk = new Map<string, { text: string; modifiedAt: number }>();
  const calls: { channel: string; payload?: unknown }[] = [];
  let documentPath: string | null = null;
  let clock = 1000;
  let nextOpen: string | null = null;
  let saveAsPath = '/home/ana/Copy.flowcase';
  const read = (path: string): OpenedFile => {
    const file = disk.get(path)!;
    return { path, name: path.split('/').pop()!, text: file.text, modifiedAt: file.modifiedAt };
  };
  const write = (path: string, text: string) => {
    clock += 1000;
    disk.set(path, { text, modifiedAt: clock });
    documentPath = path;
    return { path, name: path.split('/').pop()!, modifiedAt: clock };
  };
  const changed = new Set<(p: { path: string; name: string }) => void>();
  const api: FlowcaseApi = {
    startInfo: () =>
      Promise.resolve({ ok: true, value: { crashed, openFile: null, appVersion: '0.1.0' } }),
    open: () => {
      calls.push({ channel: 'open' });
      if (nextOpen === null) return Promise.resolve({ ok: true, value: { kind: 'cancelled' } });
      documentPath = nextOpen;
      return Promise.resolve({ ok: true, value: { kind: 'opened', file: read(nextOpen) } });
    },
    openDropped: () => Promise.resolve({ ok: true, value: { kind: 'cancelled' } }),
    save: (payload) => {
      calls.push({ channel: 'save', payload });
      const path = documentPath ?? saveAsPath;
      return Promise.resolve({
        ok: true,
        value: { kind: 'saved', file: write(path, payload.text) },
      });
    },
    saveAs: (payload) => {
      calls.push({ channel: 'saveAs', payload });
      return Promise.resolve({
        ok: true,
        value: { kind: 'saved', file: write(saveAsPath, payload.text) },
      });
    },
    reload: () => {
      calls.push({ channel: 'reload' });
      return Promise.resolve({ ok: true, value: { kind: 'opened', file: read(documentPath!) } });
    },
    setDocumentState: (payload) => {
      calls.push({ channel: 'setDocumentState', payload });
      documentPath = payload.path;
      return Promise.resolve({ ok: true, value: null });
    },
    closeWindow: (payload) => {
      calls.push({ channel: 'closeWindow', payload });
      return Promise.resolve({ ok: true, value: null });
    },
    exportPdf: () => Promise.resolve({ ok: true, value: { kind: 'cancelled' } }),
    reportInput: () =>
      Promise.resolve({ ok: false, error: { code: 'forbidden', message: 'No report.' } }),
    reportReady: () => Promise.resolve({ ok: true, value: null }),
    onMenuCommand: () => () => undefined,
    onFileOpened: () => () => undefined,
    onFileChangedOnDisk: (listener) => {
      changed.add(listener);
      return () => changed.delete(listener);
    },
  };
  return {
    api,
    calls,
    disk,
    /** The file another program wrote, or the one the next Open picks. */
    putFile(path: string, text: string) {
      clock += 1000;
      disk.set(path, { text, modifiedAt: clock });
    },
    willOpen(path: string | null) {
      nextOpen = path;
    },
    willSaveAs(path: string) {
      saveAsPath = path;
    },
    emitChanged(path: string) {
      for (const listener of changed) listener({ path, name: path.split('/').pop()! });
    },
    titles: () =>
      calls
        .filter((c) => c.channel === 'setDocumentState')
        .map((c) => c.payload as { path: string | null; name: string; dirty: boolean }),
  };
}

const window = Object.assign(new EventTarget(), { flowcase: undefined as FlowcaseApi | undefined });
beforeAll(() => {
  vi.stubGlobal('window', window);
  vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
  vi.stubGlobal('localStorage', new MemoryStorage());
});
afterAll(() => vi.unstubAllGlobals());

const state = () => useAppStore.getState();
const DELAY_MS = 10;
let name = '';

beforeEach(() => {
  name = `desktop-test-${crypto.randomUUID()}`;
  localStorage.clear();
  useAppStore.setState(useAppStore.getInitialState(), true);
});

afterEach(async () => {
  stopDesktop();
  await stopWorkspace();
  window.flowcase = undefined;
  await Dexie.delete(name);
});

async function start(shell: ReturnType<typeof fakeShell>): Promise<void> {
  window.flowcase = shell.api;
  await startWorkspace(new WorkspaceDb(name), { autosaveDelayMs: DELAY_MS });
  await startDesktop();
}

async function restart(shell: ReturnType<typeof fakeShell>): Promise<void> {
  stopDesktop();
  await stopWorkspace();
  useAppStore.setState(useAppStore.getInitialState(), true);
  await start(shell);
}

async function storedRow(id: string) {
  const db = new WorkspaceDb(name);
  try {
    const opened = await readProject(db, id);
    if (!opened.ok) throw new Error(opened.message);
    return opened.row;
  } finally {
    db.close();
  }
}

const invoice = blankProject('Invoice approval');
const rename = (to: string) => state().dispatch({ type: 'updateProject', patch: { name: to } });
const lastTitle = (shell: ReturnType<typeof fakeShell>) => shell.titles().at(-1);
const autosaved = () => vi.waitFor(() => expect(state().saveStatus?.kind).toBe('saved'));

async function openInvoice(shell: ReturnType<typeof fakeShell>): Promise<string> {
  shell.putFile(PATH, serializeDocument(invoice));
  shell.willOpen(PATH);
  await openWithDialog();
  await autosaved();
  return state().openProjectId!;
}

describe('the desktop document', () => {
  it('links an opened file, and the title bar follows its unsaved changes', async () => {
    // Given the desktop app started on the sample, a library-only project
    const shell = fakeShell();
    await start(shell);
    await vi.waitFor(() => expect(lastTitle(shell)).toMatchObject({ path: null, dirty: false }));
    // When a file is opened
    const id = await openInvoice(shell);
    // Then it is the open project, linked to its file in the library, and saved
    expect(state().project?.name).toBe('Invoice approval');
    expect(await storedRow(id)).toMatchObject({ filePath: PATH, fileRevision: 1, revision: 1 });
    expect(lastTitle(shell)).toEqual({ path: PATH, name: FILE_NAME, dirty: false });
    // When it is edited twice, Then the title says unsaved once
    const sent = shell.titles().length;
    rename('Invoice approval v2');
    rename('Invoice approval v3');
    await vi.waitFor(() => expect(lastTitle(shell)?.dirty).toBe(true));
    expect(shell.titles().length).toBe(sent + 1);
    // When it is saved, Then the file holds the document and the title says saved
    expect(await saveToFile('save')).toBe(true);
    expect(shell.disk.get(PATH)?.text).toBe(serializeDocument(state().project!));
    await vi.waitFor(() => expect(lastTitle(shell)?.dirty).toBe(false));
    // And the library records that its revision is the file's, for the next start
    await autosaved();
    const row = await storedRow(id);
    expect(row.fileRevision).toBe(row.revision);
  });

  it('counts undo back to the saved document as saved', async () => {
    const shell = fakeShell();
    await start(shell);
    await openInvoice(shell);
    rename('Something else');
    expect(state().fileLink?.document).not.toBe(state().project);
    state().undo();
    await vi.waitFor(() => expect(lastTitle(shell)?.dirty).toBe(false));
  });

  it('keeps unsaved changes across a restart, and Save As moves the link', async () => {
    // Given an opened file edited, its edit autosaved but not saved to the file
    const shell = fakeShell();
    await start(shell);
    const id = await openInvoice(shell);
    rename('Edited, not saved');
    await autosaved();
    // When Flowcase starts again
    await restart(shell);
    // Then the project opens with its file and counts as unsaved
    expect(state().openProjectId).toBe(id);
    await vi.waitFor(() =>
      expect(lastTitle(shell)).toEqual({ path: PATH, name: FILE_NAME, dirty: true }),
    );
    // When it is saved under another name
    shell.willSaveAs('/home/ana/Invoice copy.flowcase');
    expect(await saveToFile('save-as')).toBe(true);
    // Then it is linked to the new file, saved
    await vi.waitFor(() =>
      expect(lastTitle(shell)).toEqual({
        path: '/home/ana/Invoice copy.flowcase',
        name: 'Invoice copy.flowcase',
        dirty: false,
      }),
    );
    expect(shell.calls.filter((c) => c.channel === 'saveAs')).toHaveLength(1);
    expect((await storedRow(id)).filePath).toBe('/home/ana/Invoice copy.flowcase');
  });

  it('asks before a file replaces a draft with unsaved changes, and keeps the draft', async () => {
    // Given an opened file with an unsaved edit, and another program's newer version on disk
    const shell = fakeShell();
    await start(shell);
    const id = await openInvoice(shell);
    rename('My unsaved draft');
    await autosaved();
    shell.putFile(PATH, serializeDocument(blankProject('Their version')));
    // When the file is opened again
    const opening = openWithDialog();
    // Then Flowcase asks; When the file is chosen
    await vi.waitFor(() => expect(state().draftQuestion).not.toBeNull());
    state().draftQuestion!.answer('file');
    await opening;
    // Then the same project shows the file's content, saved, and the draft is a snapshot
    expect(state().openProjectId).toBe(id);
    expect(state().project?.name).toBe('Their version');
    await vi.waitFor(() => expect(lastTitle(shell)?.dirty).toBe(false));
    const db = new WorkspaceDb(name);
    const snapshots = await listSnapshots(db, id);
    db.close();
    expect(snapshots.map((s) => s.name)).toEqual([expect.stringMatching(/^Unsaved draft/)]);
  });

  it('keeps the draft when asked to, and the file stays as it is', async () => {
    const shell = fakeShell();
    await start(shell);
    await openInvoice(shell);
    rename('My unsaved draft');
    await autosaved();
    const opening = openWithDialog();
    await vi.waitFor(() => expect(state().draftQuestion).not.toBeNull());
    state().draftQuestion!.answer('draft');
    await opening;
    expect(state().project?.name).toBe('My unsaved draft');
    expect(lastTitle(shell)?.dirty).toBe(true);
    expect(shell.disk.get(PATH)?.text).toBe(serializeDocument(invoice));
  });

  it('reloads a file changed on disk as one undoable step', async () => {
    // Given an opened file, changed by another program
    const shell = fakeShell();
    await start(shell);
    await openInvoice(shell);
    shell.putFile(PATH, serializeDocument(blankProject('Changed elsewhere')));
    shell.emitChanged(PATH);
    expect(state().changedOnDisk).toEqual({ path: PATH, name: FILE_NAME });
    // When it is reloaded
    await reloadFromDisk();
    // Then the document is the file's, saved, the bar is gone, and Undo brings ours back
    expect(state().project?.name).toBe('Changed elsewhere');
    expect(state().changedOnDisk).toBeNull();
    await vi.waitFor(() => expect(lastTitle(shell)?.dirty).toBe(false));
    state().undo();
    expect(state().project?.name).toBe('Invoice approval');
    await vi.waitFor(() => expect(lastTitle(shell)?.dirty).toBe(true));
  });

  it('keeps my version over a change on disk as unsaved, so Save overwrites', async () => {
    const shell = fakeShell();
    await start(shell);
    const id = await openInvoice(shell);
    shell.putFile(PATH, serializeDocument(blankProject('Changed elsewhere')));
    shell.emitChanged(PATH);
    await keepMyVersion();
    expect(state().project?.name).toBe('Invoice approval');
    await vi.waitFor(() => expect(lastTitle(shell)?.dirty).toBe(true));
    expect((await storedRow(id)).fileRevision).toBeNull();
    expect(await saveToFile('save')).toBe(true);
    expect(shell.disk.get(PATH)?.text).toBe(serializeDocument(invoice));
  });

  it('ignores a change on disk of a file that is not the open one', async () => {
    const shell = fakeShell();
    await start(shell);
    await openInvoice(shell);
    shell.emitChanged('/elsewhere/Other.flowcase');
    expect(state().changedOnDisk).toBeNull();
  });

  it('offers the drafts with unsaved changes after a crash', async () => {
    // Given a library project edited in that session, and a file draft with unsaved changes
    const shell = fakeShell();
    await start(shell);
    const sampleId = state().openProjectId!;
    rename('Sample, edited');
    await autosaved();
    const id = await openInvoice(shell);
    rename('Unsaved when it crashed');
    await autosaved();
    // When Flowcase starts after a crash
    await restart(fakeShellLike(shell, true));
    // Then both are offered, the file's draft with its file
    const drafts = state().crashDrafts ?? [];
    expect(drafts.find((d) => d.projectId === id)?.file).toEqual({ path: PATH, name: FILE_NAME });
    expect(drafts.find((d) => d.projectId === sampleId)?.file).toBeNull();
    expect(drafts).toHaveLength(2);
  });

  it('offers nothing after a clean exit', async () => {
    const shell = fakeShell();
    await start(shell);
    await openInvoice(shell);
    rename('Unsaved at a clean exit');
    await autosaved();
    await restart(shell);
    expect(state().crashDrafts).toBeNull();
  });
});

/** The same files and calls, with `crashed` reported at start. */
function fakeShellLike(shell: ReturnType<typeof fakeShell>, crashed: boolean) {
  return {
    ...shell,
    api: {
      ...shell.api,
      startInfo: () =>
        Promise.resolve({
          ok: true as const,
          value: { crashed, openFile: null, appVersion: '0.1.0' },
        }),
    },
  };
}
