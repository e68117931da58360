/**
 * A simulation in three parts, so its replications can run anywhere (Web Workers, worker
 * threads, one after another on one thread) and still combine into the result `simulate`
 * gives, byte for byte:
 *
 * - `planSimulation`: checks the options, refuses a map that cannot be simulated (in words),
 *   and plans the warm-up and measurement window (run-plan.ts). Cheap and deterministic; the
 *   plan is plain data, so it can be posted to a worker.
 * - `startReplication` / `runReplication`: replication `index` of the plan (on the model
 *   `compileSimulation` makes of the map), in chunks of events with progress. Its `ReplicationSummary` is plain data (numbers and Float64Arrays)
 *   that survives structured cloning (postMessage) unchanged.
 * - `combineReplications`: every replication's summary, in replication order, into the
 *   `SimulationResult`.
 *
 * Why the split cannot change the result: replication `index` depends only on the model, the
 * plan's settings and `index` (its random streams are the seed's `index`-th, see
 * shared/random), never on what ran before it in the same thread; and the combination reads
 * the summaries in replication order whatever order they finished in.
 */
import { computeFlowModel, MAX_VISITS_PER_STEP, type FlowModelResult } from '../flow-model';
import { compileMap } from '../graph';
import type { ProcessMap, Project } from '../../model/schema';
import { aggregate } from './aggregate';
import type { SimModel } from './compile';
import { createReplication, type Replication, type ReplicationSettings } from './replication';
import type { SimulationOptions, SimulationResult } from './result';
import { planRun, type RunPlan } from './run-plan';
import type { ReplicationObserver } from './observer';
import type { ReplicationSummary } from './totals';

/** Events per chunk between progress reports, abort checks and (async) yields. */
export const CHUNK_EVENTS = 200_000;

/**
 * Everything a replication needs besides the project and map, and everything the
 * combination needs besides the summaries. Plain data: safe to post to a worker.
 */
export interface SimulationPlan {
  /** Cases arriving per replication, as asked. */
  readonly cases: number;
  /** Replications to run, numbered 0 .. replications − 1. */
  readonly replications: number;
  readonly seed: number;
  /** Why the map is not simulated (every replication then has no cases), or null. */
  readonly refusal: string | null;
  /** The warm-up and length check the replications follow. */
  readonly runPlan: RunPlan;
  /** What every replication is started with. */
  readonly settings: ReplicationSettings;
}

/**
 * Plan a simulation of `map` (which must belong to the valid `project`). Throws a RangeError
 * naming every option that makes no sense; a map that cannot be simulated is not an error
 * but a plan with a `refusal`.
 */
export function planSimulation(
  project: Project,
  map: ProcessMap,
  options: SimulationOptions,
): SimulationPlan {
  checkOptions(options);
  const flow = computeFlowModel(project, map);
  const refusal = refusalOf(flow);
  const plan =
    refusal === null ? planRun(flow, compileMap(map), options.cases, options.warmupHours) : null;
  const runs = plan !== null && !plan.tooShort;
  return {
    cases: options.cases,
    replications: options.replications,
    seed: options.seed,
    refusal,
    runPlan: plan ?? NO_PLAN,
    settings: {
      cases: runs ? options.cases : 0,
      warmupHours: plan?.warmupHours ?? 0,
      countFromHours: plan?.countFromHours ?? 0,
      windowEnd: plan?.windowEnd ?? 'last-arrival',
      seed: options.seed,
    },
  };
}

/** Start replication `index` (0-based, below `plan.replications`) of a planned simulation. */
export function startReplication(
  model: SimModel,
  plan: SimulationPlan,
  index: number,
  observer: ReplicationObserver | null = null,
): Replication {
  if (!Number.isInteger(index) || index < 0 || index >= plan.replications)
    throw new RangeError(
      `Cannot run replication ${index}: the plan has replications 0 to ${plan.replications - 1}.`,
    );
  return createReplication(model, plan.settings, index, observer);
}

/**
 * Run replication `index` of a planned simulation to its end, in chunks of `CHUNK_EVENTS`
 * events, reporting the replication's share done (0..1, never decreasing, last 1) after
 * each. Synchronous: meant for a worker, which is stopped by being terminated.
 */
export function runReplication(
  model: SimModel,
  plan: SimulationPlan,
  index: number,
  onProgress?: (shareDone: number) => void,
): ReplicationSummary {
  const replication = startReplication(model, plan, index);
  while (!replication.run(CHUNK_EVENTS)) onProgress?.(replication.progress());
  onProgress?.(1);
  return replication.summary();
}

/**
 * The result of a planned simulation from the summaries of all its replications, given in
 * replication order (`summaries[i]` is replication i's).
 */
export function combineReplications(
  project: Project,
  map: ProcessMap,
  plan: SimulationPlan,
  summaries: readonly ReplicationSummary[],
): SimulationResult {
  if (summaries.length !== plan.replications)
    throw new RangeError(
      `Cannot combine ${summaries.length} replications: the plan has ${plan.replications}.`,
    );
  const { cases, replications, seed } = plan;
  return aggregate({
    map,
    flow: computeFlowModel(project, map),
    options: { cases, replications, seed },
    poolOf: new Map(project.roles.map((role, i) => [role.id, i])),
    summaries,
    refusal: plan.refusal,
    plan: plan.runPlan,
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
