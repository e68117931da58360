/**
 * Entry of the Electron main process: app lifecycle only.
 *
 * Owns: the single-instance lock (a second launch hands its files to the first and focuses
 * it), the `app://` scheme registration (before ready), session and web-contents hardening,
 * files from the command line and macOS `open-file` (queued until ready), the quit that
 * waits for unsaved changes, and the crash marker's clean removal. What happens at ready is
 * `startDesktop` (wiring/desktop.ts); the logic lives in document/, ipc/, files/ and the rest.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, session } from 'electron';
import { filesFromArgv } from './document/launch-args';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { secureSession, secureWebContents } from './security';
import { startPlan } from './start-url';
import { startDesktop, type Desktop } from './wiring/desktop';

const mainDir = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(mainDir, '../renderer');
const preloadPath = path.join(mainDir, '../preload/index.cjs');
const plan = startPlan({ isPackaged: app.isPackaged, env: process.env });
const defaultApp = process.defaultApp === true;

app.enableSandbox();
registerAppScheme();

let desktop: Desktop | null = null;
/** Files that arrived before the desktop was ready (command line, early `open-file`). */
const early = filesFromArgv(process.argv, { defaultApp, workingDirectory: process.cwd() });

function openFile(filePath: string): void {
  if (desktop) desktop.openFile(filePath);
  else early.push(filePath);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const files = filesFromArgv(argv, { defaultApp, workingDirectory });
    const [window] = desktop?.mainWindows() ?? [];
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    files.forEach(openFile);
  });

  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openFile(filePath);
  });

  app.on('web-contents-created', (_event, contents) =>
    secureWebContents(contents, plan.appOrigins),
  );

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (desktop && desktop.mainWindows().length === 0) void desktop.openWindow();
  });

  app.on('before-quit', (event) => desktop?.controller.beforeQuit(event));
  app.on('will-quit', () => desktop?.endCleanly());

  // Windows: recent documents and the taskbar belong to the installed app's id.
  if (process.platform === 'win32') app.setAppUserModelId('app.flowcase.desktop');

  app
    .whenReady()
    .then(async () => {
      secureSession(session.defaultSession, plan.appOrigins);
      handleAppProtocol(rendererDir);
      const ready = await startDesktop({ plan, preloadPath });
      desktop = ready;
      // Before the first window: its start info answers with the first of them.
      early.splice(0).forEach((filePath) => ready.controller.openFromOutside(filePath));
      await ready.openWindow();
    })
    .catch((error: unknown) => {
      // Nothing on screen and nothing said would leave a process the user cannot see.
      console.error('Flowcase could not start', error);
      dialog.showErrorBox(
        'Flowcase could not start',
        `Something went wrong while opening the window: ${error instanceof Error ? error.message : String(error)}. Start Flowcase again; if it happens again, reinstall it.`,
      );
      app.exit(1);
    });
}
