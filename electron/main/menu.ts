/**
 * The application menu as a template: pure data and callbacks, no Electron import, so every
 * platform's menu is unit tested in Node. `Menu.buildFromTemplate` and `setApplicationMenu`
 * are the caller's (menu-install.ts); a production run shows this menu and never Electron's
 * default one (whose Reload and DevTools would be open to every user).
 *
 * Promises:
 * - The usual layout and accelerators per platform: macOS gets the app menu first (About,
 *   Services, Hide, Quit) and the standard Window menu; Windows and Linux get Quit in File,
 *   About in Help, and Alt mnemonics; there the keys the page handles itself (Ctrl+Z/Y/X/C/V/
 *   D/A, Ctrl+O/S, F5) are shown but not registered (`pageKey`).
 * - Document commands reach the renderer as a `MenuCommand` through `send` (the renderer owns
 *   the document, its undo history and its clipboard), never as Electron roles.
 * - Zoom In/Out and Fit act on the map's camera ('zoom-in', 'zoom-out', 'fit'), not on the
 *   page: there is no page-zoom item, so the UI never scales by accident.
 * - Reload and DevTools exist only when `isDev` (under `electron-vite dev`).
 *
 * Who decides what Undo, Redo, Cut, Copy, Paste, Delete and Select All act on: the RENDERER.
 * Main cannot know where the keyboard focus is, so these items always `send` their command.
 * When the focus is in a text field the renderer lets the field act (its own native editing:
 * `document.execCommand('undo' | 'redo' | 'cut' | 'copy' | 'delete' | 'selectAll')`), and
 * otherwise runs its own command on the map. Keys pressed in the page reach the renderer
 * first: it handles the map's shortcuts itself (and marks them handled), and on Windows and
 * Linux Chromium handles Ctrl+Z/X/C/V/A inside text fields natively, so an accelerator here
 * fires only for keys nobody in the page used, for mouse clicks on the menu, and on macOS,
 * where Cmd+Z/X/C/V/A in a text field come through the menu. For 'paste' into a text field the
 * renderer reads the clipboard itself (`navigator.clipboard.readText`, allowed to the app's
 * main frame in permissions.ts) and inserts the text.
 */
import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc';

export interface MenuTemplateOptions {
  readonly platform: NodeJS.Platform;
  /** The name shown in the macOS app menu and in "About …" ("Flowcase"). */
  readonly appName: string;
  /** Running under `electron-vite dev`: adds Reload and Toggle Developer Tools. */
  readonly isDev: boolean;
  /** Recently opened project files, most recent first (absolute paths). */
  readonly recentFiles: readonly string[];
  /** Hands a command to the focused window's renderer. */
  readonly send: (command: MenuCommand) => void;
  readonly openRecent: (path: string) => void;
  readonly clearRecent: () => void;
  readonly showAbout: () => void;
}

type Item = MenuItemConstructorOptions;

const separator: Item = { type: 'separator' };

/** The last part of a path, for either separator (recent files come from any platform). */
function baseName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

/**
 * Labels for the recent files: the file name, or the whole path where two files share a
 * name. On Windows and Linux '&' marks a mnemonic, so a literal one is doubled.
 */
export function recentFileLabels(paths: readonly string[], mac: boolean): string[] {
  const names = paths.map(baseName);
  return paths.map((path, index) => {
    const name = names[index] ?? path;
    const label = names.filter((other) => other === name).length > 1 ? path : name;
    return mac ? label : label.replaceAll('&', '&&');
  });
}

