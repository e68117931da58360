import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_FUNCTION_OF, type FlowcaseApi } from '../../shared/ipc/api';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    listeners,
    exposed: new Map<string, unknown>(),
    invoke: vi.fn((_channel: string, _payload: unknown): Promise<unknown> =>
      Promise.resolve({ ok: true, value: null }),
    ),
    getPathForFile: vi.fn((_file: unknown) => '/home/me/Invoice.flowcase'),
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      const set = electron.listeners.get(channel) ?? new Set();
      set.add(listener);
      electron.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
      electron.listeners.get(channel)?.delete(listener),
  },
  webUtils: { getPathForFile: electron.getPathForFile },
}));

await import('./index');
const api = electron.exposed.get('flowcase') as FlowcaseApi;

/** What Electron would deliver on `channel`: an event object first, then the payload. */
function emit(channel: string, payload: unknown): void {
  const event = { sender: { secret: 'ipcRenderer' } };
  for (const listener of electron.listeners.get(channel) ?? []) listener(event, payload);
}

beforeEach(() => electron.invoke.mockClear());

describe('preload', () => {
  it('given the preload ran, then window.flowcase is the only thing exposed', () => {
    expect([...electron.exposed.keys()]).toEqual(['flowcase']);
  });

  it('given the bridge, then it has exactly one function per channel of the contract', () => {
    expect(Object.keys(api).sort()).toEqual(Object.values(API_FUNCTION_OF).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it.each([
    ['startInfo', 'app:start-info', undefined, {}],
    ['open', 'file:open', undefined, {}],
    ['reload', 'file:reload', undefined, {}],
    ['reportInput', 'report:input', undefined, {}],
    ['save', 'file:save', { text: '{}', suggestedName: 'a.flowcase' }, null],
    ['saveAs', 'file:save-as', { text: '{}', suggestedName: 'a.flowcase' }, null],
    ['setDocumentState', 'document:set-state', { path: null, name: 'a', dirty: true }, null],
    ['closeWindow', 'window:close', { discardChanges: false }, null],
    ['reportReady', 'report:ready', { problems: [] }, null],
    [
      'exportPdf',
      'report:export-pdf',
      { text: '{}', targetId: 't', paper: 'a4', seed: 1, suggestedName: 'a.pdf' },
      null,
    ],
  ] as const)('given %s, when called, then it invokes %s', async (name, channel, arg, sent) => {
    const call = api[name] as (payload?: unknown) => Promise<unknown>;
    await expect(call(arg)).resolves.toEqual({ ok: true, value: null });
    expect(electron.invoke).toHaveBeenCalledWith(channel, sent ?? arg);
  });

  it('given a dropped file, when opened, then its path from webUtils is invoked', async () => {
    await api.openDropped({ name: 'Invoice.flowcase', size: 10 });
    expect(electron.getPathForFile).toHaveBeenCalledTimes(1);
    expect(electron.invoke).toHaveBeenCalledWith('file:open-dropped', {
      path: '/home/me/Invoice.flowcase',
    });
  });

  it('given no handler in main, when invoked, then a failed outcome instead of a rejection', async () => {
    electron.invoke.mockReturnValueOnce(Promise.reject(new Error('No handler registered')));
    await expect(api.open()).resolves.toMatchObject({ ok: false, error: { code: 'failed' } });
  });

  it('given a listener, when an event arrives, then it gets only the payload until it unsubscribes', () => {
    const heard: unknown[][] = [];
    const stop = api.onMenuCommand((...args: unknown[]) => heard.push(args));
    emit('menu:command', { command: 'save' });
    expect(heard).toEqual([[{ command: 'save' }]]);
    stop();
    emit('menu:command', { command: 'undo' });
    expect(heard).toHaveLength(1);
    expect(electron.listeners.get('menu:command')?.size).toBe(0);
  });

  it('given two listeners, when one unsubscribes, then the other still hears', () => {
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = api.onFileChangedOnDisk(first);
    const stopSecond = api.onFileChangedOnDisk(second);
    stopFirst();
    emit('file:changed-on-disk', { path: '/a.flowcase', name: 'a.flowcase' });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith({ path: '/a.flowcase', name: 'a.flowcase' });
    stopSecond();
  });
});
