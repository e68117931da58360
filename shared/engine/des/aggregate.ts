/**
 * Turns the replications' summaries into one `SimulationResult`: Student-t intervals over
 * replications for every figure, roles and steps in their project and map order, and the
 * stability verdict with its warnings in words.
 *
 * Unstable means any of: the flow model puts a role at or over capacity; a role's whole
 * servers (headcount rounded, as simulated) are at or over capacity although its headcount
 * is not; work in progress grew steadily over the window (summed over replications: each of
 * the last three quarters above the one before, the last above 1.5 x the second, and by more
 * than 2 % of the arrivals in between); or some cases never finished.
 */
import type { ProcessMap } from '../../model/schema';
import type { FlowModelResult } from '../flow-model';
import { estimate } from './estimate';
import type { SimulationOptions, SimulationResult } from './index';
import type { ReplicationSummary } from './totals';

export interface AggregateInput {
  readonly map: ProcessMap;
  readonly flow: FlowModelResult;
  readonly options: SimulationOptions;
  /** Pool index (project role order) of each role id. */
  readonly poolOf: ReadonlyMap<string, number>;
  readonly summaries: readonly ReplicationSummary[];
  /** Warnings found before simulating (e.g. a loop that can never be left). */
  readonly preWarnings: readonly string[];
}

export function aggregate(input: AggregateInput): SimulationResult {
  const { map, flow, options, summaries } = input;
  const over = (pick: (s: ReplicationSummary) => number) => estimate(summaries.map(pick));
  const warnings = [...input.preWarnings, ...flow.warnings];
  let stable = flow.stable && input.preWarnings.length === 0;
  for (const role of flow.roles) {
    if (role.utilisation >= 1 || role.servers === 0) continue;
    const rounded = (role.utilisation * role.headcount) / role.servers;
    if (rounded < 1) continue;
    stable = false;
    warnings.push(
      `${role.name} is simulated as ${role.servers} whole people (headcount ${role.headcount}) ` +
        `and they are at ${Math.round(rounded * 100)} % of capacity — the queue grows without limit`,
    );
  }
  const growth = wipGrowth(summaries, flow.arrivalsPerHour);
  if (growth !== null) {
    stable = false;
    warnings.push(
      `Work in progress kept growing during the simulation (from ${growth.from.toFixed(1)} to ` +
        `${growth.to.toFixed(1)} cases) — demand is at or above what the roles can handle`,
    );
  }
  const unfinished = summaries.reduce((sum, s) => sum + s.unfinished, 0);
  if (unfinished > 0) {
    stable = false;
    warnings.push(
      `${unfinished} cases never finished — a role they need has nobody in it, or a branch ` +
        `never reaches its join`,
    );
  }
  return {
    mapId: map.id,
    mapName: map.name,
    cases: options.cases,
    replications: options.replications,
    seed: options.seed,
    warmupFraction: options.warmupFraction,
    stable,
    warnings,
    casesCompleted: summaries.reduce((sum, s) => sum + s.countedCompleted, 0),
    throughputPerHour: over((s) => s.throughputPerHour),
    cycleTimeHours: {
      mean: over((s) => s.cycleTime.mean),
      p50: over((s) => s.cycleTime.p50),
      p90: over((s) => s.cycleTime.p90),
      p95: over((s) => s.cycleTime.p95),
    },
    workInProgress: over((s) => s.workInProgress),
    costPerCase: {
      labour: over((s) => s.costPerCase.labour),
      nonLabour: over((s) => s.costPerCase.nonLabour),
      ai: over((s) => s.costPerCase.ai),
      errors: over((s) => s.costPerCase.errors),
      total: over((s) => s.costPerCase.total),
    },
    roles: flow.roles.map((role) => {
      const p = input.poolOf.get(role.id) ?? -1;
      const at = (values: Float64Array): number => (p < 0 ? 0 : (values[p] as number));
      return {
        id: role.id,
        name: role.name,
        servers: role.servers,
        utilisation: over((s) => at(s.utilisation)),
        meanQueueLength: over((s) => at(s.meanQueueLength)),
        meanWaitHours: over((s) => at(s.meanWaitHours)),
      };
    }),
    steps: map.steps.map((step, i) => ({
      id: step.id,
      name: step.name,
      kind: step.kind,
      visitsPerCase: over((s) => s.visitsPerCase[i] as number),
      meanWaitHours: over((s) => s.stepWaitHours[i] as number),
    })),
    events: summaries.reduce((sum, s) => sum + s.events, 0),
  };
}

/** Steady growth of work in progress over the window, or null. */
function wipGrowth(
  summaries: readonly ReplicationSummary[],
  arrivalsPerHour: number,
): { from: number; to: number } | null {
  if (summaries.length === 0 || summaries.some((s) => s.countedCompleted < 100)) return null;
  const quarter = [0, 1, 2, 3].map(
    (q) => summaries.reduce((sum, s) => sum + (s.wipByQuarter[q] as number), 0) / summaries.length,
  ) as [number, number, number, number];
  const halfWindow = summaries.reduce((sum, s) => sum + s.windowHours, 0) / summaries.length / 2;
  const [, q2, q3, q4] = quarter;
  const rising = q3 > q2 && q4 > q3 && q4 > 1.5 * q2;
  const large = q4 - q2 > 0.02 * arrivalsPerHour * halfWindow && q4 - q2 > 2;
  return rising && large ? { from: q2, to: q4 } : null;
}
