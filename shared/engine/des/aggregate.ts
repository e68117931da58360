/**
 * Turns the replications' summaries into one `SimulationResult`: Student-t intervals over
 * replications for every figure, roles and steps in their project and map order, and the
 * verdict on what the figures mean, with its warnings in words.
 *
 * The verdict on capacity is the flow model's: it computes each role's utilisation exactly
 * (expected work per case × arrivals / headcount, with the same servers, pace and durations
 * the simulator uses), so it cannot mistake the build-up of a short run for overload, nor miss
 * one. An overloaded map's figures that grow with the run length (cycle time, work in
 * progress, queues, waits) are null; its throughput is its capacity. Cases that never finished
 * make the run `stuck`; a map refused before the run has no figures at all.
 */
import type { ProcessMap } from '../../model/schema';
import type { FlowModelResult } from '../flow-model';
import { automationShares } from './automation-shares';
import { combineCycleBins } from './cycle-bins';
import { estimate, type Estimate } from './estimate';
import type { SimulationOptions, SimulationResult, SimulationStatus } from './result';
import type { RunPlan } from './run-plan';
import type { ReplicationSummary } from './totals';

export interface AggregateInput {
  readonly map: ProcessMap;
  readonly flow: FlowModelResult;
  readonly options: SimulationOptions;
  /** Pool index (project role order) of each role id. */
  readonly poolOf: ReadonlyMap<string, number>;
  readonly summaries: readonly ReplicationSummary[];
  /** Why the map was not simulated, or null. */
  readonly refusal: string | null;
  /** The warm-up and length check the run followed. */
  readonly plan: RunPlan;
}

export function aggregate(input: AggregateInput): SimulationResult {
  const { map, flow, options, summaries } = input;
  const over = (pick: (s: ReplicationSummary) => number): Estimate => estimate(summaries.map(pick));
  const unfinished = summaries.reduce((sum, s) => sum + s.unfinished, 0);
  const casesCompleted = summaries.reduce((sum, s) => sum + s.countedCompleted, 0);
  const { plan } = input;
  // A Poisson run can come out shorter than its expected length: no counted case at all in a
  // replication is a run too short, whatever the plan expected.
  const emptyWindow = summaries.some((s) => s.countedCompleted === 0);
  const status: SimulationStatus =
    input.refusal !== null
      ? 'refused'
      : plan.tooShort
        ? 'too-short'
        : flow.status === 'overloaded'
          ? 'overloaded'
          : emptyWindow
            ? 'too-short'
            : unfinished > 0
              ? 'stuck'
              : 'ok';
  const warnings =
    input.refusal !== null
      ? [input.refusal]
      : status === 'too-short'
        ? [
            plan.tooShortReason ??
              `This run is too short to measure anything: no case arrived after the warm-up of ` +
                `${Math.round(plan.warmupHours)} h; simulate at least ${plan.minimumCases.toLocaleString('en-GB')} cases`,
            ...flow.warnings,
          ]
        : [...flow.warnings];
  if (status === 'stuck')
    warnings.push(
      `${unfinished.toLocaleString('en-GB')} cases never finished: a branch never reached its ` +
        'join or a role they need has nobody in it',
    );
  const steady = status === 'ok';
  const ran = status !== 'refused' && status !== 'too-short';
  const counted = ran && casesCompleted > 0;
  const base = {
    mapId: map.id,
    mapName: map.name,
    cases: options.cases,
    replications: options.replications,
    seed: options.seed,
    warmupHours: plan.warmupHours,
    warmupRule: plan.warmupRule,
    warmupReason: plan.warmupReason,
    minimumCases: plan.minimumCases,
    runTooShort: status === 'too-short',
    status,
    stable: steady,
    warnings,
    casesCounted: summaries.reduce((sum, s) => sum + s.countedArrived, 0),
    casesCompleted,
    events: summaries.reduce((sum, s) => sum + s.events, 0),
  };
  if (!ran)
    return {
      ...base,
      throughputPerHour: null,
      cycleTimeHours: null,
      cycleTimeHistogram: null,
      automation: null,
      workInProgress: null,
      costPerCase: null,
      roles: [],
      steps: [],
    };
  return {
    ...base,
    throughputPerHour: over((s) => s.throughputPerHour),
    cycleTimeHours:
      steady && counted
        ? {
            mean: over((s) => s.cycleTime.mean),
            p50: over((s) => s.cycleTime.p50),
            p90: over((s) => s.cycleTime.p90),
            p95: over((s) => s.cycleTime.p95),
          }
        : null,
    cycleTimeHistogram:
      steady && counted ? combineCycleBins(summaries.map((s) => s.cycleBins)) : null,
    automation: automationShares(summaries.map((s) => s.aiOutcomes)),
    workInProgress: steady ? over((s) => s.workInProgress) : null,
    costPerCase: counted
      ? {
          labour: over((s) => s.costPerCase.labour),
          nonLabour: over((s) => s.costPerCase.nonLabour),
          ai: over((s) => s.costPerCase.ai),
          errors: over((s) => s.costPerCase.errors),
          total: over((s) => s.costPerCase.total),
        }
      : null,
    roles: flow.roles.map((role) => {
      const p = input.poolOf.get(role.id) ?? -1;
      const at = (values: Float64Array): number => (p < 0 ? 0 : (values[p] as number));
      return {
        id: role.id,
        name: role.name,
        servers: role.servers,
        utilisation: role.servers > 0 ? over((s) => at(s.utilisation)) : null,
        meanQueueLength: steady ? over((s) => at(s.meanQueueLength)) : null,
        meanWaitHours: steady ? over((s) => at(s.meanWaitHours)) : null,
      };
    }),
    steps: map.steps.map((step, i) => ({
      id: step.id,
      name: step.name,
      kind: step.kind,
      visitsPerCase: over((s) => s.visitsPerCase[i] as number),
      meanWaitHours: steady ? over((s) => s.stepWaitHours[i] as number) : null,
    })),
  };
}
