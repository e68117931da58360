/**
 * `flowcase simulate --workers N`: a simulation's replications spread over N worker threads,
 * combined into exactly the result one thread gives (shared/engine/des, split-run.ts).
 *
 * The threads run the command line's own bundle again (`out/cli/flowcase.mjs`), so the CLI
 * stays one file: started with `workerData.flowcaseThread === 'simulate'`, main.ts serves
 * replications (`serveReplications`) instead of running a command.
 *
 * Protocol: the thread gets the project, the map's id and the plan as `workerData`; it is
 * sent `{ index }` for each replication to run and answers `{ kind: 'progress', index, share }`
 * after every chunk of events and `{ kind: 'done', index, summary }` at the end. A thread that
 * throws or exits on its own is a crash: the run rejects with a `ThreadCrash` that says which
 * thread and why in one sentence, and every thread is stopped.
 */
import type { ProcessMap, Project } from '../../shared/model';
import {
  combineReplications,
  compileSimulation,
  distributeReplications,
  planSimulation,
  runReplication,
  type ReplicationLane,
  type ReplicationSummary,
  type SimulationOptions,
  type SimulationPlan,
  type SimulationResult,
} from '../../shared/engine';

/** What a simulation thread is started with. */
export interface SimulationThreadData {
  readonly flowcaseThread: 'simulate';
  readonly project: Project;
  readonly mapId: string;
  readonly plan: SimulationPlan;
}

/** What a simulation thread says. */
export type ThreadMessage =
  | { kind: 'progress'; index: number; share: number }
  | { kind: 'done'; index: number; summary: ReplicationSummary };

/** The parts of node:worker_threads' `Worker` used here; tests pass an in-thread stand-in. */
export interface SimulationThread {
  postMessage(message: { index: number }): void;
  on(event: 'message', listener: (message: ThreadMessage) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (exitCode: number) => void): unknown;
  terminate(): Promise<number>;
}

export type StartThread = (data: SimulationThreadData) => SimulationThread;

/** A worker thread failed; the message is one sentence for people. */
export class ThreadCrash extends Error {
  override name = 'ThreadCrash';
}

export function isSimulationThreadData(data: unknown): data is SimulationThreadData {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { flowcaseThread?: unknown }).flowcaseThread === 'simulate'
  );
}

/**
 * Simulate `map` with its replications spread over `threadCount` threads started by
 * `startThread`. The result is `simulate`'s, byte for byte; progress covers all threads.
 * Rejects with an 'AbortError' once `options.signal` is aborted, with a `ThreadCrash` when a
 * thread fails; the threads are stopped either way before it settles.
 */
export async function simulateOnThreads(
  project: Project,
  map: ProcessMap,
  options: SimulationOptions,
  threadCount: number,
  startThread: StartThread,
): Promise<SimulationResult> {
  const plan = planSimulation(project, map, options);
  const data: SimulationThreadData = { flowcaseThread: 'simulate', project, mapId: map.id, plan };
  const count = Math.max(1, Math.min(threadCount, plan.replications));
  const threads: SimulationThread[] = [];
  let stopping = false;
  try {
    for (let t = 0; t < count; t++) threads.push(startThread(data));
    const lanes = threads.map((thread, t) =>
      laneOf(thread, `worker thread ${t + 1} of ${count}`, options.signal, () => stopping),
    );
    const summaries = await distributeReplications(plan.replications, lanes, options.onProgress);
    return combineReplications(project, map, plan, summaries);
  } finally {
    stopping = true;
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
}

/** One thread as a lane that runs one replication at a time. */
function laneOf(
  thread: SimulationThread,
  name: string,
  signal: SimulationOptions['signal'],
  stopping: () => boolean,
): ReplicationLane {
  interface Pending {
    index: number;
    onShare: (share: number) => void;
    resolve: (summary: ReplicationSummary) => void;
    reject: (error: Error) => void;
  }
  let pending: Pending | null = null;
  let failure: Error | null = null;
  const fail = (error: Error): void => {
    failure ??= error;
    pending?.reject(failure);
    pending = null;
  };
  thread.on('message', (message) => {
    if (pending === null || message.index !== pending.index) return;
    if (signal?.aborted === true) return fail(abortError());
    if (message.kind === 'progress') return pending.onShare(message.share);
    pending.resolve(message.summary);
    pending = null;
  });
  thread.on('error', (error) => fail(new ThreadCrash(`${name} failed: ${reason(error)}`)));
  thread.on('exit', (exitCode) => {
    if (!stopping())
      fail(new ThreadCrash(`${name} stopped before the end (exit code ${exitCode})`));
  });
  return (index, onShare) => {
    if (failure !== null) return Promise.reject(failure);
    if (signal?.aborted === true) return Promise.reject(abortError());
    return new Promise<ReplicationSummary>((resolve, reject) => {
      pending = { index, onShare, resolve, reject };
      thread.postMessage({ index });
    });
  };
}

/** The thread's side: run each replication asked for on `port` and answer on it. */
export function serveReplications(
  data: SimulationThreadData,
  port: {
    on(event: 'message', listener: (message: { index: number }) => void): unknown;
    postMessage(message: ThreadMessage): void;
  },
): void {
  const { project, mapId, plan } = data;
  const map = [project.maps.current, ...project.maps.targets].find((m) => m.id === mapId);
  if (map === undefined) throw new Error(`the project has no map with the id "${mapId}"`);
  const model = compileSimulation(project, map);
  port.on('message', ({ index }) => {
    const summary = runReplication(model, plan, index, (share) =>
      port.postMessage({ kind: 'progress', index, share }),
    );
    port.postMessage({ kind: 'done', index, summary });
  });
}

function abortError(): Error {
  const error = new Error('The simulation was cancelled');
  error.name = 'AbortError';
  return error;
}

/** A thread's error in a few words: its message, never its stack. */
function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim() === '' ? 'no details' : (message.split('\n')[0] ?? '').replace(/\.$/, '');
}
