/**
 * Entry of the Electron main process: app lifecycle only.
 *
 * Owns: the single-instance lock (a second launch focuses the first window), the `app://`
 * scheme registration (before ready), session and web-contents hardening, creating the main
 * window, and quitting when the last window closes (except on macOS).
 * Everything else (menus, files, IPC handlers, PDF) lives in its own module.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, session } from 'electron';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { secureSession, secureWebContents } from './security';
import { createMainWindow } from './window';
import { APP_ORIGIN, originOf } from './url-policy';

const mainDir = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(mainDir, '../renderer');
const preloadPath = path.join(mainDir, '../preload/index.cjs');

/** `electron-vite dev` serves the renderer over http; only honoured in unpackaged runs. */
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const devOrigin = devServerUrl === undefined ? null : originOf(devServerUrl);
/** The dev server's http origin and its HMR websocket are part of the app in dev runs only. */
const appOrigins: readonly string[] = devOrigin
  ? [APP_ORIGIN, devOrigin, devOrigin.replace(/^http/, 'ws')]
  : [APP_ORIGIN];
const startUrl = devServerUrl ?? `${APP_ORIGIN}/index.html`;

app.enableSandbox();
registerAppScheme();

function openMainWindow(): BrowserWindow {
  return createMainWindow({ preloadPath, startUrl });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  app.on('web-contents-created', (_event, contents) => secureWebContents(contents, appOrigins));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  void app.whenReady().then(() => {
    secureSession(session.defaultSession, appOrigins);
    handleAppProtocol(rendererDir);
    openMainWindow();
  });
}
