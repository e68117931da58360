import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, MAX_PATH, MAX_PROJECT_TEXT } from '../../../shared/ipc/contract';
import { APP_ORIGIN } from '../url-policy';
import { handleInvoke, registerHandlers, type InvokeHandlers } from './handle';
import { GENERIC_FAILURE, IpcRefusal } from './outcome';
import { createSenderPolicy } from './sender';
import { fakeEvent, fakeIpcMain } from './testing';

const REPORT_WINDOW = 7;
const policy = createSenderPolicy({
  appOrigins: [APP_ORIGIN],
  isReportWindow: (id) => id === REPORT_WINDOW,
});

/** Stands in for the file service's FileError (electron/main/files). */
class FileError extends Error {
  constructor(
    readonly code: 'not-found' | 'unreadable' | 'unwritable' | 'failed',
    message: string,
  ) {
    super(message);
  }
}
const describeError = (error: unknown) =>
  error instanceof FileError ? { code: error.code, message: error.message } : null;

function setUp(save = vi.fn(() => Promise.resolve({ kind: 'cancelled' as const }))) {
  const ipcMain = fakeIpcMain();
  const log = vi.fn();
  handleInvoke(ipcMain, 'file:save', save, { isTrustedSender: policy, describeError, log });
  return { ipcMain, save, log };
}

const savePayload = { text: '{}', suggestedName: 'Invoice.flowcase' };

