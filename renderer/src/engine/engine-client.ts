/**
 * The app's way to run the engines off the main thread: a simulation's replications spread
 * over module Web Workers (`sim-worker.ts`), and the business case (ROI, Monte Carlo,
 * tornado, readiness) in one of them.
 *
 * Promises:
 * - The result is `simulate`'s (shared/engine) for the same project, map and options, byte
 *   for byte, however many workers ran it (split-run.ts plans, runs and combines the parts).
 * - Up to `maxWorkers` workers (default `navigator.hardwareConcurrency`), never more than
 *   replications. Workers that finished well are kept for the next run and stopped after
 *   `idleMs` without work or on `dispose`.
 * - `onProgress` gets the share done, 0..1, never decreasing, last 1.
 * - Cancel through `signal`: the run's workers are terminated at once (comlink has no
 *   cancellation), the promise rejects with the signal's reason (an 'AbortError'), and the
 *   next run starts fresh workers.
 * - A worker that crashes rejects the run with a sentence for people; the others are stopped.
 * - Where no worker can start (no Worker, a CSP that refuses it, a script that does not
 *   load), the same code runs on the main thread instead, for good: the simulation in chunks
 *   of events yielding to the event loop between them (`simulateAsync`), the business case
 *   in one go (tens of milliseconds).
 */
import { proxy } from 'comlink';
import {
  combineReplications,
  distributeReplications,
  planSimulation,
  simulateAsync,
  type ReplicationLane,
  type SimulationPlan,
  type SimulationResult,
} from '../../../shared/engine';
import type { ProcessMap, Project } from '../../../shared/model/schema';
import { findTarget } from '../../../shared/roi';
import {
  businessCaseOf,
  eventLogOf,
  mapOf,
  type BusinessCase,
  type BusinessCaseOptions,
} from './engine-api';
import type { EventLogRequest, EventLogSummary } from './event-log-run';
import {
  createModuleWorker,
  describe,
  startEngineWorker,
  WorkerStartError,
  type EngineWorker,
  type EngineWorkerFactory,
} from './engine-worker';

export type { BusinessCase, BusinessCaseOptions } from './engine-api';
export type { EventLogRequest, EventLogSummary } from './event-log-run';

/** What a simulation is asked to do: see `SimulationOptions` in shared/engine. */
export interface SimulationRequest {
  cases: number;
  replications: number;
  seed: number;
  warmupHours?: number;
}

export interface RunControls {
  /** The share done, 0..1, never decreasing, last 1. */
  onProgress?: (shareDone: number) => void;
  /** Cancels the run: its workers are terminated. */
  signal?: AbortSignal;
}

export interface EngineClient {
  /** Simulate map `mapId` (the current map or a target) of `project`. */
  runSimulation(
    project: Project,
    mapId: string,
    request: SimulationRequest,
    controls?: RunControls,
  ): Promise<SimulationResult>;
  /** The business case of target `targetId` (the first target when undefined). */
  runBusinessCase(
    project: Project,
    targetId: string | undefined,
    options: BusinessCaseOptions,
    controls?: Pick<RunControls, 'signal'>,
  ): Promise<BusinessCase>;
  /**
   * The event log of a run of map `mapId` (event-log-run.ts): its text goes to `onText` in
   * pieces, in order, while replication 1 runs again in a worker.
   */
  runEventLog(
    project: Project,
    mapId: string,
    request: EventLogRequest,
    controls: RunControls & { onText: (text: string) => void },
  ): Promise<EventLogSummary>;
  /** Stops every worker; runs still going fail. The client can be used again. */
  dispose(): void;
}

export interface EngineClientOptions {
  /** Creates a worker (default: the module worker `sim-worker.ts`). */
  createWorker?: EngineWorkerFactory;
  /** Most workers one simulation uses (default `navigator.hardwareConcurrency`). */
  maxWorkers?: number;
  /** Idle workers are stopped after this many milliseconds (default 30 s). */
  idleMs?: number;
}

const DEFAULT_IDLE_MS = 30_000;

