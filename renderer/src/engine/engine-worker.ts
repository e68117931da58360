/**
 * One engine worker (`sim-worker.ts`) behind comlink, with what comlink does not do: it
 * notices a worker that fails. An error before the worker's first answer is a
 * `WorkerStartError` (its script did not load, the page's CSP refused it: nothing ran, so the
 * caller may run the same code on the main thread); a later one, or a worker that cannot
 * even deliver a message, is a `WorkerCrashError`. `failed` rejects with it for every call
 * still waiting and every later one.
 */
import { wrap, type Remote } from 'comlink';
import type { EngineWorkerApi } from './engine-api';

/** Creates the worker; tests and other hosts pass their own. */
export type EngineWorkerFactory = () => Worker;

/** The worker could not be created or did not start: nothing ran in it. */
export class WorkerStartError extends Error {
  override name = 'WorkerStartError';
}

/** A worker that had started failed while working. */
export class WorkerCrashError extends Error {
  override name = 'WorkerCrashError';
}

export interface EngineWorker {
  readonly api: Remote<EngineWorkerApi>;
  /** Rejects once the worker fails (see the module comment); never resolves. */
  readonly failed: Promise<never>;
  terminate(): void;
}

export const createModuleWorker: EngineWorkerFactory = () =>
  new Worker(new URL('./sim-worker.ts', import.meta.url), {
    type: 'module',
    name: 'Flowcase engine',
  });

/** Start a worker; throws `WorkerStartError` when it cannot be created. */
export function startEngineWorker(create: EngineWorkerFactory): EngineWorker {
  let worker: Worker;
  try {
    worker = create();
  } catch (cause) {
    throw new WorkerStartError(`the engine worker could not be created (${describe(cause)})`, {
      cause,
    });
  }
  let answered = false;
  worker.addEventListener('message', () => (answered = true), { once: true });
  const failed = new Promise<never>((_resolve, reject) => {
    const fail = (event: Event): void => {
      event.preventDefault();
      const detail = errorMessage(event) ?? 'no details';
      reject(
        answered
          ? new WorkerCrashError(`the engine worker stopped with an error (${detail})`)
          : new WorkerStartError(`the engine worker did not start (${detail})`),
      );
    };
    worker.addEventListener('error', fail);
    worker.addEventListener('messageerror', fail);
  });
  // Nobody may be waiting when the worker fails; the next call still sees it.
  failed.catch(() => undefined);
  return {
    api: wrap<EngineWorkerApi>(worker),
    failed,
    terminate: () => worker.terminate(),
  };
}

/** The message of an `ErrorEvent` (a script error); a failed load fires a bare `Event`. */
function errorMessage(event: Event): string | null {
  const message: unknown = 'message' in event ? event.message : null;
  return typeof message === 'string' && message !== '' ? message : null;
}

/** An error's message, for a sentence. */
export function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'unknown error';
}