describe('handleInvoke: the sender', () => {
  it('given the app main frame, when it saves, then the handler runs and answers ok', async () => {
    const { ipcMain, save } = setUp();
    const answer = await ipcMain.invoke('file:save', fakeEvent(), savePayload);
    expect(answer).toEqual({ ok: true, value: { kind: 'cancelled' } });
    expect(save).toHaveBeenCalledWith(savePayload, { webContentsId: 1 });
  });

  it.each([
    ['a web page', fakeEvent({ url: 'http://evil.example/index.html' })],
    ['a file page', fakeEvent({ url: 'file:///home/me/index.html' })],
    ['another app host', fakeEvent({ url: 'app://other/index.html' })],
    ['an app subframe', fakeEvent({ subframe: true })],
    ['no sender frame', fakeEvent({ noFrame: true })],
    ['an unparsable URL', fakeEvent({ url: 'not a url' })],
  ])('given %s, when it saves, then it is forbidden and nothing runs', async (_name, event) => {
    const { ipcMain, save } = setUp();
    const answer = await ipcMain.invoke('file:save', event, savePayload);
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(save).not.toHaveBeenCalled();
  });

  it('given a frame whose URL throws (disposed), when it asks, then it is forbidden', async () => {
    const { ipcMain, save } = setUp();
    const event = {
      sender: { id: 1 },
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    };
    expect(await ipcMain.invoke('file:save', event, savePayload)).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect(save).not.toHaveBeenCalled();
  });

  it('given report channels, when a normal window asks, then only the report window is answered', async () => {
    const ipcMain = fakeIpcMain();
    const ready = vi.fn(() => null);
    handleInvoke(ipcMain, 'report:ready', ready, { isTrustedSender: policy });
    const payload = { problems: [] };
    expect(await ipcMain.invoke('report:ready', fakeEvent(), payload)).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect(
      await ipcMain.invoke('report:ready', fakeEvent({ webContentsId: REPORT_WINDOW }), payload),
    ).toEqual({ ok: true, value: null });
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('given the report window, when it asks to save, then it is forbidden', async () => {
    const { ipcMain, save } = setUp();
    const event = fakeEvent({ webContentsId: REPORT_WINDOW });
    expect(await ipcMain.invoke('file:save', event, savePayload)).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect(save).not.toHaveBeenCalled();
  });
});

describe('handleInvoke: the payload', () => {
  it.each([
    ['no payload', []],
    ['two arguments', [savePayload, savePayload]],
    ['a string', ['{}']],
    ['null', [null]],
    ['text of the wrong type', [{ text: 42, suggestedName: 'a.flowcase' }]],
    ['a missing field', [{ text: '{}' }]],
    ['an extra key', [{ ...savePayload, path: '/etc/passwd' }]],
    ['an empty name', [{ text: '{}', suggestedName: '' }]],
    ['an oversize name', [{ text: '{}', suggestedName: 'a'.repeat(256) }]],
    ['oversize text', [{ text: 'x'.repeat(MAX_PROJECT_TEXT + 1), suggestedName: 'a' }]],
  ])('given %s, when saving, then invalid-payload in one sentence', async (_name, args) => {
    const { ipcMain, save } = setUp();
    const answer = (await ipcMain.invoke('file:save', fakeEvent(), ...args)) as {
      ok: false;
      error: { code: string; message: string };
    };
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('invalid-payload');
    expect(answer.error.message).toMatch(/^Flowcase refused a request \(file:save\)/);
    expect(answer.error.message).not.toMatch(/\n|"code"|ZodError|at /);
    expect(save).not.toHaveBeenCalled();
  });

  it('given an oversize dropped path, when opening it, then invalid-payload names the field', async () => {
    const ipcMain = fakeIpcMain();
    handleInvoke(ipcMain, 'file:open-dropped', vi.fn(), { isTrustedSender: policy });
    const answer = await ipcMain.invoke('file:open-dropped', fakeEvent(), {
      path: '/'.repeat(MAX_PATH + 1),
    });
    expect(answer).toMatchObject({ error: { code: 'invalid-payload' } });
    expect((answer as { error: { message: string } }).error.message).toContain(
      '“path” is too long',
    );
  });
});

describe('handleInvoke: failures', () => {
  it('given a handler that throws, when asked, then a generic failure and the detail only in the log', async () => {
    const { ipcMain, log } = setUp(
      vi.fn(() => Promise.reject(new Error('EACCES: secret internal detail at /home/me'))),
    );
    const answer = await ipcMain.invoke('file:save', fakeEvent(), savePayload);
    expect(answer).toEqual({ ok: false, error: { code: 'failed', message: GENERIC_FAILURE } });
    expect(JSON.stringify(answer)).not.toContain('secret');
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('given a FileError, when asked, then its code and words come back', async () => {
    const { ipcMain, log } = setUp(
      vi.fn(() =>
        Promise.reject(new FileError('unwritable', 'Flowcase could not write “Invoice.flowcase”.')),
      ),
    );
    expect(await ipcMain.invoke('file:save', fakeEvent(), savePayload)).toEqual({
      ok: false,
      error: { code: 'unwritable', message: 'Flowcase could not write “Invoice.flowcase”.' },
    });
    expect(log).not.toHaveBeenCalled();
  });

  it('given an IpcRefusal, when asked, then its code and words come back', async () => {
    const { ipcMain } = setUp(
      vi.fn(() => {
        throw new IpcRefusal('forbidden', 'Not that file.');
      }),
    );
    expect(await ipcMain.invoke('file:save', fakeEvent(), savePayload)).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Not that file.' },
    });
  });

  it('given a handler answering outside the contract, when asked, then failed (logged)', async () => {
    const { ipcMain, log } = setUp(vi.fn(() => Promise.resolve({ kind: 'saved' } as never)));
    expect(await ipcMain.invoke('file:save', fakeEvent(), savePayload)).toMatchObject({
      ok: false,
      error: { code: 'failed' },
    });
    expect(log).toHaveBeenCalledTimes(1);
  });
});

describe('registerHandlers', () => {
  it('given a handler map, when registered, then every contract channel is handled and can be removed', () => {
    const ipcMain = fakeIpcMain();
    const handlers = Object.fromEntries(
      Object.keys(INVOKE_CHANNELS).map((channel) => [channel, vi.fn()]),
    ) as unknown as InvokeHandlers;
    const remove = registerHandlers(ipcMain, handlers, { isTrustedSender: policy });
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.keys(INVOKE_CHANNELS).sort());
    remove();
    expect(ipcMain.handlers.size).toBe(0);
  });
});
