/**
 * The monthly cash flow of a target scenario against the current process (DESIGN.md
 * "Conventions for the numbers"). For month m = 1..H:
 *
 *   benefit(m) = V(m) × a(m) × saving per case(m) + custom benefit lines × a(m)
 *   cost(m)    = one-off costs spread over the build months
 *              + after go-live: platform + monitoring + integration maintenance / 12
 *                + inference (V(m) × a(m) × AI cost per case) + retraining in its months
 *
 * V grows yearly (compounded monthly), a is the adoption ramp, and the saving per case is the
 * current cost per case minus the target's, with every AI step's automation rate lowered by
 * its drift since the last retraining. Positive labour savings count in full as cash, or at
 * `freedCapacityValueShare` when they only free capacity. Pure and allocation-light: tornado
 * and Monte Carlo call it thousands of times, passing `into` and `columns` so no month array
 * is allocated. The months are also written column by column (`MonthColumns`), so the custom
 * lines evaluate once over all months instead of once per month.
 */
import { adoptionShare } from './adoption';
import { monthlyFactor } from './finance';
import type { RoiInputs } from './inputs';

export interface MonthlyFigures {
  benefit: Float64Array;
  cost: Float64Array;
  net: Float64Array;
  cumulative: Float64Array;
}

/**
 * The months of one cash flow column by column, month m at index m − 1: what the custom
 * benefit and KPI lines read. Every month is filled; before go-live the adoption share and
 * automation rate are 0 and the target's figures are the planned ones.
 */
export interface MonthColumns {
  /** Index of the first month after go-live; `horizonMonths` when none is within it. */
  firstLive: number;
  casesPerMonth: Float64Array;
  adoptionShare: Float64Array;
  /** Mean automation rate of the target's AI steps, after drift. */
  automationRate: Float64Array;
  /**
   * The target's figures per case, after drift (`CaseFigures` field by field). Flat fields on
   * purpose: an object with `CaseFigures`' keys holding arrays would share its hidden class with
   * every `CaseFigures` and make V8 box their numbers (measured: the month loop 5x slower).
   */
  targetLabour: Float64Array;
  targetNonLabour: Float64Array;
  targetAi: Float64Array;
  targetErrors: Float64Array;
  targetHours: Float64Array;
  targetErrorCount: Float64Array;
  /** Scratch: the custom lines' benefit at full adoption. */
  extra: Float64Array;
}

/** Empty month columns for a horizon of `h` months. */
export function monthColumns(h: number): MonthColumns {
  const column = (): Float64Array => new Float64Array(h);
  return {
    firstLive: h,
    casesPerMonth: column(),
    adoptionShare: column(),
    automationRate: column(),
    targetLabour: column(),
    targetNonLabour: column(),
    targetAi: column(),
    targetErrors: column(),
    targetHours: column(),
    targetErrorCount: column(),
    extra: column(),
  };
}

/**
 * Months over which the one-off costs are spread evenly: the build phase, months 1 to
 * `monthsToGoLive`, or month 1 alone when go-live is immediate.
 */
export function buildMonths(monthsToGoLive: number): number {
  return Math.max(1, monthsToGoLive);
}

export interface CashFlowOptions {
  /** Replace every AI step's planned automation rate (for the break-even rate). */
  automationRateOverride?: number;
  /**
   * Custom benefit lines: add each month's extra benefit at full adoption into `out[m − 1]`
   * for the months after go-live (`months.firstLive` on; `out` starts at 0). The cash flow
   * scales it by the month's adoption share.
   */
  extraBenefit?: (months: MonthColumns, out: Float64Array) => void;
  /**
   * Arrays to write the months into instead of allocating new ones; used only when all four
   * have length `horizonMonths` (otherwise new arrays are returned and `into` is left alone).
   */
  into?: MonthlyFigures;
  /**
   * Month columns to fill instead of allocating them, under the same length rule; the caller
   * can read them after the call (the KPI lines do).
   */
  columns?: MonthColumns;
}

function fits(figures: MonthlyFigures | undefined, h: number): figures is MonthlyFigures {
  return (
    figures !== undefined &&
    figures.benefit.length === h &&
    figures.cost.length === h &&
    figures.net.length === h &&
    figures.cumulative.length === h
  );
}

/**
 * The months one by one: volume with growth, the adoption share, every AI step's automation
 * rate lowered by its drift since the last retraining and the target's figures per case at
 * those rates (all written to the month columns), then each month's benefit and cost.
 */
