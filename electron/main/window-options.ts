/**
 * The constructor options of each window the app creates, as pure data, so a test can check
 * every window's web preferences without Electron.
 *
 * Promises: every window gets `secureWebPreferences`; the main window starts hidden (shown on
 * its first paint) at its remembered bounds; the PDF window is never shown.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences } from './web-preferences';

/** Where and how big the main window opens, in screen pixels (DIP). */
export interface WindowBounds {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
}

export const DEFAULT_MAIN_WINDOW_BOUNDS: WindowBounds = { width: 1440, height: 900 };
export const MIN_MAIN_WINDOW_SIZE = { width: 960, height: 600 } as const;

export function mainWindowOptions(options: {
  preloadPath: string;
  bounds?: WindowBounds;
}): BrowserWindowConstructorOptions {
  const bounds = options.bounds ?? DEFAULT_MAIN_WINDOW_BOUNDS;
  return {
    ...bounds,
    minWidth: MIN_MAIN_WINDOW_SIZE.width,
    minHeight: MIN_MAIN_WINDOW_SIZE.height,
    show: false,
    title: 'Flowcase',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preloadPath),
  };
}

/**
 * The hidden window that draws the report and prints it. A4-ish size so the layout matches
 * the printed page; background throttling off, because a hidden window's timers and frames
 * would otherwise be slowed and the report might never say it is ready.
 */
export function pdfWindowOptions(options: {
  preloadPath: string;
}): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 1024,
    height: 1400,
    title: 'Flowcase business case',
    webPreferences: { ...secureWebPreferences(options.preloadPath), backgroundThrottling: false },
  };
}
