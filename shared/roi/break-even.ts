/**
 * The break-even automation rate: where the NPV over the horizon crosses zero when one
 * automation rate r is applied to every AI step of the target (`automationRateOverride`), and
 * on which side of it the NPV is positive.
 *
 * NPV(r) is not monotone in general. A higher rate saves review work but lets more escaped
 * errors through, so it can rise or fall; and it is only piecewise linear, with kinks where
 * drift meets the floor of 0 % and where a month's labour saving changes sign (positive
 * savings only count at the freed-capacity share); custom benefit lines may read the rate
 * too. So nothing about its shape is assumed: NPV is evaluated on a grid of rates over
 * [0, 1] (`GRID_CELLS` cells), every cell whose ends differ in sign (NPV >= 0 against < 0) is
 * bisected to `RATE_TOLERANCE`, and the set {r : NPV(r) >= 0} is reported as one of the
 * `BreakEvenDirection`s. Two crossings within one grid cell (a dip narrower than one point of
 * automation) can hide from each other; nothing that narrow moves a decision.
 */
import { listOf, money, percent } from '../readiness/format';
import { cashFlow, monthColumns, type CashFlowOptions, type MonthlyFigures } from './cash-flow';
import { netValue, type NetValue } from './finance';
import type { RoiInputs } from './inputs';

/**
 * Where NPV >= 0 among the automation rates 0 % to 100 %:
 * - `all`: at every rate; `none`: at none;
 * - `from`: from `rate` up to 100 %; `up-to`: from 0 % up to `rate`;
 * - `between`: from `rate` to `upperRate` only;
 * - `several`: on more than one stretch of rates (the summary names them).
 */
export type BreakEvenDirection = 'all' | 'none' | 'from' | 'up-to' | 'between' | 'several';

export interface BreakEven {
  /** Null when the scenario has no AI step, so no automation rate to vary. */
  direction: BreakEvenDirection | null;
  /**
   * The automation rate (0..1) where the NPV crosses zero: the lower end of the positive
   * rates for `from` and `between`, the upper end for `up-to`; null otherwise.
   */
  rate: number | null;
  /** For `between`, the rate above which the NPV is negative again; null otherwise. */
  upperRate: number | null;
  /** One sentence for the analyst: where the NPV is positive, and what the plan assumes. */
  summary: string;
}

/** Cells of the grid over automation rates 0..1: one point of automation each. */
export const GRID_CELLS = 100;
/** Bisection stops when the crossing is pinned to this width of rate (a share). */
export const RATE_TOLERANCE = 1e-9;

/** A stretch of automation rates [from, to] on which the NPV is >= 0. */
interface Stretch {
  from: number;
  to: number;
}

/**
 * The break-even automation rate of `inputs`, with the same cash-flow `options` as the
 * business case (custom benefit lines); `into`, `columns` and `automationRateOverride` in
 * `options` are ignored (the search uses its own). GRID_CELLS + 1 cash flows, and about 24
 * more per crossing, all into arrays allocated once. `currency` names the money in the summary.
 */
