// A FAKE desktop shell for e2e tests of the web build: `installFakeShell` runs in the page
// before its scripts (`page.addInitScript`) and sets `window.flowcase` to an in-memory
// `FlowcaseApi` that keeps files in a map, records every call, and lets the test emit the
// shell's events. Only the shell is faked: the renderer under test is the real built app.
// `fake.crashed` in localStorage makes the next start report a crash.
import type { Page } from '@playwright/test';
import type { FlowcaseApi } from '../../shared/ipc/api';
import type { EventChannel } from '../../shared/ipc/contract';

export interface FakeShellOptions {
  /** Files on the fake disk, by path. */
  readonly files: Readonly<Record<string, string>>;
  /** What the Open dialog picks. */
  readonly openPath: string | null;
  /** Where Save As (and Save without a file) writes. */
  readonly saveAsPath: string;
}

export interface RecordedCall {
  readonly channel: string;
  readonly payload: unknown;
}

/** What the test reaches in the page as `window.__fakeShell`. */
export interface FakeShellHandle {
  readonly calls: RecordedCall[];
  file(path: string): string | null;
  putFile(path: string, text: string): void;
  emit(channel: EventChannel, payload: unknown): void;
}

type ShellWindow = Window & { flowcase?: FlowcaseApi; __fakeShell?: FakeShellHandle };

/** Runs in the page: serialised by Playwright, so it uses nothing from outside itself. */
export function installFakeShell(options: FakeShellOptions): void {
  const page = window as ShellWindow;
  const calls: RecordedCall[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const disk = new Map<string, { text: string; modifiedAt: number }>();
  for (const [path, text] of Object.entries(options.files)) disk.set(path, { text, modifiedAt: 1 });
  let documentPath: string | null = null;
  let clock = 1000;
  const nameOf = (path: string): string => path.split('/').pop() ?? path;
  const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });
  const record = (channel: string, payload?: unknown): void => {
    calls.push({ channel, payload: payload === undefined ? null : structuredClone(payload) });
  };
  const read = (path: string) => {
    const file = disk.get(path) ?? { text: '', modifiedAt: 0 };
    return { path, name: nameOf(path), text: file.text, modifiedAt: file.modifiedAt };
  };
  const write = (path: string, text: string) => {
    clock += 1000;
    disk.set(path, { text, modifiedAt: clock });
    documentPath = path;
    return { path, name: nameOf(path), modifiedAt: clock };
  };
  const listen =
    (channel: string) =>
    (listener: (payload: never) => void): (() => void) => {
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set);
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      return () => set.delete(wrapped);
    };
  const crashed = localStorage.getItem('fake.crashed') === '1';
  page.flowcase = {
    startInfo: () => {
      record('startInfo');
      return ok({ crashed, openFile: null, appVersion: 'e2e' });
    },
    open: () => {
      record('open');
      if (options.openPath === null) return ok({ kind: 'cancelled' as const });
      documentPath = options.openPath;
      return ok({ kind: 'opened' as const, file: read(options.openPath) });
    },
    openDropped: (file) => {
      record('openDropped', { name: file.name });
      return ok({ kind: 'cancelled' as const });
    },
    save: (payload) => {
      record('save', payload);
      return ok({
        kind: 'saved' as const,
        file: write(documentPath ?? options.saveAsPath, payload.text),
      });
    },
    saveAs: (payload) => {
      record('saveAs', payload);
      return ok({ kind: 'saved' as const, file: write(options.saveAsPath, payload.text) });
    },
    reload: () => {
      record('reload');
      return ok({ kind: 'opened' as const, file: read(documentPath ?? '') });
    },
    setDocumentState: (payload) => {
      record('setDocumentState', payload);
      documentPath = payload.path;
      return ok(null);
    },
    closeWindow: (payload) => {
      record('closeWindow', payload);
      return ok(null);
    },
    exportPdf: (payload) => {
      record('exportPdf', { targetId: payload.targetId, suggestedName: payload.suggestedName });
      return ok({ kind: 'cancelled' as const });
    },
    reportInput: () =>
      Promise.resolve({
        ok: false as const,
        error: { code: 'forbidden' as const, message: 'Not a report window.' },
      }),
    reportReady: () => ok(null),
    onMenuCommand: listen('menu:command'),
    onFileOpened: listen('file:opened'),
    onFileChangedOnDisk: listen('file:changed-on-disk'),
  };
  page.__fakeShell = {
    calls,
    file: (path) => disk.get(path)?.text ?? null,
    putFile: (path, text) => {
      clock += 1000;
      disk.set(path, { text, modifiedAt: clock });
    },
    emit: (channel, payload) => {
      for (const listener of listeners.get(channel) ?? []) listener(payload);
    },
  };
}

/** Every call the page made to the fake shell, in order. */
export function shellCalls(page: Page): Promise<RecordedCall[]> {
  return page.evaluate(() => (window as ShellWindow).__fakeShell?.calls ?? []);
}

/** The document state the shell was told last (path, name, dirty). */
export async function lastDocumentState(page: Page): Promise<unknown> {
  const calls = await shellCalls(page);
  return calls.filter((c) => c.channel === 'setDocumentState').at(-1)?.payload ?? null;
}

export function emitFromShell(page: Page, channel: EventChannel, payload: unknown): Promise<void> {
  return page.evaluate(([c, p]) => (window as ShellWindow).__fakeShell?.emit(c, p), [
    channel,
    payload,
  ] as const);
}

export function putFile(page: Page, path: string, text: string): Promise<void> {
  return page.evaluate(([f, t]) => (window as ShellWindow).__fakeShell?.putFile(f, t), [
    path,
    text,
  ] as const);
}

export function fileOnDisk(page: Page, path: string): Promise<string | null> {
  return page.evaluate((f) => (window as ShellWindow).__fakeShell?.file(f) ?? null, path);
}
