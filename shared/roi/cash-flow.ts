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
 * and Monte Carlo call it thousands of times, passing `into` so no month array is allocated.
 */
import { adoptionShare } from './adoption';
import type { CaseFigures, RoiInputs } from './inputs';

export interface MonthlyFigures {
  benefit: Float64Array;
  cost: Float64Array;
  net: Float64Array;
  cumulative: Float64Array;
}

/** Values the custom benefit lines can read each month. */
export interface MonthScope {
  month: number;
  casesPerMonth: number;
  adoptionShare: number;
  automationRate: number;
  target: CaseFigures;
}

export interface CashFlowOptions {
  /** Replace every AI step's planned automation rate (for the break-even rate). */
  automationRateOverride?: number;
  /** Extra benefit at full adoption in a month (custom formula lines); scaled by adoption. */
  extraBenefit?: (scope: MonthScope) => number;
  /**
   * Arrays to write the months into instead of allocating new ones; used only when all four
   * have length `horizonMonths` (otherwise new arrays are returned and `into` is left alone).
   * The scope handed to `extraBenefit` is one object per call, rewritten every month: copy it
   * to keep it.
   */
  into?: MonthlyFigures;
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

/** Months since go-live whose end sees a retraining: k = N, 2N, ... for every N months. */
function retrainsIn(k: number, every: number | null): boolean {
  return every !== null && k >= 1 && k % every === 0;
}

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
  const { benefit, cost, net, cumulative } = out;
  const buildMonths = Math.max(1, inputs.monthsToGoLive);
  const oneOffPerMonth = inputs.oneOff.total / buildMonths;
  const runningPerMonth =
    inputs.platformCostPerMonth +
    inputs.monitoringCostPerMonth +
    inputs.integrationMaintenancePerYear / 12;
  const growth = Math.pow(1 + inputs.volumeGrowthAnnual, 1 / 12);
  const labourShare = inputs.labourSavings === 'cash' ? 1 : inputs.freedCapacityValueShare;
  // Field by field, not a spread: a spread copy made every month's writes several times slower.
  const planned = inputs.target;
  const target: CaseFigures = {
    labour: planned.labour,
    nonLabour: planned.nonLabour,
    ai: planned.ai,
    errors: planned.errors,
    hours: planned.hours,
    errorCount: planned.errorCount,
  };
  const scope: MonthScope = {
    month: 0,
    casesPerMonth: 0,
    adoptionShare: 0,
    automationRate: 0,
    target,
  };
  // Loop invariants hoisted: Monte Carlo runs this loop hundreds of thousands of times.
  const base = inputs.target;
  const current = inputs.current;
  const steps = inputs.aiSteps;
  const stepCount = steps.length;
  const override = options.automationRateOverride;
  const extraBenefit = options.extraBenefit;
  const goLive = inputs.monthsToGoLive;
  const every = inputs.retrainEveryMonths;
  const adoption = inputs.adoption;
  const currentCostExceptLabour = current.ai;
  let volume = inputs.casesPerMonth;
  let total = 0;
  for (let m = 1; m <= h; m++) {
    if (m > 1) volume *= growth;
    const k = m - goLive;
    let monthBenefit = 0;
    let monthCost = m <= buildMonths ? oneOffPerMonth : 0;
    if (k >= 1) {
      const share = adoptionShare(m, goLive, adoption);
      // Drift: months since go-live or since the last retraining, whichever is later.
      const sinceRetraining = every === null ? k - 1 : (k - 1) % every;
      target.labour = base.labour;
      target.nonLabour = base.nonLabour;
      target.ai = base.ai;
      target.errors = base.errors;
      target.hours = base.hours;
      target.errorCount = base.errorCount;
      let rateSum = 0;
      for (let i = 0; i < stepCount; i++) {
        const step = steps[i] as (typeof steps)[number];
        const planned = override ?? step.automationRate;
        const rate = Math.max(0, planned - step.driftPerMonth * sinceRetraining);
        const change = rate - step.automationRate;
        rateSum += rate;
        if (change === 0) continue;
        const slope = step.slope;
        target.labour += slope.labour * change;
        target.nonLabour += slope.nonLabour * change;
        target.ai += slope.ai * change;
        target.errors += slope.errors * change;
        target.hours += slope.hours * change;
        target.errorCount += slope.errorCount * change;
      }
      const labourSaving = current.labour - target.labour;
      const saving =
        (labourSaving > 0 ? labourSaving * labourShare : labourSaving) +
        (current.nonLabour - target.nonLabour) +
        (current.errors - target.errors) +
        currentCostExceptLabour;
      monthBenefit = volume * share * saving;
      if (extraBenefit !== undefined) {
        scope.month = m;
        scope.casesPerMonth = volume;
        scope.adoptionShare = share;
        scope.automationRate = stepCount > 0 ? rateSum / stepCount : 0;
        monthBenefit += share * extraBenefit(scope);
      }
      monthCost += runningPerMonth + volume * share * target.ai;
      if (retrainsIn(k, every)) monthCost += inputs.retrainingCost;
    }
    benefit[m - 1] = monthBenefit;
    cost[m - 1] = monthCost;
    net[m - 1] = monthBenefit - monthCost;
    total += monthBenefit - monthCost;
    cumulative[m - 1] = total;
  }
  return out;
}
