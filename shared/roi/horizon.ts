/**
 * What the horizon leaves out. The cash flow covers months 1..H only; when go-live is at or
 * after month H, the build months past H (with their share of the one-off costs) and every
 * month after go-live (its benefits and running costs) are not in it, and the NPV, payback and
 * ROI describe part of a build, not the scenario. This says so, with the figures, in words.
 */
import { money } from '../readiness/format';
import { buildMonths } from './cash-flow';
import type { OneOffCosts, RoiInputs } from './inputs';

/** The part of a scenario after the end of the horizon, when go-live is not before it. */
export interface OutsideHorizon {
  /**
   * One-off costs planned for build months after the horizon, in the project currency: the
   * part of `oneOff.total` the cash flow does not charge.
   */
  oneOffCost: number;
  /** One sentence for the analyst: what falls outside and what the figures then show. */
  message: string;
}

/** The plan figures `outsideHorizon` reads. */
export type HorizonPlan = Pick<RoiInputs, 'horizonMonths' | 'monthsToGoLive'> & {
  oneOff: Pick<OneOffCosts, 'total'>;
};

/**
 * What falls outside the horizon of `plan`, or null when go-live is before its last month
 * (then the whole build and at least one live month are inside). One-off costs are spread
 * evenly over the build months (`buildMonths`), as the cash flow spreads them; money in
 * `currency`, as `money` writes it.
 */
export function outsideHorizon(plan: HorizonPlan, currency: string): OutsideHorizon | null {
  const h = plan.horizonMonths;
  const goLive = plan.monthsToGoLive;
  if (goLive < h) return null;
  if (goLive === h)
    return {
      oneOffCost: 0,
      message:
        `Go-live is planned after month ${goLive}, when the horizon ends: every benefit and ` +
        'running cost after go-live falls outside it, so the business case shows the build only.',
    };
  const build = buildMonths(goLive);
  const total = plan.oneOff.total;
  const oneOffCost = (total * (build - h)) / build;
  const months = build - h === 1 ? `month ${h + 1}` : `months ${h + 1} to ${build}`;
  const oneOffPart =
    total > 0
      ? `${money(currency, oneOffCost)} of the ${money(currency, total)} one-off costs ` +
        `(${months} of the build) and `
      : '';
  return {
    oneOffCost,
    message:
      `Go-live is planned after month ${goLive} but the horizon ends at month ${h}: ` +
      `${oneOffPart}every benefit and running cost after go-live fall outside it, so the ` +
      'business case shows part of the build only.',
  };
}
