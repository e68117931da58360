/**
 * Auto-layout of a process map, left to right, with ELK off the main thread.
 *
 * Contract: a layout answers the new centre position of every step (see
 * `shared/layout/from-elk-result.ts`) and changes nothing itself; the caller applies the
 * positions as one undoable command. ELK runs in its own worker (`layout-worker.ts`); where
 * that cannot start, on the main thread (`main-thread-elk.ts`), and then for good.
 *
 * Two ways in: `autoLayout` starts a worker, lays out once and stops it (about 0.3 s in
 * Chromium, most of it starting ELK). `createAutoLayout` keeps its worker between layouts
 * (about 20 ms each once warm) and stops it after `idleMs` without work, on `dispose`, and
 * after any failure, so the next layout starts afresh.
 *
 * Failures reject with an Error whose message is a sentence for the user: the time limit
 * (`LayoutTimeoutError`), ELK failing, or an answer with a step missing
 * (`IncompleteLayoutError`). A layout cancelled through `signal` rejects with the signal's
 * reason (an `AbortError`).
 */
import type { CanvasPoint, ElkLayoutResult, MapLayoutOptions } from '../../../shared/layout';
import { fromElkResult, IncompleteLayoutError, toElkGraph } from '../../../shared/layout';
import type { ProcessMap } from '../../../shared/model/schema';
import { abortReason, LayoutTimeoutError, startDeadline } from './deadline';
import type { ElkSession } from './elk-session';
import { WorkerStartError } from './elk-session';
import { describe, startElkWorker } from './layout-worker';
import { startMainThreadElk } from './main-thread-elk';

export { LayoutTimeoutError } from './deadline';

export interface AutoLayoutOptions extends MapLayoutOptions {
  /** Give up after this many milliseconds; default `DEFAULT_LAYOUT_TIMEOUT_MS`. */
  timeoutMs?: number;
  /** Cancels the layout, e.g. when the user leaves the map; the worker is stopped. */
  signal?: AbortSignal;
}

/**
 * ELK took 2.5-5.6 s for 1 000 steps and 3.4 s for 2 000 (the step limit) in Node on a 2-core
 * machine, about 0.1 s for a sample once warm; this leaves a slow laptop room.
 */
export const DEFAULT_LAYOUT_TIMEOUT_MS = 20_000;
/** How long `createAutoLayout` keeps an unused worker (and its memory) before stopping it. */
export const DEFAULT_IDLE_MS = 30_000;

/** Where ELK can run; tests pass fakes. */
export interface LayoutEngines {
  startWorker: () => ElkSession;
  startMainThread: () => Promise<ElkSession>;
}

export const APP_ENGINES: LayoutEngines = {
  startWorker: () => startElkWorker(),
  startMainThread: startMainThreadElk,
};

export interface AutoLayout {
  /** New centre positions for every step of `map`, by step id, in canvas pixels. */
  layout(map: ProcessMap, options: AutoLayoutOptions): Promise<Map<string, CanvasPoint>>;
  /** Stops the worker; layouts still running fail. The object can be used again. */
  dispose(): void;
}

/** Lays out once, in a worker started for this layout and stopped after it. */
export async function autoLayout(
  map: ProcessMap,
  options: AutoLayoutOptions,
): Promise<Map<string, CanvasPoint>> {
  const once = createAutoLayout();
  try {
    return await once.layout(map, options);
  } finally {
    once.dispose();
  }
}

/** An auto-layout that keeps ELK warm between layouts; see the module comment. */
export function createAutoLayout(
  engines: LayoutEngines = APP_ENGINES,
  idleMs: number = DEFAULT_IDLE_MS,
): AutoLayout {
  let current: ElkSession | null = null;
  let onMainThread = false;
  let running = 0;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  const drop = (session: ElkSession | null): void => {
    session?.terminate();
    if (session === current) current = null;
  };

  async function run(
    map: ProcessMap,
    options: AutoLayoutOptions,
  ): Promise<Map<string, CanvasPoint>> {
    const graph = toElkGraph(map, options);
    const deadline = startDeadline(options.timeoutMs ?? DEFAULT_LAYOUT_TIMEOUT_MS, options.signal);
    let session: ElkSession | null = null;

    const onMain = async (): Promise<ElkLayoutResult> => {
      session = current ??= await deadline.race(engines.startMainThread());
      return deadline.race(session.layout(graph));
    };
    const inWorker = async (): Promise<ElkLayoutResult> => {
      try {
        session = current ??= engines.startWorker();
        return await deadline.race(session.layout(graph));
      } catch (error) {
        if (!(error instanceof WorkerStartError)) throw error;
        drop(session);
        if (!onMainThread) console.warn(`Auto-layout runs on the main thread: ${error.message}`);
        onMainThread = true;
        return onMain();
      }
    };

    try {
      const result = onMainThread ? await onMain() : await inWorker();
      return fromElkResult(map, result, options);
    } catch (error) {
      // A worker that failed, ran out of time or was cancelled may still be busy: stop it.
      drop(session);
      if (options.signal?.aborted) throw abortReason(options.signal);
      throw asUserError(error);
    } finally {
      deadline.clear();
    }
  }

  return {
    async layout(map, options) {
      if (options.signal?.aborted) throw abortReason(options.signal);
      if (map.steps.length === 0) return new Map();
      clearTimeout(idleTimer);
      running += 1;
      try {
        return await run(map, options);
      } finally {
        running -= 1;
        if (running === 0) idleTimer = setTimeout(() => drop(current), idleMs);
      }
    },
    dispose() {
      clearTimeout(idleTimer);
      drop(current);
    },
  };
}

/** Errors already written for people pass through; ELK's own get a sentence around them. */
function asUserError(error: unknown): unknown {
  if (error instanceof LayoutTimeoutError) return error;
  if (error instanceof IncompleteLayoutError) return error;
  const detail = describe(error).replace(/\.$/, '');
  return new Error(`Auto-layout failed: ${detail}. The map is unchanged.`, { cause: error });
}
