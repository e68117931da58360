/**
 * The break-even automation rate: the automation rate at which, applied to every AI step of
 * the target, the NPV over the horizon is zero. Cost per case is linear in each automation
 * rate, and a higher rate means fewer reviews and so a higher NPV, so bisection finds it.
 */
import { cashFlow, type CashFlowOptions } from './cash-flow';
import { npv } from './finance';
import type { RoiInputs } from './inputs';

export type BreakEven = { rate: number | null; reason: string | null };

export function breakEvenAutomationRate(
  inputs: RoiInputs,
  options: CashFlowOptions = {},
): BreakEven {
  if (inputs.aiSteps.length === 0)
    return {
      rate: null,
      reason: 'this scenario has no AI step, so no automation rate to break even on',
    };
  const valueAt = (rate: number): number =>
    npv(
      cashFlow(inputs, { ...options, automationRateOverride: rate }).net,
      inputs.discountRateAnnual,
    );
  const atNone = valueAt(0);
  const atAll = valueAt(1);
  if (atNone >= 0) return { rate: 0, reason: 'the NPV is positive even with no automation at all' };
  if (atAll < 0) return { rate: null, reason: 'the NPV stays negative even at 100 % automation' };
  let low = 0;
  let high = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (valueAt(mid) >= 0) high = mid;
    else low = mid;
  }
  return { rate: high, reason: null };
}
