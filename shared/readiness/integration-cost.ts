/**
 * What integrating the AI with a project's systems costs: the suggested one-off cost of a
 * system by how an automated step can reach it, and the totals over the systems a target's AI
 * steps use. The readiness rules, the ROI model and the Monte Carlo fast path all call
 * `integrationTotals`, so all of them count the same money. The figures
 * are starting points in the project currency, not quotes: the analyst overrides them per
 * system (`System.integrationCost`), and the report lists them as assumptions.
 */
import type { AccessMode, ScenarioPlan, System } from '../model/schema';
import { assertNever } from '../util/assert-never';

/**
 * Suggested one-off cost to integrate an AI step with a system reached this way, in the project
 * currency: an API is cheapest; a database or file export needs mapping and scheduling; a
 * UI-only system needs screen automation (brittle); paper needs scanning, OCR and checking.
 */
export function suggestedIntegrationCost(access: AccessMode): number {
  switch (access) {
    case 'api':
      return 15_000;
    case 'database':
      return 25_000;
    case 'file-export':
      return 30_000;
    case 'ui-only':
      return 60_000;
    case 'paper':
      return 90_000;
    default:
      return assertNever(access);
  }
}

/** The system's one-off integration cost: its own figure, or the suggestion for its access. */
export function integrationCost(system: System): number {
  return system.integrationCost ?? suggestedIntegrationCost(system.access);
}

/** What a target's integrations cost, in the project currency. */
export interface IntegrationTotals {
  /** One-off: each system's integration cost, summed. */
  oneOff: number;
  /**
   * A year of maintenance: each system's own yearly figure, or, when it has none, the plan's
   * maintenance share of its one-off cost.
   */
  maintenancePerYear: number;
}

/**
 * The integration totals of `systems` (the systems the target's AI steps use, each once) under
 * `plan`. Written into `into` when given (the Monte Carlo loop reuses one object per run) and
 * returned; a loop over the systems, no allocation. Sums in the order of `systems`, so the
 * same list always gives the same bits.
 */
export function integrationTotals(
  systems: readonly System[],
  plan: Pick<ScenarioPlan, 'integrationMaintenanceShare'>,
  into: IntegrationTotals = { oneOff: 0, maintenancePerYear: 0 },
): IntegrationTotals {
  let oneOff = 0;
  let maintenancePerYear = 0;
  for (const system of systems) {
    const cost = integrationCost(system);
    oneOff += cost;
    maintenancePerYear += system.maintenanceCostPerYear ?? cost * plan.integrationMaintenanceShare;
  }
  into.oneOff = oneOff;
  into.maintenancePerYear = maintenancePerYear;
  return into;
}