export function createEngineClient(options: EngineClientOptions = {}): EngineClient {
  const create = options.createWorker ?? createModuleWorker;
  const idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
  const idle: EngineWorker[] = [];
  const busy = new Set<EngineWorker>();
  let onMainThread = false;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  const take = (): EngineWorker => {
    clearTimeout(idleTimer);
    const worker = idle.pop() ?? startEngineWorker(create);
    busy.add(worker);
    return worker;
  };
  const release = (worker: EngineWorker): void => {
    busy.delete(worker);
    idle.push(worker);
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => idle.splice(0).forEach((w) => w.terminate()), idleMs);
  };
  const discard = (worker: EngineWorker): void => {
    busy.delete(worker);
    worker.terminate();
  };
  const fallBack = (error: WorkerStartError): void => {
    if (!onMainThread) console.warn(`The engines run on the main thread: ${error.message}.`);
    onMainThread = true;
  };

  /** Run `work` on workers taken with `take`; settles only once none of them is still busy. */
  async function withWorkers<T>(
    signal: AbortSignal | undefined,
    work: (take: () => EngineWorker, settled: Promise<never>) => Promise<T>,
  ): Promise<T> {
    signal?.throwIfAborted();
    const mine: EngineWorker[] = [];
    let stopped = false;
    const takeMine = (): EngineWorker => {
      const worker = take();
      mine.push(worker);
      return worker;
    };
    // Cancelling stops the run's workers at once, before anything else settles.
    let abortListener = (): void => undefined;
    const aborted = new Promise<never>((_resolve, reject) => {
      abortListener = () => {
        stopped = true;
        mine.forEach(discard);
        reject(abortReason(signal));
      };
      signal?.addEventListener('abort', abortListener, { once: true });
    });
    aborted.catch(() => undefined);
    try {
      const result = await work(takeMine, aborted);
      // Cancelled as the last answer came in: cancelled all the same.
      signal?.throwIfAborted();
      mine.forEach(release);
      return result;
    } catch (error) {
      if (!stopped) mine.forEach(discard);
      if (signal?.aborted === true) throw abortReason(signal);
      throw error;
    } finally {
      signal?.removeEventListener('abort', abortListener);
    }
  }

  async function simulateOnWorkers(
    project: Project,
    map: ProcessMap,
    plan: SimulationPlan,
    controls: RunControls,
  ): Promise<SimulationResult> {
    const mapId = map.id;
    const cores = options.maxWorkers ?? hardwareConcurrency();
    const count = Math.max(1, Math.min(cores, plan.replications));
    return withWorkers(controls.signal, async (takeWorker, aborted) => {
      const workers = Array.from({ length: count }, takeWorker);
      const lanes = workers.map(
        (worker): ReplicationLane =>
          (index, onShare) =>
            Promise.race([
              worker.api.runReplication(project, mapId, plan, index, proxy(onShare)),
              worker.failed,
              aborted,
            ]),
      );
      const summaries = await distributeReplications(plan.replications, lanes, controls.onProgress);
      return combineReplications(project, map, plan, summaries);
    });
  }

  return {
    async runSimulation(project, mapId, request, controls = {}) {
      // A map that does not exist and options that make no sense say so here, in a sentence.
      const map = mapOf(project, mapId);
      const plan = planSimulation(project, map, request);
      const onProgress = monotone(controls.onProgress);
      const signal = controls.signal;
      const inPage = (): Promise<SimulationResult> =>
        simulateAsync(project, map, {
          ...request,
          onProgress,
          ...(signal === undefined ? {} : { signal }),
        }).catch((error: unknown) => {
          throw signal?.aborted === true ? abortReason(signal) : error;
        });
      if (onMainThread) return inPage();
      try {
        return await simulateOnWorkers(project, map, plan, { ...controls, onProgress });
      } catch (error) {
        if (!(error instanceof WorkerStartError)) throw forPeople(error, 'simulation');
        fallBack(error);
        return inPage();
      }
    },

    async runBusinessCase(project, targetId, caseOptions, controls = {}) {
      if (findTarget(project, targetId) === undefined)
        throw new Error(
          targetId === undefined
            ? 'The project has no target map, so there is no business case to build.'
            : `The project has no target map with the id "${targetId}".`,
        );
      const inPage = async (): Promise<BusinessCase> => {
        await new Promise((resolve) => setTimeout(resolve, 0));
        controls.signal?.throwIfAborted();
        return businessCaseOf(project, targetId, caseOptions);
      };
      if (onMainThread) return inPage();
      try {
        return await withWorkers(controls.signal, (takeWorker, aborted) => {
          const worker = takeWorker();
          return Promise.race([
            worker.api.businessCase(project, targetId, caseOptions),
            worker.failed,
            aborted,
          ]);
        });
      } catch (error) {
        if (!(error instanceof WorkerStartError)) throw forPeople(error, 'business case');
        fallBack(error);
        return inPage();
      }
    },

    async runEventLog(project, mapId, request, controls) {
      // A map that does not exist says so here, in a sentence.
      mapOf(project, mapId);
      const onProgress = monotone(controls.onProgress);
      const { onText, signal } = controls;
      const inPage = (): Promise<EventLogSummary> =>
        eventLogOf(project, mapId, request, onText, onProgress, signal).catch((error: unknown) => {
          throw signal?.aborted === true ? abortReason(signal) : error;
        });
      if (onMainThread) return inPage();
      try {
        return await withWorkers(signal, (takeWorker, aborted) => {
          const worker = takeWorker();
          return Promise.race([
            worker.api.eventLog(project, mapId, request, proxy(onText), proxy(onProgress)),
            worker.failed,
            aborted,
          ]);
        });
      } catch (error) {
        if (!(error instanceof WorkerStartError)) throw forPeople(error, 'event log');
        fallBack(error);
        return inPage();
      }
    },

    dispose() {
      clearTimeout(idleTimer);
      idle.splice(0).forEach((worker) => worker.terminate());
      busy.forEach(discard);
    },
  };
}

/** Threads the machine runs at once (Node has no `navigator` before version 21). */
function hardwareConcurrency(): number {
  const host = globalThis as { navigator?: { hardwareConcurrency?: number } };
  return Math.max(1, host.navigator?.hardwareConcurrency ?? 1);
}

/** Why `signal` was aborted: its reason (an 'AbortError' unless the caller gave another). */
function abortReason(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  return reason instanceof Error ? reason : new DOMException('The run was cancelled', 'AbortError');
}

/** `report` made to never go down (a fallback that starts again from 0 holds it). */
function monotone(report: ((share: number) => void) | undefined): (share: number) => void {
  let shown = 0;
  return (share) => {
    if (share < shown) return;
    shown = share;
    report?.(share);
  };
}

/**
 * An error from a worker (a crash, or an engine that threw) as a sentence for people; a
 * cancellation stays what it is.
 */
function forPeople(error: unknown, what: 'simulation' | 'business case' | 'event log'): unknown {
  if (error instanceof DOMException && error.name === 'AbortError') return error;
  if (error instanceof Error && error.name === 'AbortError') return error;
  return new Error(
    `The ${what} stopped because ${describe(error)}. Your map is unchanged; run it again, ` +
      'and if it keeps failing, reload Flowcase.',
    { cause: error },
  );
}
