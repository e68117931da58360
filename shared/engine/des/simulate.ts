/**
 * Running the simulation: replications one after another, in chunks of events, with progress
 * and abort, synchronously or yielding to the event loop between chunks (for a Web Worker).
 * Before anything runs, a map that cannot be simulated is refused in words (no demand, cases
 * that can never finish, a loop a case goes round more than `MAX_VISITS_PER_STEP` times), and
 * a run too short to fill the map and measure a window is not started (run-plan.ts).
 */
import { computeFlowModel, MAX_VISITS_PER_STEP, type FlowModelResult } from '../flow-model';
import { compileMap } from '../graph';
import type { ProcessMap, Project } from '../../model/schema';
import { aggregate } from './aggregate';
import { compileSimulation } from './compile';
import { createReplication, type Replication } from './replication';
import type { SimulationOptions, SimulationResult } from './result';
import { planRun, type RunPlan } from './run-plan';
import type { ReplicationSummary } from './totals';

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
/**
 * Events per chunk when `betweenChunks` is given: what the observer records in one chunk
 * waits in memory until the next pause, so chunks are smaller (about 10 MB of XES at most).
 */
export const OBSERVED_CHUNK_EVENTS = 20_000;

/** Start a simulation of `map` (which must belong to the valid `project`). */
export function createSimulation(
  project: Project,
  map: ProcessMap,
  options: SimulationOptions,
): SimulationRun {
  checkOptions(options);
  const flow = computeFlowModel(project, map);
  const refusal = refusalOf(flow);
  const plan =
    refusal === null ? planRun(flow, compileMap(map), options.cases, options.warmupHours) : null;
  const model = compileSimulation(project, map);
  const runs = plan !== null && !plan.tooShort;
  const settings = {
    cases: runs ? options.cases : 0,
    warmupHours: plan?.warmupHours ?? 0,
    countFromHours: plan?.countFromHours ?? 0,
    windowEnd: plan?.windowEnd ?? 'last-arrival',
    seed: options.seed,
  };
  const summaries: ReplicationSummary[] = [];
  let current: Replication | null = createReplication(model, settings, 0, options.observer);
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
      const poolOf = new Map(project.roles.map((role, i) => [role.id, i]));
      return aggregate({ map, flow, options, poolOf, summaries, refusal, plan: plan ?? NO_PLAN });
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

function checkOptions(options: SimulationOptions): void {
  const problems: string[] = [];
  if (!Number.isInteger(options.cases) || options.cases < 0)
    problems.push('cases must be a whole number of 0 or more');
  if (!Number.isInteger(options.replications) || options.replications < 1)
    problems.push('replications must be a whole number of 1 or more');
  if (!Number.isSafeInteger(options.seed)) problems.push('seed must be a whole number');
  const warmup = options.warmupHours;
  if (warmup !== undefined && !(warmup >= 0 && Number.isFinite(warmup)))
    problems.push('the warm-up must be a number of working hours, 0 or more');
  if (problems.length > 0) throw new RangeError(`Cannot simulate: ${problems.join('; ')}.`);
}

/** The plan reported for a map refused before any planning. */
const NO_PLAN: RunPlan = {
  warmupHours: 0,
  warmupRule: 'auto',
  warmupReason: 'not simulated',
  minimumCases: 0,
  tooShort: false,
  tooShortReason: null,
  countFromHours: 0,
  windowEnd: 'last-arrival',
};

/** Why `flow`'s map cannot be simulated, in words; null when it can. */
function refusalOf(flow: FlowModelResult): string | null {
  if (flow.status === 'trapped') return flow.warnings[0] ?? 'Cases can never finish';
  if (flow.maxVisitsPerStep > MAX_VISITS_PER_STEP)
    return (
      flow.warnings.find((w) => w.startsWith('A case goes through')) ??
      'A loop in the map is almost never left'
    );
  if (flow.arrivalsPerHour === 0)
    return `There is no demand: ${flow.mapName} gets no cases, so there is nothing to simulate`;
  return null;
}
