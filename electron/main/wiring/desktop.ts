/**
 * Puts the desktop app together once Electron is ready: the crash marker, the recent files
 * and the application menu built from them, the document controller and its IPC handlers, and
 * the main windows (remembered size and place, attached to the controller). `index.ts` calls
 * this from `whenReady` and forwards the app's lifecycle events to what it returns.
 *
 * Promises: the menu is set before the first window opens, so Electron's default menu never
 * shows; every invoke channel is registered before the first page can ask; files that arrived
 * before ready are handed over in order.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, screen } from 'electron';
import type { MenuCommand } from '../../../shared/ipc/contract';
import { showAbout } from '../about';
import {
  createDialogs,
  createDocumentController,
  createRecentFiles,
  startCrashMarker,
  type DocumentController,
} from '../document';
import { APP_NAME } from '../document/title';
import { saveAtomically } from '../files';
import { createSenderPolicy, registerHandlers, sendEvent } from '../ipc';
import { installApplicationMenu } from '../menu-install';
import { printReportToPdf } from '../pdf';
import type { StartPlan } from '../start-url';
import { THIRD_PARTY_NOTICES } from '../third-party-notices';
import { createMainWindow } from '../window';
import { fitOnScreen, readWindowState, trackWindowState, writeWindowState } from '../window-state';
import { documentWindowOf, nativeDialogOf } from './electron-ports';
import { describeError, nodeFileService } from './file-service';

export const CRASH_MARKER_FILE = 'running.marker';
export const RECENT_FILES_FILE = 'recent-files.json';

export interface DesktopOptions {
  plan: StartPlan;
  preloadPath: string;
}

export interface Desktop {
  readonly controller: DocumentController;
  openWindow(): Promise<BrowserWindow>;
  /** The app's document windows, never the hidden report windows. */
  mainWindows(): BrowserWindow[];
  /** A file from outside (command line, second launch, OS, Open Recent), in a window. */
  openFile(filePath: string): void;
  /** `will-quit`: the run ends cleanly. */
  endCleanly(): void;
}

const log = (message: string, error?: unknown): void => console.error(message, error ?? '');

export async function startDesktop({ plan, preloadPath }: DesktopOptions): Promise<Desktop> {
  // Document windows only: a hidden report window must never count as the app's window
  // (focus, menus, "no window open", quitting when the last one closes).
  const windows = new Set<BrowserWindow>();
  const mainWindows = (): BrowserWindow[] => [...windows].filter((w) => !w.isDestroyed());
  const focusedOrFirstWindow = (): BrowserWindow | null => {
    const all = mainWindows();
    return all.find((w) => w.isFocused()) ?? all[0] ?? null;
  };
  let openWindow: () => Promise<BrowserWindow> = () => Promise.reject(new Error('not ready'));
  const openFile = (filePath: string): void => {
    controller?.openFromOutside(filePath);
    if (mainWindows().length === 0) void openWindow();
  };

  const userData = app.getPath('userData');
  const crashMarker = startCrashMarker(
    path.join(userData, CRASH_MARKER_FILE),
    { existsSync, writeFileSync, rmSync },
    log,
  );
  const files = nodeFileService();
  let controller: DocumentController | null = null;

  const installMenu = (recentFiles: readonly string[]): void =>
    installApplicationMenu(Menu, {
      platform: process.platform,
      appName: APP_NAME,
      isDev: plan.isDev,
      recentFiles,
      send: (command: MenuCommand) => {
        const window = focusedOrFirstWindow();
        // macOS keeps running without a window: a command then brings one up to act in.
        if (window) sendEvent(window.webContents, 'menu:command', { command });
        else void openWindow();
      },
      openRecent: openFile,
      clearRecent: () => {
        recent.clear();
        app.clearRecentDocuments();
      },
      showAbout: () => {
        const window = focusedOrFirstWindow();
        if (!window) return;
        const { electron, chrome, node, v8 } = process.versions;
        void showAbout(dialog, window, {
          appName: APP_NAME,
          versions: { app: app.getVersion(), electron, chrome, node, v8 },
          notices: THIRD_PARTY_NOTICES,
        });
      },
    });

  const recentFile = path.join(userData, RECENT_FILES_FILE);
  const recent = createRecentFiles({
    read: () => readFile(recentFile, 'utf8'),
    write: (text) => saveAtomically(recentFile, text, { backup: false }),
    onChange: installMenu,
    log,
  });
  installMenu([]);

  controller = createDocumentController({
    platform: process.platform,
    app,
    dialogs: createDialogs(nativeDialogOf(dialog)),
    files,
    recent,
    crashed: crashMarker.crashed,
    describeError,
    printReport: (request) =>
      printReportToPdf(request, {
        createWindow: (options) => new BrowserWindow(options),
        reportUrl: plan.reportUrl,
        preloadPath,
        provideInput: sessions.provideInput,
        whenReady: sessions.whenReady,
      }),
    log,
  });
  const sessions = controller.reportSessions;
  registerHandlers(ipcMain, controller.handlers, {
    isTrustedSender: createSenderPolicy({
      appOrigins: plan.appOrigins,
      isReportWindow: sessions.isReportWindow,
    }),
    describeError,
  });

  const [windowState] = await Promise.all([readWindowState(userData), recent.load()]);
  const ready = controller;
  ready.cleanRecentFolders();

  openWindow = async () => {
    const existing = mainWindows().length > 0;
    const state = existing ? await readWindowState(userData) : windowState;
    // fitOnScreen takes the primary display first.
    const primary = screen.getPrimaryDisplay();
    const displays = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)];
    const { maximized, ...bounds } = fitOnScreen(state, displays);
    const window = createMainWindow({ preloadPath, startUrl: plan.startUrl, bounds, maximized });
    windows.add(window);
    const contentsId = window.webContents.id;
    window.on('closed', () => {
      windows.delete(window);
      // The last document window closed: a report still printing does not keep the app alive.
      if (windows.size === 0 && process.platform !== 'darwin') app.quit();
    });
    window.webContents.on('render-process-gone', (_event, details) => {
      if (details.reason === 'clean-exit') return;
      log(`Flowcase: the window's page stopped (${details.reason}); loading it again`);
      ready.rendererCrashed(contentsId);
      if (!window.isDestroyed()) void window.webContents.reload();
    });
    trackWindowState(window, (next) => {
      void writeWindowState(userData, next).then((error) => {
        if (error) log('Flowcase: could not remember the window state', error);
      });
    });
    ready.attachWindow(documentWindowOf(window));
    return window;
  };

  return {
    controller: ready,
    openWindow: () => openWindow(),
    mainWindows,
    openFile,
    endCleanly: () => crashMarker.clear(),
  };
}
