import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';

// The real module would try to download Electron's binary; security.ts only needs `shell`.
const shellOpenExternal = vi.hoisted(() => vi.fn((_url: string) => Promise.resolve()));
vi.mock('electron', () => ({ shell: { openExternal: shellOpenExternal } }));

const { secureSession, secureWebContents } = await import('./security');
const { APP_ORIGIN } = await import('./url-policy');

const DEV_ORIGINS = [APP_ORIGIN, 'http://localhost:5173', 'ws://localhost:5173'];

type Callback = (...args: never[]) => unknown;

/** A session that records the handlers the policy installs. */
function fakeSession() {
  const handlers: Record<string, Callback> = {};
  const session = {
    setPermissionRequestHandler: (h: Callback) => (handlers['request'] = h),
    setPermissionCheckHandler: (h: Callback) => (handlers['check'] = h),
    setDevicePermissionHandler: (h: Callback) => (handlers['device'] = h),
    webRequest: { onBeforeRequest: (h: Callback) => (handlers['beforeRequest'] = h) },
  };
  return { session: session as unknown as Session, handlers };
}

/** A web contents: an event emitter plus the window-open handler slot. */
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
  });
  const emit = (name: string, url?: string): boolean => {
    const event = {
      defaultPrevented: false,
      preventDefault: () => (event.defaultPrevented = true),
    };
    emitter.emit(name, event, url);
    return event.defaultPrevented;
  };
  const open = (url: string) => {
    if (!openHandler) throw new Error('no window-open handler installed');
    return openHandler({ url });
  };
  return { contents: contents as unknown as WebContents, emit, open };
}

function beforeRequest(handlers: Record<string, Callback>, url: string): boolean {
  let cancelled: boolean | undefined;
  const handler = handlers['beforeRequest'] as (
    details: { url: string },
    callback: (response: { cancel: boolean }) => void,
  ) => void;
  handler({ url }, (response) => (cancelled = response.cancel));
  if (cancelled === undefined) throw new Error('onBeforeRequest did not answer');
  return cancelled;
}

describe('secureSession', () => {
  type RequestHandler = (c: unknown, p: string, cb: (ok: boolean) => void, d: unknown) => void;
  type CheckHandler = (c: unknown, p: string, origin: string, d: unknown) => boolean;
  const asked = (handlers: Record<string, Callback>, permission: string, details: unknown) => {
    const callback = vi.fn();
    (handlers['request'] as RequestHandler)({}, permission, callback, details);
    const checked = (handlers['check'] as CheckHandler)({}, permission, '', details);
    expect(callback).toHaveBeenCalledExactlyOnceWith(checked);
    return checked;
  };
  const appPage = { requestingUrl: `${APP_ORIGIN}/index.html`, isMainFrame: true };

  it('given any other permission or a device, when asked, then it is denied, even for the app', () => {
    const { session, handlers } = fakeSession();
    secureSession(session, [APP_ORIGIN]);
    for (const permission of ['media', 'notifications', 'geolocation', 'openExternal', 'usb'])
      expect(asked(handlers, permission, appPage)).toBe(false);
    expect((handlers['device'] as (d: unknown) => boolean)({ deviceType: 'usb' })).toBe(false);
  });

  it('gives the clipboard and full screen to the app page’s main frame only', () => {
    const { session, handlers } = fakeSession();
    secureSession(session, [APP_ORIGIN]);
    for (const permission of ['clipboard-read', 'clipboard-sanitized-write', 'fullscreen']) {
      expect(asked(handlers, permission, appPage)).toBe(true);
      expect(asked(handlers, permission, { ...appPage, isMainFrame: false })).toBe(false);
      expect(
        asked(handlers, permission, { requestingUrl: 'https://evil.example/', isMainFrame: true }),
      ).toBe(false);
      expect(asked(handlers, permission, { isMainFrame: true })).toBe(false);
      expect(
        asked(handlers, permission, { requestingUrl: 'app://other/index.html', isMainFrame: true }),
      ).toBe(false);
    }
  });

  it.each([
    'https://example.com/x.js',
    'http://example.com/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'ws://example.com/socket',
    'wss://example.com/socket',
    'app://other/index.html',
  ])('given a request to %s in a packaged run, when it starts, then it is cancelled', (url) => {
    const { session, handlers } = fakeSession();
    secureSession(session, [APP_ORIGIN]);
    expect(beforeRequest(handlers, url)).toBe(true);
  });

  it('given requests to the app and in-page schemes, when they start, then they pass', () => {
    const { session, handlers } = fakeSession();
    secureSession(session, [APP_ORIGIN]);
    expect(beforeRequest(handlers, 'app://flowcase/assets/index.js')).toBe(false);
    expect(beforeRequest(handlers, 'data:image/png;base64,AAAA')).toBe(false);
    expect(beforeRequest(handlers, 'blob:app://flowcase/1234')).toBe(false);
  });

  it('given a dev run, when the dev server and its HMR socket are requested, then they pass, nothing else', () => {
    const { session, handlers } = fakeSession();
    secureSession(session, DEV_ORIGINS);
    expect(beforeRequest(handlers, 'http://localhost:5173/src/main.tsx')).toBe(false);
    expect(beforeRequest(handlers, 'ws://localhost:5173/')).toBe(false);
    expect(beforeRequest(handlers, 'http://localhost:5174/')).toBe(true);
    expect(beforeRequest(handlers, 'https://example.com/')).toBe(true);
  });
});

