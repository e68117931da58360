/**
 * Running the simulation: replications one after another, in chunks of events, with progress
 * and abort, synchronously or yielding to the event loop between chunks (for a Web Worker).
 * Before anything runs, a map that cannot be simulated is refused in words (no demand, cases
 * that can never finish, a loop a case goes round more than `MAX_VISITS_PER_STEP` times), and
 * a run too short to fill the map and measure a window is not started (run-plan.ts). The
 * parts (plan, replication, combination) are split-run.ts's, which workers use directly.
 */
import type { ProcessMap, Project } from '../../model/schema';
import { compileSimulation } from './compile';
import type { Replication } from './replication';
import type { SimulationOptions, SimulationResult } from './result';
import { CHUNK_EVENTS, combineReplications, planSimulation, startReplication } from './split-run';
import type { ReplicationSummary } from './totals';

export { CHUNK_EVENTS } from './split-run';

/** A whole simulation run step by step: replications one after another, in chunks. */
export interface SimulationRun {
  /** Process at most `maxEvents` events; true when every replication has finished. */
  run(maxEvents: number): boolean;
  /** Share done, 0..1, never decreasing. */
  progress(): number;
  /** The result; call once `run` has returned true. */
  result(): SimulationResult;
}

/**
 * Events per chunk when `betweenChunks` is given: what the observer records in one chunk
 * waits in memory until the next pause, so chunks are smaller (about 10 MB of XES at most).
 */
export const OBSERVED_CHUNK_EVENTS = 20_000;

/**
 * Start a simulation of `map` (which must belong to the valid `project`): the plan, its
 * replications one after another on this thread, and their combination (split-run.ts).
 */
export function createSimulation(
  project: Project,
  map: ProcessMap,
  options: SimulationOptions,
): SimulationRun {
  const plan = planSimulation(project, map, options);
  const model = compileSimulation(project, map);
  const summaries: ReplicationSummary[] = [];
  let current: Replication | null = startReplication(model, plan, 0, options.observer);
  let shown = 0;
  return {
    run(maxEvents: number): boolean {
      let budget = maxEvents;
      while (current !== null && budget > 0) {
        const before = current.events;
        const done = current.run(budget);
        budget -= current.events - before;
        if (!done) break;
        summaries.push(current.summary());
        current =
          summaries.length < plan.replications
            ? startReplication(model, plan, summaries.length)
            : null;
      }
      return current === null;
    },
    progress(): number {
      const share = (summaries.length + (current?.progress() ?? 0)) / plan.replications;
      shown = Math.max(shown, Math.min(1, share));
      return shown;
    },
    result(): SimulationResult {
      return combineReplications(project, map, plan, summaries);
    },
  };
}

/** Simulate synchronously. See `SimulationOptions`; throws an 'AbortError' when aborted. */
export function simulate(
  project: Project,
  map: ProcessMap,
  options: SimulationOptions,
): SimulationResult {
  const run = createSimulation(project, map, options);
  while (!nextChunk(run, options, CHUNK_EVENTS));
  return run.result();
}

/**
 * Simulate in chunks of `CHUNK_EVENTS` events (`OBSERVED_CHUNK_EVENTS` with `betweenChunks`),
 * yielding to the event loop (a macrotask) between chunks so a Web Worker can receive a cancel
 * message. Same result as `simulate`. Rejects with an Error named 'AbortError' once
 * `options.signal.aborted` is seen.
 */
export async function simulateAsync(
  project: Project,
  map: ProcessMap,
  options: SimulationOptions,
): Promise<SimulationResult> {
  const run = createSimulation(project, map, options);
  const chunk = options.betweenChunks === undefined ? CHUNK_EVENTS : OBSERVED_CHUNK_EVENTS;
  while (!nextChunk(run, options, chunk)) {
    if (options.betweenChunks !== undefined) await options.betweenChunks();
    await nextMacrotask();
    throwIfAborted(options);
  }
  return run.result();
}

/** One chunk of events with its abort check and progress report; true once all are done. */
function nextChunk(run: SimulationRun, options: SimulationOptions, events: number): boolean {
  throwIfAborted(options);
  const done = run.run(events);
  options.onProgress?.(run.progress());
  return done;
}

function throwIfAborted(options: SimulationOptions): void {
  if (options.signal?.aborted !== true) return;
  const error = new Error('The simulation was cancelled');
  error.name = 'AbortError';
  throw error;
}

interface TimerHost {
  setTimeout?: (callback: () => void, ms: number) => unknown;
}

function nextMacrotask(): Promise<void> {
  const host = globalThis as unknown as TimerHost;
  return new Promise((resolve) => {
    if (host.setTimeout) host.setTimeout(resolve, 0);
    else void Promise.resolve().then(resolve);
  });
}
