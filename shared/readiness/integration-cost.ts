/**
 * Suggested one-off integration cost of a system, by how an automated step can reach it.
 * Shared by the readiness rules and the ROI model, so both count the same money. The figures
 * are starting points in the project currency, not quotes: the analyst overrides them per
 * system (`System.integrationCost`), and the report lists them as assumptions.
 */
import type { AccessMode, System } from '../model/schema';
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
