/**
 * Stand-ins for `simulate --workers`'s worker threads, for tests of the sources (which have
 * no bundle for a real thread to run; test/cli-bundle.test.ts runs real threads). A stand-in
 * serves replications with the threads' own code (`serveReplications`) in this thread, each
 * message structured-cloned and delivered in a task of its own, as between real threads.
 */
import { EventEmitter } from 'node:events';
import {
  serveReplications,
  type SimulationThread,
  type SimulationThreadData,
  type StartThread,
} from '../simulate-threads';

function standIn(serve: (toThread: EventEmitter, post: (message: unknown) => void) => void) {
  const toThread = new EventEmitter();
  const fromThread = new EventEmitter();
  let stopped = false;
  const deliver = (to: EventEmitter, event: string, value: unknown): void => {
    setImmediate(() => {
      if (!stopped) to.emit(event, structuredClone(value));
    });
  };
  serve(toThread, (message) => deliver(fromThread, 'message', message));
  const thread = {
    postMessage: (message: { index: number }) => deliver(toThread, 'message', message),
    on(event: string, listener: (value: never) => void) {
      fromThread.on(event, listener as (value: unknown) => void);
      return thread;
    },
    terminate(): Promise<number> {
      if (!stopped) setImmediate(() => fromThread.emit('exit', 1));
      stopped = true;
      return Promise.resolve(1);
    },
    /** Fail as a thread does when it throws. */
    crash(error: Error): void {
      setImmediate(() => {
        if (!stopped) fromThread.emit('error', error);
      });
    },
  };
  return thread;
}

/** Threads that work. */
export const startInThread: StartThread = (data: SimulationThreadData): SimulationThread =>
  standIn((toThread, post) =>
    serveReplications(data, {
      on: (event, listener) => toThread.on(event, listener),
      postMessage: post,
    }),
  );

/** Threads of which the `which`-th started (0-based) fails with `error` on its first replication. */
export function crashingThreads(which: number, error: Error): StartThread {
  let started = 0;
  return (data) => {
    if (started++ !== which) return startInThread(data);
    const thread = standIn((toThread) => toThread.on('message', () => thread.crash(error)));
    return thread;
  };
}