export function breakEvenAutomationRate(
  inputs: RoiInputs,
  currency: string,
  options: CashFlowOptions = {},
): BreakEven {
  const steps = inputs.aiSteps;
  if (steps.length === 0)
    return {
      direction: null,
      rate: null,
      upperRate: null,
      summary: 'This scenario has no AI step, so there is no automation rate to break even on.',
    };
  const h = inputs.horizonMonths;
  const into: MonthlyFigures = {
    benefit: new Float64Array(h),
    cost: new Float64Array(h),
    net: new Float64Array(h),
    cumulative: new Float64Array(h),
  };
  const search: CashFlowOptions = {
    extraBenefit: options.extraBenefit,
    into,
    columns: monthColumns(h),
  };
  const out: NetValue = { npv: 0, paybackMonth: null };
  const npvAt = (rate: number): number => {
    search.automationRateOverride = rate;
    return netValue(cashFlow(inputs, search).net, inputs.discountRateAnnual, out).npv;
  };

  const crossings: number[] = [];
  let lowest = { rate: 0, npv: npvAt(0) };
  let highest = lowest;
  const positiveAtNone = lowest.npv >= 0;
  let lastRate = 0;
  let lastPositive = positiveAtNone;
  for (let k = 1; k <= GRID_CELLS; k++) {
    const rate = k / GRID_CELLS;
    const value = npvAt(rate);
    if (value < lowest.npv) lowest = { rate, npv: value };
    if (value > highest.npv) highest = { rate, npv: value };
    const positive = value >= 0;
    if (positive !== lastPositive) crossings.push(crossing(npvAt, lastRate, rate, lastPositive));
    lastRate = rate;
    lastPositive = positive;
  }

  const stretches = positiveStretches(positiveAtNone, crossings);
  const planned =
    steps.length > 1
      ? `${plannedRates(inputs)} (here one rate stands for every AI step)`
      : plannedRates(inputs);
  if (stretches.length === 0)
    return {
      direction: 'none',
      rate: null,
      upperRate: null,
      summary:
        `The NPV stays below zero at every automation rate from 0 % to 100 % (highest: ` +
        `${money(currency, highest.npv)}, at ${percent(highest.rate, 1)}), so no automation ` +
        `rate makes this scenario worth its cost within the horizon; the plan assumes ${planned}.`,
    };
  const [only] = stretches;
  if (stretches.length === 1 && only !== undefined) {
    if (only.from === 0 && only.to === 1)
      return {
        direction: 'all',
        rate: null,
        upperRate: null,
        summary:
          `The NPV stays at or above zero at every automation rate from 0 % to 100 % (lowest: ` +
          `${money(currency, lowest.npv)}, at ${percent(lowest.rate, 1)}), so the business ` +
          `case does not hinge on the model's automation rate; the plan assumes ${planned}.`,
      };
    if (only.to === 1)
      return {
        direction: 'from',
        rate: only.from,
        upperRate: null,
        summary:
          `The NPV breaks even at an automation rate of ${percent(only.from, 1)} and is positive ` +
          `above it; the plan assumes ${planned}.`,
      };
    if (only.from === 0)
      return {
        direction: 'up-to',
        rate: only.to,
        upperRate: null,
        summary:
          `The NPV breaks even at an automation rate of ${percent(only.to, 1)} and is negative ` +
          'above it: more automation lowers the NPV here, because what the extra ' +
          'auto-accepted cases cost (escaped errors, QA checks) outweighs the review work they ' +
          `save; the plan assumes ${planned}.`,
      };
    const from = percent(only.from, 1);
    const to = percent(only.to, 1);
    return {
      direction: 'between',
      rate: only.from,
      upperRate: only.to,
      summary:
        from === to
          ? `The NPV reaches zero only at an automation rate of about ${from} and is ` +
            `negative at every other; the plan assumes ${planned}.`
          : `The NPV is at or above zero only for an automation rate between ${from} and ` +
            `${to}; the plan assumes ${planned}.`,
    };
  }
  return {
    direction: 'several',
    rate: null,
    upperRate: null,
    summary:
      `The NPV is at or above zero only for an automation rate ` +
      `${listOf(stretches.map(stretchWords))}; the plan assumes ${planned}.`,
  };
}

/**
 * The rate in (low, high) where `npvAt` changes from `positiveAtLow` to the other side,
 * bisected until the bracket is narrower than RATE_TOLERANCE; the end on the positive side
 * is returned, so the NPV at the reported rate is >= 0 up to the last bisection step.
 */
function crossing(
  npvAt: (rate: number) => number,
  low: number,
  high: number,
  positiveAtLow: boolean,
): number {
  while (high - low > RATE_TOLERANCE) {
    const mid = (low + high) / 2;
    if (npvAt(mid) >= 0 === positiveAtLow) low = mid;
    else high = mid;
  }
  return positiveAtLow ? low : high;
}

/** The stretches of [0, 1] where NPV >= 0, from its sign at 0 and the crossings in order. */
function positiveStretches(positiveAtNone: boolean, crossings: readonly number[]): Stretch[] {
  const bounds = [...(positiveAtNone ? [0] : []), ...crossings];
  if (bounds.length % 2 === 1) bounds.push(1);
  const stretches: Stretch[] = [];
  for (let i = 0; i < bounds.length; i += 2)
    stretches.push({ from: bounds[i] as number, to: bounds[i + 1] as number });
  return stretches;
}

/** "up to 20 %", "from 35 % to 50 %", "from 80 % up". */
function stretchWords(stretch: Stretch): string {
  if (stretch.from === 0) return `up to ${percent(stretch.to, 1)}`;
  if (stretch.to === 1) return `from ${percent(stretch.from, 1)} up`;
  return `from ${percent(stretch.from, 1)} to ${percent(stretch.to, 1)}`;
}

/** The planned automation rates of the AI steps, each once, in map order: "80 % and 78 %". */
function plannedRates(inputs: RoiInputs): string {
  const rates = [...new Set(inputs.aiSteps.map((step) => step.automationRate))];
  return listOf(rates.map((rate) => percent(rate, 1)));
}
