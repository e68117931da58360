/**
 * The web preferences of every Flowcase window: the main window and the hidden window that
 * prints the report to PDF. One function, so no window can be created with a weaker set.
 *
 * Promises: the page runs sandboxed and context-isolated, with no Node integration in any
 * form (page, workers, sub-frames), web security on, no mixed content, no `<webview>`, no
 * navigation by dropping a file on the window (the renderer handles drops itself), no
 * experimental or deprecated web features, and only our preload script. Types only from
 * Electron, so tests run in Node.
 */
import type { WebPreferences } from 'electron';

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
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
    experimentalFeatures: false,
    enableWebSQL: false,
    // `document.execCommand('paste')` would let the page read the clipboard at any time.
    enableDeprecatedPaste: false,
    plugins: false,
    safeDialogs: true,
    spellcheck: false,
  };
}