describe('secureWebContents', () => {
  const ALLOW = ['https://docs.example.org/flowcase/'];

  function secured(origins: readonly string[] = [APP_ORIGIN]) {
    const fake = fakeContents();
    const openExternal = vi.fn((_url: string) => Promise.resolve());
    secureWebContents(fake.contents, origins, { allowList: ALLOW, openExternal });
    return { ...fake, openExternal };
  }

  it.each(['will-navigate', 'will-redirect'])(
    'given %s to a foreign origin, when it happens, then it is prevented',
    (event) => {
      const { emit } = secured();
      expect(emit(event, 'https://example.com/')).toBe(true);
      expect(emit(event, 'file:///etc/passwd')).toBe(true);
      expect(emit(event, 'app://other/index.html')).toBe(true);
      expect(emit(event, 'javascript:alert(1)')).toBe(true);
    },
  );

  it.each(['will-navigate', 'will-redirect'])(
    'given %s within the app origin, when it happens, then it is allowed',
    (event) => {
      const { emit } = secured();
      expect(emit(event, 'app://flowcase/index.html')).toBe(false);
      expect(emit(event, 'app://flowcase/report.html')).toBe(false);
    },
  );

  it('given a webview about to attach, when it happens, then it is prevented', () => {
    const { emit } = secured();
    expect(emit('will-attach-webview')).toBe(true);
  });

  it('given window.open of an app page, when asked, then it is denied and nothing opens', () => {
    const { open, openExternal } = secured();
    expect(open('app://flowcase/report.html')).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('given window.open of an allow-listed https page, when asked, then the browser opens it, not a window', () => {
    const { open, openExternal } = secured();
    expect(open('https://docs.example.org/flowcase/roi')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://docs.example.org/flowcase/roi');
  });

  it.each([
    'https://example.com/',
    'http://docs.example.org/flowcase/roi',
    'https://docs.example.org/other',
    'file:///etc/passwd',
    'mailto:someone@example.com',
  ])('given window.open of %s (not allow-listed), when asked, then nothing opens', (url) => {
    const { open, openExternal } = secured();
    expect(open(url)).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('given the default (empty) allow-list, when any https page is opened, then nothing opens', () => {
    const fake = fakeContents();
    secureWebContents(fake.contents, [APP_ORIGIN]);
    expect(fake.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(shellOpenExternal).not.toHaveBeenCalled();
  });
});
