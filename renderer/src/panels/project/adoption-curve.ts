// The adoption ramp of a plan as points to draw, month by month, and in words: the same
// `adoptionShare` the ROI model uses, so the picture is the business case's ramp.
import type { ScenarioPlan } from '../../../../shared/model/schema';
import { adoptionShare } from '../../../../shared/roi';
import { formatShare } from '../../format/numbers';

export interface RampPoint {
  /** Month of the timeline, 0 to the last month drawn. */
  readonly month: number;
  /** Share of cases through the target process that month, 0 to 1. */
  readonly share: number;
}

type RampPlan = Pick<ScenarioPlan, 'monthsToGoLive' | 'adoption'>;

/** The month from which adoption stays at its steady share. */
export function steadyMonth(plan: RampPlan): number {
  return plan.monthsToGoLive + 1 + plan.adoption.monthsToSteady;
}

/**
 * The share of each month from 0 to `lastMonth`, at least far enough to show the ramp settle
 * (one month past the steady month), so a ramp beyond the horizon still shows its shape.
 */
export function rampPoints(plan: RampPlan, lastMonth: number): RampPoint[] {
  const end = Math.max(1, Math.round(lastMonth), steadyMonth(plan) + 1);
  return Array.from({ length: end + 1 }, (_, month) => ({
    month,
    share: adoptionShare(month, plan.monthsToGoLive, plan.adoption),
  }));
}

/** "Go-live after month 9: 30 % of cases at first, 80 % from month 16." */
export function describeRamp(plan: RampPlan, horizonMonths: number): string {
  const { startShare, steadyShare, monthsToSteady } = plan.adoption;
  const first = plan.monthsToGoLive + 1;
  const steady = steadyMonth(plan);
  const live =
    first > horizonMonths
      ? `Go-live after month ${plan.monthsToGoLive}, past the ${horizonMonths}-month horizon`
      : `Go-live after month ${plan.monthsToGoLive}`;
  if (monthsToSteady === 0)
    return `${live}: ${formatShare(steadyShare)} of cases from month ${first}.`;
  const late = steady > horizonMonths ? ' (after the horizon)' : '';
  return `${live}: ${formatShare(startShare)} of cases in month ${first}, ${formatShare(steadyShare)} from month ${steady}${late}.`;
}
