/**
 * Creates the main window with the hardened web preferences every Flowcase window uses:
 * sandboxed, context-isolated, no Node integration, web security on, only our preload.
 * The window is shown once its first paint is ready, so users never see a blank frame.
 */
import { BrowserWindow } from 'electron';

export interface MainWindowOptions {
  /** Absolute path to the built preload script (`out/preload/index.cjs`). */
  preloadPath: string;
  /** The URL to load, normally `app://flowcase/index.html`. */
  startUrl: string;
}

export function createMainWindow({ preloadPath, startUrl }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Flowcase',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(startUrl);
  return window;
}
