/**
 * Tests read a simulation of a stable map figure by figure: `steady` checks the run describes
 * a steady state and gives the result with every figure present, so a test that expects
 * figures fails with the run's warnings instead of reading a null.
 */
import type { Estimate } from '../estimate';
import type { SimulationResult } from '../result';

type Present<T> = { [K in keyof T]: Exclude<T[K], null> };

export type SteadyResult = Omit<
  Present<SimulationResult>,
  'roles' | 'steps' | 'cycleTimeHours' | 'costPerCase' | 'automation'
> & {
  /** Null on a map without an AI step: a steady map may have none. */
  automation: SimulationResult['automation'];
  cycleTimeHours: NonNullable<SimulationResult['cycleTimeHours']>;
  costPerCase: NonNullable<SimulationResult['costPerCase']>;
  roles: Present<SimulationResult['roles'][number]>[];
  steps: (SimulationResult['steps'][number] & { meanWaitHours: Estimate })[];
};

/** `result`, checked to be `ok` with every figure measured. */
export function steady(result: SimulationResult): SteadyResult {
  const missing =
    result.status !== 'ok' ||
    result.throughputPerHour === null ||
    result.cycleTimeHours === null ||
    result.cycleTimeHistogram === null ||
    result.workInProgress === null ||
    result.costPerCase === null ||
    result.roles.some((r) => r.utilisation === null || r.meanWaitHours === null) ||
    result.steps.some((s) => s.meanWaitHours === null);
  if (missing)
    throw new Error(
      `expected a steady simulation, got status "${result.status}": ${result.warnings.join('; ')}`,
    );
  return result as SteadyResult;
}
