/**
 * Adapters from Electron's objects to the document controller's ports (document/ports.ts):
 * a BrowserWindow as a `DocumentWindow`, Electron's `dialog` as a `NativeDialog`. Only
 * forwarding lives here; every decision is in the modules the ports serve, which are tested.
 */
import type { BrowserWindow, Dialog } from 'electron';
import type { NativeDialog } from '../document/dialogs';
import type { DocumentWindow } from '../document/ports';

const browserWindows = new WeakMap<DocumentWindow, BrowserWindow>();

export function documentWindowOf(window: BrowserWindow): DocumentWindow {
  const contents = window.webContents;
  const port: DocumentWindow = {
    webContentsId: contents.id,
    webContents: {
      isDestroyed: () => contents.isDestroyed(),
      send: (channel, payload) => contents.send(channel, payload),
    },
    setTitle: (title) => window.setTitle(title),
    setDocumentEdited: (edited) => window.setDocumentEdited(edited),
    setRepresentedFilename: (filePath) => window.setRepresentedFilename(filePath),
    isDestroyed: () => window.isDestroyed(),
    isFocused: () => window.isFocused(),
    close: () => window.close(),
    focus: () => {
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    },
    onClose: (listener) => window.on('close', listener),
    onClosed: (listener) => window.on('closed', listener),
  };
  browserWindows.set(port, window);
  return port;
}

/** The BrowserWindow behind a port, for dialogs that sit on it. */
export function browserWindowOf(window: DocumentWindow | null): BrowserWindow | null {
  return window ? (browserWindows.get(window) ?? null) : null;
}

export function nativeDialogOf(dialog: Dialog): NativeDialog {
  return {
    showOpenDialog: (window, options) => {
      const parent = browserWindowOf(window);
      return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
    },
    showSaveDialog: (window, options) => {
      const parent = browserWindowOf(window);
      return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
    },
    showMessageBox: (window, options) => {
      const parent = browserWindowOf(window);
      return parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options);
    },
  };
}
