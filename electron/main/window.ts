/**
 * Creates the main window. Its options (and so its hardened web preferences) come from
 * `mainWindowOptions` (window-options.ts), which is unit tested; this file only does what
 * needs Electron. The window is shown once its first paint is ready, so users never see a
 * blank frame, and maximised then when it was maximised last time.
 */
import { BrowserWindow } from 'electron';
import { mainWindowOptions, type WindowBounds } from './window-options';

export interface MainWindowOptions {
  /** Absolute path to the built preload script (`out/preload/index.cjs`). */
  preloadPath: string;
  /** The URL to load, normally `app://flowcase/index.html` (see start-url.ts). */
  startUrl: string;
  /** Remembered bounds (window-state.ts, already fitted on screen); default size otherwise. */
  bounds?: WindowBounds;
  /** Open maximised (remembered from the last run). */
  maximized?: boolean;
}

export function createMainWindow({
  preloadPath,
  startUrl,
  bounds,
  maximized = false,
}: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions({ preloadPath, bounds }));
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  // A load cut short (the window closed while loading) is not an error anyone can act on.
  window.loadURL(startUrl).catch((error: unknown) => {
    if (!window.isDestroyed()) console.error(`Flowcase: could not load ${startUrl}`, error);
  });
  return window;
}
