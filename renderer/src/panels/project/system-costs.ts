// What a system's integration and maintenance cost come to when the analyst gives no figure of
// their own, in words for the hints under the fields. The amounts are those the ROI model and
// the readiness rules use (shared/readiness `integrationCost`), so the hint never disagrees
// with the business case.
import { integrationCost, suggestedIntegrationCost } from '../../../../shared/readiness';
import type { System, TargetMap } from '../../../../shared/model/schema';
import { ACCESS_MODE_LABELS } from '../../format/labels';
import { formatMoney, formatShare } from '../../format/numbers';

export interface CostHint {
  /** Where an own figure starts when the analyst switches to one. */
  readonly suggestion: number;
  /** Shown while there is no own figure: what is used instead. */
  readonly whenEmpty: string;
  /** Shown under an own figure: what the suggestion would be. */
  readonly whenOwn: string;
}

/** The suggested one-off integration cost of `system`, from how it is reached. */
export function integrationHint(system: System, currency: string): CostHint {
  const suggestion = suggestedIntegrationCost(system.access);
  const words = `${formatMoney(suggestion, currency)} for ${ACCESS_MODE_LABELS[system.access]} access`;
  return {
    suggestion,
    whenEmpty: `Uses the suggestion: ${words}.`,
    whenOwn: `The suggestion is ${words}.`,
  };
}

/**
 * The yearly maintenance of `system` without a figure of its own: the plan's maintenance share
 * of its integration cost. `target` is the target whose plan is quoted (the active one, else
 * the first); with none, the hint says how it will be worked out.
 */
export function maintenanceHint(
  system: System,
  target: Pick<TargetMap, 'name' | 'plan'> | null,
  currency: string,
): CostHint {
  const cost = integrationCost(system);
  if (target === null)
    return {
      suggestion: 0,
      whenEmpty: "Uses each target plan's maintenance share of the integration cost.",
      whenOwn: "Without it, each target plan's maintenance share of the integration cost.",
    };
  const share = target.plan.integrationMaintenanceShare;
  const amount = cost * share;
  const words = `${formatShare(share)} of ${formatMoney(cost, currency)} a year, ${formatMoney(amount, currency)} (the maintenance share in the plan of "${target.name}")`;
  return {
    suggestion: amount,
    whenEmpty: `Uses ${words}.`,
    whenOwn: `Without it: ${words}.`,
  };
}
