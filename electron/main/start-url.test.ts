import { describe, expect, it } from 'vitest';
import { startPlan } from './start-url';

const DEV_URL = 'http://localhost:5173';
const DEV_ENV = { NODE_ENV_ELECTRON_VITE: 'development', ELECTRON_RENDERER_URL: DEV_URL };

const BUILT = {
  startUrl: 'app://flowcase/index.html',
  reportUrl: 'app://flowcase/report.html',
  appOrigins: ['app://flowcase'],
  isDev: false,
};

describe('startPlan', () => {
  it('given electron-vite dev, when planned, then the dev server is loaded and its origins join the app', () => {
    expect(startPlan({ isPackaged: false, env: DEV_ENV })).toEqual({
      startUrl: 'http://localhost:5173/',
      reportUrl: 'http://localhost:5173/report.html',
      appOrigins: ['app://flowcase', 'http://localhost:5173', 'ws://localhost:5173'],
      isDev: true,
    });
  });

  it.each([
    ['a packaged app with the dev variables set', true, DEV_ENV],
    [
      'npm start (electron-vite build marks production)',
      false,
      { ...DEV_ENV, NODE_ENV_ELECTRON_VITE: 'production' },
    ],
    ['electron . with a stray ELECTRON_RENDERER_URL', false, { ELECTRON_RENDERER_URL: DEV_URL }],
    ['a packaged app with nothing set', true, {}],
    ['an unpackaged run with nothing set', false, {}],
  ])(
    'given %s, when planned, then the built renderer on app:// is loaded',
    (_name, isPackaged, env) => {
      expect(startPlan({ isPackaged, env })).toEqual(BUILT);
    },
  );

  it.each([
    ['a remote host', 'http://evil.example:5173'],
    ['a LAN address', 'http://192.168.1.20:5173'],
    ['a look-alike host', 'http://localhost.evil.example:5173'],
    ['credentials', 'http://user:pw@localhost:5173'],
    ['a file URL', 'file:///tmp/index.html'],
    ['garbage', 'not a url'],
    ['an empty value', ''],
  ])(
    'given electron-vite dev with %s as the dev URL, when planned, then it is ignored',
    (_name, url) => {
      expect(
        startPlan({ isPackaged: false, env: { ...DEV_ENV, ELECTRON_RENDERER_URL: url } }),
      ).toEqual(BUILT);
    },
  );

  it('given the dev server on 127.0.0.1 or [::1] over https, when planned, then it is used', () => {
    const v4 = startPlan({
      isPackaged: false,
      env: { ...DEV_ENV, ELECTRON_RENDERER_URL: 'https://127.0.0.1:5174' },
    });
    expect(v4.appOrigins).toEqual([
      'app://flowcase',
      'https://127.0.0.1:5174',
      'wss://127.0.0.1:5174',
    ]);
    const v6 = startPlan({
      isPackaged: false,
      env: { ...DEV_ENV, ELECTRON_RENDERER_URL: 'http://[::1]:5173' },
    });
    expect(v6.startUrl).toBe('http://[::1]:5173/');
  });
});
