/**
 * The discrete-event simulator: cases arrive (Poisson or regular, from the map's demand),
 * queue FIFO for role pools of `serversFor(headcount)` people, are worked for sampled
 * durations, routed by decision probabilities, forked at parallel splits and joined, and run
 * through AI steps exactly as `aiShares` describes (availability -> fallback, latency holding
 * nobody, auto-accept vs review, QA sampling, escaped errors). Drift is not simulated.
 *
 * Promises: the clock counts working hours; the same project, map and options give a
 * byte-identical result (JSON.stringify); memory does not grow with the number of cases;
 * `simulate` and `simulateAsync` return the same result however the work is chunked.
 * Figures come from counted cases (arrival index >= floor(cases x warmupFraction)); time
 * averages and throughput from the window between the first counted and the last arrival.
 */
import { computeFlowModel } from '../flow-model';
import type { ProcessMap, Project } from '../../model/schema';
import { compileMap } from '../graph';
import { expectedVisits } from '../visits';
import { aggregate } from './aggregate';
import { compileSimulation } from './compile';
import type { Estimate } from './estimate';
import { createReplication, type Replication } from './replication';
import type { ReplicationSummary } from './totals';

export type { Estimate } from './estimate';
export { compileSimulation, type SimModel } from './compile';
export { createReplication, type Replication, type ReplicationSettings } from './replication';
export type { ReplicationSummary } from './totals';

export interface SimulationOptions {
  /** Cases arriving per replication (arrivals stop after this many); all are then run to completion. */
  cases: number;
  /** Independent replications, >= 1; intervals need at least 2. */
  replications: number;
  /** Any integer; the same seed gives a byte-identical result. */
  seed: number;
  /** 0..0.9: the first floor(cases x warmupFraction) cases (by arrival order) are not counted. */
  warmupFraction: number;
  /** Called now and then with the share done (0..1), last with 1. */
  onProgress?: (shareDone: number) => void;
  /** Checked between chunks; when aborted, the run stops with an Error named 'AbortError'. */
  signal?: { readonly aborted: boolean };
}

export interface SimulationResult {
  mapId: string;
  mapName: string;
  cases: number;
  replications: number;
  seed: number;
  warmupFraction: number;
  /** False when demand exceeds capacity or the simulated queues kept growing: do not trust the figures. */
  stable: boolean;
  /** Sentences, e.g. "Review team is at 130 % of capacity — the queue grows without limit". */
  warnings: string[];
  /** Counted (post-warm-up) cases completed, summed over replications. */
  casesCompleted: number;
  /** Completions (of any case) inside the measurement window per working hour of it. */
  throughputPerHour: Estimate;
  /** Arrival to completion of the last branch, working hours. */
  cycleTimeHours: { mean: Estimate; p50: Estimate; p90: Estimate; p95: Estimate };
  /** Time-average cases in the process over the window. */
  workInProgress: Estimate;
  /** Per counted case, project currency. */
  costPerCase: {
    labour: Estimate;
    nonLabour: Estimate;
    ai: Estimate;
    errors: Estimate;
    total: Estimate;
  };
  /** Roles with work in the map (as the flow model lists them), in project order. */
  roles: {
    id: string;
    name: string;
    /** Whole people simulated: `serversFor(headcount)`. */
    servers: number;
    /** Time-average share of the servers busy over the window. */
    utilisation: Estimate;
    /** Time-average cases waiting in the role's queue over the window. */
    meanQueueLength: Estimate;
    /** Mean wait in the queue per visit that needed the role, hours. */
    meanWaitHours: Estimate;
  }[];
  /** Every step, map order. */
  steps: {
    id: string;
    name: string;
    kind: string;
    visitsPerCase: Estimate;
    /** Mean queue wait per visit (waiting for a person), hours; 0 for steps without people. */
    meanWaitHours: Estimate;
  }[];
  /** Events processed, all replications. */
  events: number;
}

/** A whole simulation run step by step: replications one after another, in chunks. */
export interface SimulationRun {
  /** Process at most `maxEvents` events; true when every replication has finished. */
  run(maxEvents: number): boolean;
  /** Share done, 0..1, never decreasing. */
  progress(): number;
  /** The result; call once `run` has returned true. */
  result(): SimulationResult;
}

/** Events per chunk between progress reports, abort checks and (async) yields. */
export const CHUNK_EVENTS = 200_000;

/** Start a simulation of `map` (which must belong to the valid `project`). */
export function createSimulation(
  project: Project,
  map: ProcessMap,
  options: SimulationOptions,
): SimulationRun {
  checkOptions(options);
  const preWarnings: string[] = [];
  if (expectedVisits(compileMap(map)) === undefined)
    preWarnings.push('A loop in the map can never be left, so cases would never finish');
  const model = compileSimulation(project, map);
  if (model.arrivalsPerHour === 0) preWarnings.push('There is no demand: no cases arrive');
  const settings = {
    cases: preWarnings.length > 0 ? 0 : options.cases,
    warmupFraction: options.warmupFraction,
    seed: options.seed,
  };
  const summaries: ReplicationSummary[] = [];
  let current: Replication | null = createReplication(model, settings, 0);
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
          summaries.length < options.replications
            ? createReplication(model, settings, summaries.length)
            : null;
      }
      return current === null;
    },
    progress(): number {
      const share = (summaries.length + (current?.progress() ?? 0)) / options.replications;
      shown = Math.max(shown, Math.min(1, share));
      return shown;
    },
    result(): SimulationResult {
      const flow = computeFlowModel(project, map);
      const poolOf = new Map(project.roles.map((role, i) => [role.id, i]));
      return aggregate({ map, flow, options, poolOf, summaries, preWarnings });
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
  for (;;) {
    throwIfAborted(options);
    const done = run.run(CHUNK_EVENTS);
    options.onProgress?.(run.progress());
    if (done) return run.result();
  }
}

/**
 * Simulate in chunks of `CHUNK_EVENTS` events, yielding to the event loop (a macrotask)
 * between chunks so a Web Worker can receive a cancel message. Same result as `simulate`.
 * Rejects with an Error named 'AbortError' once `options.signal.aborted` is seen.
 */
export async function simulateAsync(
  project: Project,
  map: ProcessMap,
  options: SimulationOptions,
): Promise<SimulationResult> {
  const run = createSimulation(project, map, options);
  for (;;) {
    throwIfAborted(options);
    const done = run.run(CHUNK_EVENTS);
    options.onProgress?.(run.progress());
    if (done) return run.result();
    await nextMacrotask();
    throwIfAborted(options);
  }
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

function checkOptions(options: SimulationOptions): void {
  const problems: string[] = [];
  if (!Number.isInteger(options.cases) || options.cases < 0)
    problems.push('cases must be a whole number of 0 or more');
  if (!Number.isInteger(options.replications) || options.replications < 1)
    problems.push('replications must be a whole number of 1 or more');
  if (!Number.isSafeInteger(options.seed)) problems.push('seed must be a whole number');
  if (!(options.warmupFraction >= 0 && options.warmupFraction <= 0.9))
    problems.push('warm-up fraction must be between 0 and 0.9');
  if (problems.length > 0) throw new RangeError(`Cannot simulate: ${problems.join('; ')}.`);
}
