/**
 * Fakes for the IPC tests: an `ipcMain` backed by a Map, and invoke events from a frame at a
 * given URL. Kept beside the code so the document tests can reuse them.
 */
import type { IpcMainLike } from './handle';
import type { InvokeEventLike } from './sender';

export interface FakeIpcMain extends IpcMainLike {
  readonly handlers: Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>;
  invoke(channel: string, event: InvokeEventLike, ...args: unknown[]): Promise<unknown>;
}

export function fakeIpcMain(): FakeIpcMain {
  const handlers: FakeIpcMain['handlers'] = new Map();
  return {
    handlers,
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler(channel) {
      handlers.delete(channel);
    },
    invoke(channel, event, ...args) {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}`);
      return handler(event, ...args);
    },
  };
}

export interface FakeEventOptions {
  url?: string;
  /** True for a message from an iframe (its frame has a parent). */
  subframe?: boolean;
  /** True for an event without a sender frame (the frame navigated away or was destroyed). */
  noFrame?: boolean;
  webContentsId?: number;
}

export function fakeEvent({
  url = 'app://flowcase/index.html',
  subframe = false,
  noFrame = false,
  webContentsId = 1,
}: FakeEventOptions = {}): InvokeEventLike {
  return {
    sender: { id: webContentsId },
    senderFrame: noFrame ? null : { url, parent: subframe ? { url } : null },
  };
}