export function menuTemplate(options: MenuTemplateOptions): Item[] {
  const mac = options.platform === 'darwin';
  const { send } = options;
  /** A top-level label, with its Alt mnemonic outside macOS. */
  const top = (label: string): string => (mac ? label : `&${label}`);
  const command = (label: string, name: MenuCommand, accelerator?: string): Item => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => send(name),
  });
  /**
   * A command whose keys the page handles itself (the map's shortcuts, Save and Open, F5):
   * on Windows and Linux the menu only shows the key, so a key press is never handled twice
   * (once by the page, once by the menu) and a text field keeps its own Ctrl+Z/X/C/V/A. On
   * macOS the menu takes the key, as Cmd+key editing in text fields needs.
   */
  const pageKey = (label: string, name: MenuCommand, accelerator: string): Item => ({
    ...command(label, name, accelerator),
    ...(mac ? {} : { registerAccelerator: false }),
  });

  const appMenu: Item = {
    label: options.appName,
    submenu: [
      { label: `About ${options.appName}`, click: () => options.showAbout() },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const labels = recentFileLabels(options.recentFiles, mac);
  const recent: Item = {
    label: 'Open Recent',
    submenu: [
      ...(options.recentFiles.length === 0
        ? [{ label: 'No Recent Projects', enabled: false }]
        : options.recentFiles.map((path, index) => ({
            label: labels[index] ?? path,
            toolTip: path,
            click: () => options.openRecent(path),
          }))),
      separator,
      {
        label: 'Clear Recently Opened',
        enabled: options.recentFiles.length > 0,
        click: () => options.clearRecent(),
      },
    ],
  };

  const fileMenu: Item = {
    label: top('File'),
    submenu: [
      command('New Project', 'new-project', 'CmdOrCtrl+N'),
      pageKey('Open…', 'open', 'CmdOrCtrl+O'),
      recent,
      separator,
      pageKey('Save', 'save', 'CmdOrCtrl+S'),
      pageKey('Save As…', 'save-as', 'Shift+CmdOrCtrl+S'),
      separator,
      command('Export PDF…', 'export-pdf', 'CmdOrCtrl+P'),
      separator,
      // Closing goes through the window's 'close' event, where unsaved changes are caught.
      { label: 'Close Window', role: 'close', accelerator: 'CmdOrCtrl+W' },
      ...(mac ? [] : [separator, { label: 'Quit', role: 'quit' as const }]),
    ],
  };

  const editMenu: Item = {
    label: top('Edit'),
    submenu: [
      pageKey('Undo', 'undo', 'CmdOrCtrl+Z'),
      pageKey('Redo', 'redo', 'Shift+CmdOrCtrl+Z'),
      separator,
      pageKey('Cut', 'cut', 'CmdOrCtrl+X'),
      pageKey('Copy', 'copy', 'CmdOrCtrl+C'),
      pageKey('Paste', 'paste', 'CmdOrCtrl+V'),
      pageKey('Duplicate', 'duplicate', 'CmdOrCtrl+D'),
      // No accelerator: Delete and Backspace belong to text fields first, the map's
      // own key handler deletes a selection.
      command('Delete', 'delete'),
      separator,
      pageKey('Select All', 'select-all', 'CmdOrCtrl+A'),
    ],
  };

  const viewMenu: Item = {
    label: top('View'),
    submenu: [
      command('Zoom In', 'zoom-in', 'CmdOrCtrl+='),
      // The same key with Shift held, as most keyboards need for '+'.
      { ...command('Zoom In', 'zoom-in', 'CmdOrCtrl+Plus'), visible: false },
      command('Zoom Out', 'zoom-out', 'CmdOrCtrl+-'),
      command('Fit Map to Window', 'fit', 'CmdOrCtrl+0'),
      separator,
      pageKey('Presenter Mode', 'presenter', 'F5'),
      { role: 'togglefullscreen' },
      ...(options.isDev
        ? [separator, { role: 'reload' as const }, { role: 'toggleDevTools' as const }]
        : []),
    ],
  };

  const windowMenu: Item = mac
    ? { label: 'Window', role: 'windowMenu' }
    : {
        label: top('Window'),
        submenu: [
          { role: 'minimize' },
          { label: 'Zoom', click: (_item, window) => toggleMaximized(window) },
        ],
      };

  const helpMenu: Item = {
    label: top('Help'),
    role: 'help',
    submenu: [
      command('Keyboard Shortcuts', 'shortcuts', 'CmdOrCtrl+/'),
      ...(mac
        ? []
        : [separator, { label: `About ${options.appName}`, click: () => options.showAbout() }]),
    ],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}

/** Window > Zoom outside macOS: maximise, or restore when already maximised. */
function toggleMaximized(
  window: Pick<BaseWindow, 'isMaximized' | 'maximize' | 'unmaximize'> | undefined,
): void {
  if (window === undefined) return;
  if (window.isMaximized()) window.unmaximize();
  else window.maximize();
}
