/**
 * Starts ELK in a Web Worker, off the main thread.
 *
 * The worker script is elkjs's own `elk-worker.min.js`, which Vite emits as a file of its own
 * (`?url`) served from the app's origin, so the CSP's `worker-src 'self'` allows it (no
 * `blob:` needed). It is a classic script (GWT output that installs its own `onmessage`), so
 * it runs as a classic worker, not a module worker, and Flowcase has no worker code of its
 * own: the main thread talks to it through `elk-api.js`. (Importing `elk.bundled.js` inside a
 * worker of our own would not work: it takes over that worker's `onmessage`.)
 *
 * `elk-api.js` never listens for a worker's `error` event, so a worker that fails to load would
 * leave a layout waiting for ever. This module listens: an error before the worker's first
 * answer rejects with `WorkerStartError` (the caller may fall back to the main thread), a
 * later one with a plain error. Terminating the session fails the layouts still waiting.
 */
import ELK from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { ElkGraphInput, ElkLayoutResult } from '../../../shared/layout';
import type { ElkSession } from './elk-session';
import { WorkerStartError } from './elk-session';

/** Creates the worker from the script's URL; tests pass a fake. */
export type WorkerFactory = (scriptUrl: string) => Worker;

const createClassicWorker: WorkerFactory = (scriptUrl) =>
  new Worker(scriptUrl, { name: 'Flowcase auto-layout' });

/**
 * ELK running in a new worker. Throws `WorkerStartError` when the worker cannot be created;
 * `layout` rejects with it when the worker fails before its first answer.
 */
export function startElkWorker(createWorker: WorkerFactory = createClassicWorker): ElkSession {
  let worker: Worker;
  try {
    worker = createWorker(elkWorkerUrl);
  } catch (cause) {
    throw new WorkerStartError(`The layout worker could not be created (${describe(cause)}).`, {
      cause,
    });
  }

  let answered = false;
  worker.addEventListener('message', () => (answered = true), { once: true });
  const failed = new Promise<never>((_resolve, reject) => {
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      const detail = errorMessage(event) ?? 'no details';
      reject(
        answered
          ? new Error(`The layout worker stopped with an error (${detail}).`)
          : new WorkerStartError(`The layout worker did not start (${detail}).`),
      );
    });
  });
  let stop: (reason: Error) => void = () => undefined;
  const stopped = new Promise<never>((_resolve, reject) => (stop = reject));
  // Nobody may be waiting when the worker fails or stops; the next layout still sees it.
  failed.catch(() => undefined);
  stopped.catch(() => undefined);

  const elk = new ELK({ workerFactory: () => worker });
  return {
    layout: (graph: ElkGraphInput): Promise<ElkLayoutResult> =>
      Promise.race([elk.layout(graph), failed, stopped]),
    terminate: () => {
      worker.terminate();
      stop(new Error('The layout worker was stopped.'));
    },
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
