import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from './web-preferences';
import { mainWindowOptions, pdfWindowOptions } from './window-options';

const preloadPath = '/opt/flowcase/out/preload/index.cjs';

/** Every window the app creates, by name: a new window must be added here. */
const EVERY_WINDOW = {
  main: mainWindowOptions({ preloadPath }),
  'main at remembered bounds': mainWindowOptions({
    preloadPath,
    bounds: { x: -1200, y: 40, width: 1000, height: 700 },
  }),
  'hidden PDF': pdfWindowOptions({ preloadPath }),
};

describe('secureWebPreferences', () => {
  it('given a preload path, when built, then only that preload runs, sandboxed and isolated', () => {
    const prefs = secureWebPreferences(preloadPath);
    expect(prefs.preload).toBe(preloadPath);
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      enableDeprecatedPaste: false,
    });
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.additionalArguments).toBeUndefined();
  });
});

describe('every window the app creates', () => {
  it.each(Object.entries(EVERY_WINDOW))(
    'given the %s window, when its options are built, then it is sandboxed, isolated, without Node or webviews',
    (_name, options) => {
      expect(options.webPreferences).toMatchObject({
        preload: preloadPath,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        webviewTag: false,
      });
      expect(options.show).toBe(false);
    },
  );

  it('given remembered bounds, when the main window options are built, then it opens there', () => {
    const options = EVERY_WINDOW['main at remembered bounds'];
    expect(options).toMatchObject({ x: -1200, y: 40, width: 1000, height: 700 });
    expect(EVERY_WINDOW.main).toMatchObject({ width: 1440, height: 900 });
  });
});
