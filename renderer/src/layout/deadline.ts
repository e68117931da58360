// The time limit and cancellation of one auto-layout, as a promise that only ever rejects.

/** The layout ran out of time; its worker was stopped. */
export class LayoutTimeoutError extends Error {
  override name = 'LayoutTimeoutError';
  constructor(readonly timeoutMs: number) {
    const seconds = Math.round(timeoutMs / 100) / 10;
    super(
      `Auto-layout did not finish within ${seconds} seconds and was stopped. ` +
        'The map is unchanged.',
    );
  }
}

export interface Deadline {
  /** The work's outcome, unless time runs out (`LayoutTimeoutError`) or the signal aborts. */
  race<T>(work: Promise<T>): Promise<T>;
  /** Stops the clock and stops listening to the signal. */
  clear(): void;
}

/** The signal's reason when it is an Error (the default `AbortError` is), else an `AbortError`. */
export function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error
    ? reason
    : new DOMException('Auto-layout was cancelled.', 'AbortError');
}

export function startDeadline(timeoutMs: number, signal: AbortSignal | undefined): Deadline {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new LayoutTimeoutError(timeoutMs)), timeoutMs);
    if (signal) {
      onAbort = () => reject(abortReason(signal));
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
  stop.catch(() => undefined);
  return {
    race: (work) => Promise.race([work, stop]),
    clear: () => {
      clearTimeout(timer);
      if (onAbort) signal?.removeEventListener('abort', onAbort);
    },
  };
}
