import { EventEmitter } from 'node:events';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitOnScreen,
  parseWindowState,
  readWindowState,
  trackWindowState,
  WINDOW_STATE_FILE,
  writeWindowState,
  type DisplayLike,
  type Rect,
  type WindowState,
} from './window-state';

const display = (x: number, y: number, width: number, height: number): DisplayLike => ({
  workArea: { x, y, width, height },
});
/** A 1920x1080 laptop (task bar 40 px) with a second 2560x1440 monitor to its left. */
const PRIMARY = display(0, 0, 1920, 1040);
const LEFT = display(-2560, -200, 2560, 1400);

const state = (
  x: number,
  y: number,
  width = 1200,
  height = 800,
  maximized = false,
): WindowState => ({
  x,
  y,
  width,
  height,
  maximized,
});

describe('parseWindowState and readWindowState', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'flowcase-window-state-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('given a state written, when read back, then it is the same', async () => {
    const saved = state(-2000, -100, 1000, 700, true);
    expect(await writeWindowState(dir, saved)).toBeNull();
    expect(await readWindowState(dir)).toEqual(saved);
  });

  it('given no file, when read, then the defaults', async () => {
    expect(await readWindowState(dir)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it.each([
    ['not JSON', '{"width": 10'],
    ['an empty file', ''],
    ['a wrong type', '{"width":"wide","height":800,"maximized":false}'],
    ['a missing field', '{"width":1000,"height":800}'],
    ['a negative size', '{"width":-5,"height":800,"maximized":false}'],
    [
      'a coordinate far off any screen',
      '{"x":1e9,"y":0,"width":1000,"height":800,"maximized":false}',
    ],
    ['a fractional size', '{"width":1000.5,"height":800,"maximized":false}'],
    ['null', 'null'],
  ])('given %s in the file, when read, then the defaults', async (_name, text) => {
    await writeFile(path.join(dir, WINDOW_STATE_FILE), text);
    expect(await readWindowState(dir)).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState(text)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('given a folder that cannot be written, when saved, then the failure is returned, not thrown', async () => {
    const error = await writeWindowState(path.join(dir, 'missing', 'folder'), DEFAULT_WINDOW_STATE);
    expect(error).toBeInstanceOf(Error);
  });

  it('given a save, when done, then no temporary file is left and the JSON is plain', async () => {
    await writeWindowState(dir, state(10, 20));
    expect(await readdir(dir)).toEqual([WINDOW_STATE_FILE]);
    expect(JSON.parse(await readFile(path.join(dir, WINDOW_STATE_FILE), 'utf8'))).toEqual(
      state(10, 20),
    );
  });
});

describe('fitOnScreen', () => {
  it('given a window on the primary display, when fitted, then it stays where it was', () => {
    expect(fitOnScreen(state(100, 50), [PRIMARY, LEFT])).toEqual(state(100, 50));
  });

  it('given a window on a monitor left of and above the primary, when fitted, then negative coordinates stay', () => {
    expect(fitOnScreen(state(-2400, -150), [PRIMARY, LEFT])).toEqual(state(-2400, -150));
  });

  it('given the left monitor was removed, when fitted, then the window is centred on the primary', () => {
    expect(fitOnScreen(state(-2400, -150), [PRIMARY])).toEqual(state(360, 120));
  });

  it('given a window larger than the display it lands on, when fitted, then it shrinks to the work area', () => {
    const fitted = fitOnScreen(state(-2500, -100, 2500, 1400), [PRIMARY]);
    expect(fitted).toEqual(state(0, 0, 1920, 1040));
  });

  it('given a window hanging off the right edge, when fitted, then it is pulled back in, same size', () => {
    expect(fitOnScreen(state(1500, 100), [PRIMARY])).toEqual(state(720, 100));
  });

  it('given a title bar above the top of every display, when fitted, then it is centred on the primary, where it can be dragged', () => {
    const fitted = fitOnScreen(state(100, -500), [PRIMARY]);
    expect(fitted).toEqual(state(360, 120));
  });

  it('given only a sliver of the window on screen, when fitted, then it moves to the primary', () => {
    expect(fitOnScreen(state(1900, 100), [PRIMARY])).toEqual(state(360, 120));
  });

  it('given no remembered position, when fitted, then it is centred on the primary with its size', () => {
    const fitted = fitOnScreen({ width: 1000, height: 600, maximized: true }, [PRIMARY, LEFT]);
    expect(fitted).toEqual(state(460, 220, 1000, 600, true));
  });

  it('given a small screen, when fitted, then the window is no larger than the screen even below the minimum size', () => {
    const small = display(0, 0, 800, 560);
    expect(fitOnScreen(state(0, 0), [small])).toEqual(state(0, 0, 800, 560));
  });

  it('given no displays (headless), when fitted, then the state is unchanged', () => {
    expect(fitOnScreen(state(5, 5), [])).toEqual(state(5, 5));
  });
});

/** A BrowserWindow stand-in: events plus the bounds and maximised flag. */
class FakeWindow extends EventEmitter {
  bounds: Rect = { x: 10, y: 20, width: 1200, height: 800 };
  maximized = false;
  getNormalBounds(): Rect {
    return this.bounds;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
}

describe('trackWindowState', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('given a burst of resizes and moves, when it settles, then the state is saved once', () => {
    const window = new FakeWindow();
    const save = vi.fn();
    trackWindowState(window, save, 500);
    for (let i = 0; i < 10; i += 1) {
      window.bounds = { ...window.bounds, width: 1200 + i };
      window.emit(i % 2 === 0 ? 'resize' : 'move');
      vi.advanceTimersByTime(100);
    }
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(save).toHaveBeenCalledExactlyOnceWith(state(10, 20, 1209, 800));
  });

  it('given a maximised window, when it closes, then the state is saved at once with its normal bounds', () => {
    const window = new FakeWindow();
    const save = vi.fn();
    trackWindowState(window, save, 500);
    window.maximized = true;
    window.emit('maximize');
    window.emit('close');
    expect(save).toHaveBeenCalledExactlyOnceWith(state(10, 20, 1200, 800, true));
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledOnce();
  });

  it('given tracking stopped, when the window moves, then nothing is saved', () => {
    const window = new FakeWindow();
    const save = vi.fn();
    const stop = trackWindowState(window, save, 500);
    window.emit('move');
    stop();
    window.emit('resize');
    window.emit('close');
    vi.advanceTimersByTime(1000);
    expect(save).not.toHaveBeenCalled();
    expect(window.listenerCount('move')).toBe(0);
  });
});
