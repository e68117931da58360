/**
 * The main process booted as Electron would run it, against a fake `electron` module: the
 * real index.ts and everything it wires (no module of ours is faked). It checks the order and
 * the outcome of start-up that unit tests of single modules cannot: the scheme is privileged
 * before ready, the menu is set before the first window (never Electron's default), every
 * invoke channel of the contract is handled, the window is sandboxed and loads the app page,
 * the page's first question is answered for a trusted sender and refused for a foreign one,
 * and a crash marker left by the last run is reported once.
 */
import type { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../shared/ipc/contract';

interface FakeWindow extends EventEmitter {
  readonly options: { webPreferences: Record<string, unknown> };
  readonly webContents: EventEmitter & { id: number; send: ReturnType<typeof vi.fn> };
  readonly loadURL: ReturnType<typeof vi.fn>;
}

const electron = vi.hoisted(() => {
  const calls: string[] = [];
  const state = {
    userData: '',
    handlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
    appEvents: new Map<string, (...args: unknown[]) => void>(),
    windows: [] as unknown[],
    menu: null as unknown,
    ready: () => undefined as void,
  };
  return { calls, state };
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const { calls, state } = electron;
  const fn = vi.fn;
  let readyResolve: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => (readyResolve = resolve));
  state.ready = () => {
    calls.push('ready');
    readyResolve();
  };
  let contentsIds = 0;
  class BrowserWindow extends Emitter {
    static getAllWindows = () => state.windows;
    static getFocusedWindow = () => null;
    readonly webContents = Object.assign(new Emitter(), {
      id: ++contentsIds,
      send: fn(),
      isDestroyed: () => false,
      setWindowOpenHandler: fn(),
      reload: fn(),
    });
    readonly loadURL = fn(() => Promise.resolve());
    constructor(readonly options: unknown) {
      super();
      calls.push('new BrowserWindow');
      state.windows.push(this);
    }
    isDestroyed = () => false;
    isFocused = () => true;
    isMinimized = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 10, y: 10, width: 1200, height: 800 });
    setTitle = fn();
    setDocumentEdited = fn();
    setRepresentedFilename = fn();
    show = fn();
    focus = fn();
    restore = fn();
    maximize = fn();
    close = fn();
  }
  const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
  return {
    app: {
      isPackaged: false,
      enableSandbox: () => calls.push('enableSandbox'),
      requestSingleInstanceLock: () => true,
      on: (event: string, listener: (...args: unknown[]) => void) =>
        state.appEvents.set(event, listener),
      whenReady: () => whenReady,
      getPath: () => state.userData,
      getVersion: () => '0.1.0',
      quit: fn(() => calls.push('quit')),
      exit: fn(),
      setAppUserModelId: fn(),
      addRecentDocument: fn(),
      clearRecentDocuments: fn(),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => {
        calls.push('registerSchemesAsPrivileged');
        return schemes;
      },
      handle: fn(() => calls.push('protocol.handle')),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: fn(),
        setPermissionCheckHandler: fn(),
        setDevicePermissionHandler: fn(),
        webRequest: { onBeforeRequest: fn(() => calls.push('onBeforeRequest')) },
      },
    },
    ipcMain: {
      handle: (
        channel: string,
        handler: (event: unknown, ...args: unknown[]) => Promise<unknown>,
      ) => state.handlers.set(channel, handler),
      removeHandler: (channel: string) => state.handlers.delete(channel),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: unknown) => {
        calls.push('setApplicationMenu');
        state.menu = menu;
      },
    },
    dialog: {
      showMessageBox: fn(),
      showOpenDialog: fn(),
      showSaveDialog: fn(),
      showErrorBox: fn(() => calls.push('showErrorBox')),
    },
    screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] },
    shell: { openExternal: fn() },
    BrowserWindow,
  };
});

const { calls, state } = electron;

async function boot(): Promise<FakeWindow> {
  vi.resetModules();
  await import('./index');
  state.ready();
  await vi.waitFor(() => expect(state.windows).toHaveLength(1));
  return state.windows[0] as FakeWindow;
}

/** An invoke as the first window's page (or a frame of it) sends it. */
const invoke = (channel: string, url: string, payload: unknown, parent: unknown = null) => {
  const sender = (state.windows[0] as FakeWindow).webContents;
  return state.handlers.get(channel)!({ sender, senderFrame: { url, parent } }, payload);
};

beforeEach(() => {
  state.userData = mkdtempSync(path.join(tmpdir(), 'flowcase-boot-'));
  calls.length = 0;
  state.handlers.clear();
  state.appEvents.clear();
  state.windows.length = 0;
  state.menu = null;
});
afterEach(() => rmSync(state.userData, { recursive: true, force: true }));

describe('the main process, booted against a fake Electron', () => {
  it('privileges the scheme before ready and sets its own menu before the first window', async () => {
    const window = await boot();
    const at = (call: string): number => {
      expect(calls).toContain(call);
      return calls.indexOf(call);
    };
    expect(at('enableSandbox')).toBeLessThan(at('ready'));
    expect(at('registerSchemesAsPrivileged')).toBeLessThan(at('ready'));
    expect(at('ready')).toBeLessThan(at('protocol.handle'));
    expect(at('onBeforeRequest')).toBeLessThan(at('new BrowserWindow'));
    expect(at('setApplicationMenu')).toBeLessThan(at('new BrowserWindow'));
    const template = (state.menu as { template: { label: string }[] }).template;
    expect(template.map((item) => item.label.replace('&', ''))).toEqual([
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
    expect(JSON.stringify(template)).not.toMatch(/toggleDevTools|"reload"/);
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
    });
    expect(String(window.options.webPreferences['preload'])).toMatch(/preload[\\/]index\.cjs$/);
    expect(window.loadURL).toHaveBeenCalledWith('app://flowcase/index.html');
    expect(calls).not.toContain('showErrorBox');
  });

  it('handles every invoke channel of the contract, for the app page only', async () => {
    await boot();
    expect([...state.handlers.keys()].sort()).toEqual(Object.keys(INVOKE_CHANNELS).sort());
    const page = 'app://flowcase/index.html';
    expect(await invoke('app:start-info', page, {})).toEqual({
      ok: true,
      value: { crashed: false, openFile: null, appVersion: '0.1.0' },
    });
    expect(await invoke('app:start-info', 'https://evil.example/', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await invoke('app:start-info', page, {}, { url: page })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(
      await invoke('document:set-state', page, { path: '/etc/passwd', name: 'x', dirty: false }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await invoke('file:save', page, { text: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
  });

  it('reports a crash marker left by the last run once, and removes it on a clean quit', async () => {
    writeFileSync(path.join(state.userData, 'running.marker'), '');
    await boot();
    const page = 'app://flowcase/index.html';
    expect(await invoke('app:start-info', page, {})).toMatchObject({ value: { crashed: true } });
    expect(await invoke('app:start-info', page, {})).toMatchObject({ value: { crashed: false } });
    state.appEvents.get('will-quit')!();
    const { existsSync } = await import('node:fs');
    expect(existsSync(path.join(state.userData, 'running.marker'))).toBe(false);
  });

  it('quits when its last window closes outside macOS', async () => {
    const window = await boot();
    window.emit('closed');
    if (process.platform !== 'darwin') expect(calls).toContain('quit');
  });
});
