/**
 * Remembers the main window's size, position and maximised state between runs, in
 * `window-state.json` in the user-data folder.
 *
 * Promises:
 * - Reading never fails: a missing, unreadable, corrupt or out-of-range file gives the
 *   defaults (the file is validated with zod, like any data read back).
 * - `fitOnScreen` puts the window where it can be seen and grabbed: when its monitor is gone
 *   or the desktop shrank, it moves to the primary display, centred, and is never larger
 *   than the work area it lands on. Coordinates may be negative (a monitor left of or above
 *   the primary one).
 * - `trackWindowState` saves after resizing or moving settles (debounced), and at once when
 *   the window closes; the bounds saved are the normal (not maximised) ones, so un-maximising
 *   next time gives back the size the user chose.
 * No Electron import: windows and displays are small interfaces, tested with fakes.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { saveAtomically } from './files';
import { DEFAULT_MAIN_WINDOW_BOUNDS, MIN_MAIN_WINDOW_SIZE } from './window-options';

/** Screen rectangle in device-independent pixels. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Generous limits: anything outside them is a corrupt file, not a real screen. */
const Coordinate = z.number().int().min(-100_000).max(100_000);
const Length = z.number().int().min(1).max(100_000);

export const WindowStateSchema = z.object({
  /** Absent until the user has placed the window: the OS then centres it. */
  x: Coordinate.optional(),
  y: Coordinate.optional(),
  width: Length,
  height: Length,
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = {
  ...DEFAULT_MAIN_WINDOW_BOUNDS,
  maximized: false,
};

export const WINDOW_STATE_FILE = 'window-state.json';

/** The state in `text`, or the defaults when it is not a valid state. */
export function parseWindowState(text: string): WindowState {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
  const parsed = WindowStateSchema.safeParse(json);
  return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
}

/** Reads the state kept in `userDataDir`; the defaults when there is none or it is bad. */
export async function readWindowState(userDataDir: string): Promise<WindowState> {
  try {
    return parseWindowState(await readFile(path.join(userDataDir, WINDOW_STATE_FILE), 'utf8'));
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/**
 * Writes the state into `userDataDir` with the project files' atomic save (no backup), so a
 * crash mid-write leaves the old file, never half a file. Failures are returned, not thrown:
 * losing the window's position is not worth an error dialog.
 */
export async function writeWindowState(
  userDataDir: string,
  state: WindowState,
): Promise<Error | null> {
  const file = path.join(userDataDir, WINDOW_STATE_FILE);
  try {
    await saveAtomically(file, `${JSON.stringify(state)}\n`, { backup: false });
    return null;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** A display as `screen.getAllDisplays()` gives it: only its work area matters here. */
export interface DisplayLike {
  /** The display minus task bars, docks and menu bars. */
  readonly workArea: Rect;
}

/** How much of the title bar must be on one display for the window to count as reachable. */
const TITLE_BAR_HEIGHT = 32;
const MIN_VISIBLE_TITLE_WIDTH = 120;

function overlap(start: number, length: number, otherStart: number, otherLength: number): number {
  return Math.max(
    0,
    Math.min(start + length, otherStart + otherLength) - Math.max(start, otherStart),
  );
}

/** True when enough of the window's title bar lies on `area` to see it and drag it. */
function titleBarOn(bounds: Rect, area: Rect): boolean {
  const across = overlap(bounds.x, bounds.width, area.x, area.width);
  const down = overlap(bounds.y, TITLE_BAR_HEIGHT, area.y, area.height);
  return across >= Math.min(MIN_VISIBLE_TITLE_WIDTH, bounds.width) && down >= TITLE_BAR_HEIGHT;
}

/** The window's size limited to `area` (and kept at least the main window's minimum). */
function sizeWithin(state: WindowState, area: Rect): { width: number; height: number } {
  return {
    width: Math.max(
      Math.min(state.width, area.width),
      Math.min(MIN_MAIN_WINDOW_SIZE.width, area.width),
    ),
    height: Math.max(
      Math.min(state.height, area.height),
      Math.min(MIN_MAIN_WINDOW_SIZE.height, area.height),
    ),
  };
}

/**
 * `state` moved and sized so the window is reachable on `displays` (primary first, as
 * `[screen.getPrimaryDisplay(), ...others]`). Without displays the state is returned as is.
 */
export function fitOnScreen(state: WindowState, displays: readonly DisplayLike[]): WindowState {
  const primary = displays[0];
  if (primary === undefined) return state;
  if (state.x !== undefined && state.y !== undefined) {
    const bounds: Rect = { x: state.x, y: state.y, width: state.width, height: state.height };
    const home = displays.find((display) => titleBarOn(bounds, display.workArea));
    if (home !== undefined) {
      const area = home.workArea;
      const size = sizeWithin(state, area);
      // Keep the user's place, pulled in just enough that the whole window is on this display.
      const x = Math.min(Math.max(state.x, area.x), area.x + area.width - size.width);
      const y = Math.min(Math.max(state.y, area.y), area.y + area.height - size.height);
      return { ...state, ...size, x, y };
    }
  }
  const area = primary.workArea;
  const size = sizeWithin(state, area);
  return {
    ...state,
    ...size,
    x: area.x + Math.round((area.width - size.width) / 2),
    y: area.y + Math.round((area.height - size.height) / 2),
  };
}

/** What `trackWindowState` needs of a BrowserWindow. */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  removeListener(
    event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close',
    listener: () => void,
  ): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}

/** The window's state now. */
export function stateOf(window: TrackedWindow): WindowState {
  const { x, y, width, height } = window.getNormalBounds();
  return { x, y, width, height, maximized: window.isMaximized() };
}

/**
 * Calls `save` with the window's state `delayMs` after the last resize or move (or maximise),
 * and at once on close. Returns a function that stops tracking (without saving).
 */
export function trackWindowState(
  window: TrackedWindow,
  save: (state: WindowState) => void,
  delayMs = 500,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const schedule = (): void => {
    cancel();
    timer = setTimeout(() => {
      timer = undefined;
      save(stateOf(window));
    }, delayMs);
  };
  const onClose = (): void => {
    cancel();
    save(stateOf(window));
  };
  const changes = ['resize', 'move', 'maximize', 'unmaximize'] as const;
  for (const event of changes) window.on(event, schedule);
  window.on('close', onClose);
  return () => {
    cancel();
    for (const event of changes) window.removeListener(event, schedule);
    window.removeListener('close', onClose);
  };
}