export function cashFlow(inputs: RoiInputs, options: CashFlowOptions = {}): MonthlyFigures {
  const h = inputs.horizonMonths;
  const out: MonthlyFigures = fits(options.into, h)
    ? options.into
    : {
        benefit: new Float64Array(h),
        cost: new Float64Array(h),
        net: new Float64Array(h),
        cumulative: new Float64Array(h),
      };
  const months =
    options.columns !== undefined && options.columns.casesPerMonth.length === h
      ? options.columns
      : monthColumns(h);
  const { benefit, cost, net, cumulative } = out;
  const { casesPerMonth, adoptionShare: shares, automationRate } = months;
  const { targetLabour, targetNonLabour, targetAi, targetErrors, targetHours, targetErrorCount } =
    months;
  const extraBenefit = options.extraBenefit;
  const override = options.automationRateOverride;
  const goLive = inputs.monthsToGoLive;
  months.firstLive = Math.min(h, Math.max(0, goLive));
  const build = buildMonths(goLive);
  const oneOffPerMonth = inputs.oneOff.total / build;
  const runningPerMonth =
    inputs.platformCostPerMonth +
    inputs.monitoringCostPerMonth +
    inputs.integrationMaintenancePerYear / 12;
  const growth = monthlyFactor(inputs.volumeGrowthAnnual);
  const labourShare = inputs.labourSavings === 'cash' ? 1 : inputs.freedCapacityValueShare;
  const base = inputs.target;
  const current = inputs.current;
  const currentCostExceptLabour = current.ai;
  const steps = inputs.aiSteps;
  const stepCount = steps.length;
  const every = inputs.retrainEveryMonths;
  const adoption = inputs.adoption;
  let volume = inputs.casesPerMonth;
  // Drift: months since go-live or since the last retraining, whichever is later. Counted,
  // not (k − 1) % every: a remainder of numbers V8 does not type as integers is a slow call.
  let sinceRetraining = 0;
  for (let m = 1; m <= h; m++) {
    const i = m - 1;
    if (m > 1) volume *= growth;
    const k = m - goLive;
    const share = adoptionShare(m, goLive, adoption);
    shares[i] = share;
    let labour = base.labour;
    let nonLabour = base.nonLabour;
    let ai = base.ai;
    let errors = base.errors;
    let hours = base.hours;
    let errorCount = base.errorCount;
    let rate = 0;
    let monthBenefit = 0;
    let monthCost = m <= build ? oneOffPerMonth : 0;
    if (k >= 1) {
      if (k > 1) sinceRetraining = sinceRetraining + 1 === every ? 0 : sinceRetraining + 1;
      if (every !== null && k > every) {
        // The drift repeats with every retraining: same rates, same figures as a cycle ago.
        const j = i - every;
        labour = targetLabour[j] as number;
        nonLabour = targetNonLabour[j] as number;
        ai = targetAi[j] as number;
        errors = targetErrors[j] as number;
        hours = targetHours[j] as number;
        errorCount = targetErrorCount[j] as number;
        rate = automationRate[j] as number;
      } else {
        let rateSum = 0;
        for (let s = 0; s < stepCount; s++) {
          const step = steps[s] as (typeof steps)[number];
          const stepRate = Math.max(
            0,
            (override ?? step.automationRate) - step.driftPerMonth * sinceRetraining,
          );
          const change = stepRate - step.automationRate;
          rateSum += stepRate;
          if (change === 0) continue;
          const slope = step.slope;
          labour += slope.labour * change;
          nonLabour += slope.nonLabour * change;
          ai += slope.ai * change;
          errors += slope.errors * change;
          hours += slope.hours * change;
          errorCount += slope.errorCount * change;
        }
        rate = stepCount > 0 ? rateSum / stepCount : 0;
      }
      const labourSaving = current.labour - labour;
      const saving =
        (labourSaving > 0 ? labourSaving * labourShare : labourSaving) +
        (current.nonLabour - nonLabour) +
        (current.errors - errors) +
        currentCostExceptLabour;
      monthBenefit = volume * share * saving;
      monthCost += runningPerMonth + volume * share * ai;
      if (sinceRetraining + 1 === every) monthCost += inputs.retrainingCost;
    }
    benefit[i] = monthBenefit;
    cost[i] = monthCost;
    casesPerMonth[i] = volume;
    automationRate[i] = rate;
    targetLabour[i] = labour;
    targetNonLabour[i] = nonLabour;
    targetAi[i] = ai;
    targetErrors[i] = errors;
    targetHours[i] = hours;
    targetErrorCount[i] = errorCount;
  }
  // The custom lines read the finished month columns; their benefit is at full adoption.
  const first = months.firstLive;
  const extra = extraBenefit !== undefined && first < h ? months.extra : null;
  if (extra !== null && extraBenefit !== undefined) {
    extra.fill(0);
    extraBenefit(months, extra);
  }
  let total = 0;
  for (let i = 0; i < h; i++) {
    let monthBenefit = benefit[i] as number;
    if (extra !== null && i >= first) {
      monthBenefit += (shares[i] as number) * (extra[i] as number);
      benefit[i] = monthBenefit;
    }
    const x = monthBenefit - (cost[i] as number);
    net[i] = x;
    total += x;
    cumulative[i] = total;
  }
  return out;
}
