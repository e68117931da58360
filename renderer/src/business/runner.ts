/**
 * When the business case recomputes, and what the screen shows meanwhile. A request names
 * the inputs (project revision and target); the runner starts the computation at once for a
 * new target, and `delayMs` after the last of a burst of edits otherwise; while a computation
 * of the same target runs, only the latest edit waits for it, then runs. The last result
 * stays visible while a newer one is on its way, marked out of date; a result whose inputs
 * were overtaken before it arrived is dropped, never shown as current. Framework-free, with
 * the timer injected, so its contract is unit-tested without React.
 */

export interface RunKey {
  readonly revision: number;
  readonly targetId: string;
}

export interface RunnerState<R> {
  /** The last result that arrived, and the inputs it was computed from. */
  readonly result: R | null;
  readonly resultKey: RunKey | null;
  /** True while a newer result is due (waiting out the debounce or computing). */
  readonly pending: boolean;
  /** True when a result is shown whose inputs are no longer the latest. */
  readonly stale: boolean;
}

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/**
 * A zero delay ends with the current task (a microtask), still after every edit that task
 * makes: a `setTimeout(0)` is a new task, which Chrome runs only after it has rendered and
 * painted the edit, so the worker would sit idle for that frame (measured: 30-45 ms).
 */
const realTimers: Timers = {
  set: (run, ms) => {
    if (ms > 0) return setTimeout(run, ms);
    const handle = { cancelled: false };
    queueMicrotask(() => {
      if (!handle.cancelled) run();
    });
    return handle;
  },
  clear: (handle) => {
    if (typeof handle === 'object' && handle !== null && 'cancelled' in handle)
      handle.cancelled = true;
    else clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

export interface RunnerOptions<R> {
  readonly compute: (key: RunKey) => Promise<R>;
  readonly onChange: (state: RunnerState<R>) => void;
  /** Quiet time after an edit before recomputing, in milliseconds. */
  readonly delayMs: number;
  readonly timers?: Timers;
}

export interface Runner {
  /** Ask for the result of `key`; repeated keys are ignored. */
  request(key: RunKey): void;
  dispose(): void;
}

export const sameKey = (a: RunKey | null, b: RunKey | null): boolean =>
  a !== null && b !== null && a.revision === b.revision && a.targetId === b.targetId;

export function createRunner<R>(options: RunnerOptions<R>): Runner {
  const timers = options.timers ?? realTimers;
  let wanted: RunKey | null = null;
  let result: R | null = null;
  let resultKey: RunKey | null = null;
  let timer: unknown = null;
  let disposed = false;
  /** The computation running, and whether a newer request of its target waits for it. */
  let running: RunKey | null = null;
  let waiting = false;

  const publish = (): void => {
    if (disposed) return;
    const current = sameKey(resultKey, wanted);
    options.onChange({ result, resultKey, pending: !current, stale: result !== null && !current });
  };

  const start = (key: RunKey): void => {
    timer = null;
    if (running !== null && running.targetId === key.targetId) {
      waiting = true;
      return;
    }
    running = key;
    void options.compute(key).then((value) => {
      if (running === key) running = null;
      if (waiting && !disposed && wanted !== null) {
        waiting = false;
        start(wanted);
      }
      // Only the latest request's result is shown; an overtaken one would flash old figures.
      if (disposed || !sameKey(key, wanted)) return;
      result = value;
      resultKey = key;
      publish();
    });
  };

  return {
    request(key) {
      if (disposed || sameKey(key, wanted)) return;
      const newTarget = wanted === null || wanted.targetId !== key.targetId;
      wanted = key;
      if (timer !== null) timers.clear(timer);
      timer = timers.set(() => start(key), newTarget ? 0 : options.delayMs);
      publish();
    },
    dispose() {
      disposed = true;
      if (timer !== null) timers.clear(timer);
      timer = null;
    },
  };
}
