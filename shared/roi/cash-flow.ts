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
 * is allocated. The months are computed column by column (`MonthColumns`), so the custom
 * lines evaluate once over all months instead of once per month.
 */
import { adoptionShare } from './adoption';
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
  };
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

/** Months since go-live whose end sees a retraining: k = N, 2N, ... for every N months. */
function retrainsIn(k: number, every: number | null): boolean {
  return every !== null && k >= 1 && k % every === 0;
}

/**
 * The month columns: volume with growth, adoption share and, after go-live, every AI step's
 * automation rate lowered by its drift since the last retraining, and the target's figures
 * per case at those rates. Step by step, then month by month: each step's numbers are read
 * once and the inner loop only touches the columns (the sums keep the order base, step 1,
 * step 2, ... of a month-by-month loop, so the figures are the same to the last bit).
 */
function fillMonths(inputs: RoiInputs, override: number | undefined, months: MonthColumns): void {
  const h = inputs.horizonMonths;
  const { casesPerMonth, adoptionShare: shares, automationRate } = months;
  const { targetLabour, targetNonLabour, targetAi, targetErrors, targetHours, targetErrorCount } =
    months;
  const goLive = inputs.monthsToGoLive;
  const first = Math.min(h, Math.max(0, goLive));
  months.firstLive = first;
  const growth = Math.pow(1 + inputs.volumeGrowthAnnual, 1 / 12);
  const adoption = inputs.adoption;
  const base = inputs.target;
  let volume = inputs.casesPerMonth;
  for (let i = 0; i < h; i++) {
    if (i > 0) volume *= growth;
    casesPerMonth[i] = volume;
    shares[i] = adoptionShare(i + 1, goLive, adoption);
    automationRate[i] = 0;
    targetLabour[i] = base.labour;
    targetNonLabour[i] = base.nonLabour;
    targetAi[i] = base.ai;
    targetErrors[i] = base.errors;
    targetHours[i] = base.hours;
    targetErrorCount[i] = base.errorCount;
  }
  const steps = inputs.aiSteps;
  const every = inputs.retrainEveryMonths;
  for (const step of steps) {
    const planned = override ?? step.automationRate;
    const { automationRate: modelled, driftPerMonth: drift, slope } = step;
    const { labour, nonLabour, ai, errors, hours, errorCount } = slope;
    // Drift: months since go-live or since the last retraining, whichever is later. Counted,
    // not (k − 1) % every: a remainder of numbers V8 does not type as integers is a slow call.
    let sinceRetraining = 0;
    for (let i = first; i < h; i++) {
      const rate = Math.max(0, planned - drift * sinceRetraining);
      sinceRetraining = sinceRetraining + 1 === every ? 0 : sinceRetraining + 1;
      automationRate[i] = (automationRate[i] as number) + rate;
      const change = rate - modelled;
      if (change === 0) continue;
      targetLabour[i] = (targetLabour[i] as number) + labour * change;
      targetNonLabour[i] = (targetNonLabour[i] as number) + nonLabour * change;
      targetAi[i] = (targetAi[i] as number) + ai * change;
      targetErrors[i] = (targetErrors[i] as number) + errors * change;
      targetHours[i] = (targetHours[i] as number) + hours * change;
      targetErrorCount[i] = (targetErrorCount[i] as number) + errorCount * change;
    }
  }
  if (steps.length > 0)
    for (let i = first; i < h; i++)
      automationRate[i] = (automationRate[i] as number) / steps.length;
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
  const months =
    options.columns !== undefined && options.columns.casesPerMonth.length === h
      ? options.columns
      : monthColumns(h);
  fillMonths(inputs, options.automationRateOverride, months);
  const { benefit, cost, net, cumulative } = out;
  // The custom lines' benefit at full adoption, written into `benefit` first and then added.
  const extraBenefit = options.extraBenefit;
  benefit.fill(0);
  if (extraBenefit !== undefined && months.firstLive < h) extraBenefit(months, benefit);

  const buildMonths = Math.max(1, inputs.monthsToGoLive);
  const oneOffPerMonth = inputs.oneOff.total / buildMonths;
  const runningPerMonth =
    inputs.platformCostPerMonth +
    inputs.monitoringCostPerMonth +
    inputs.integrationMaintenancePerYear / 12;
  const labourShare = inputs.labourSavings === 'cash' ? 1 : inputs.freedCapacityValueShare;
  const current = inputs.current;
  const currentCostExceptLabour = current.ai;
  const goLive = inputs.monthsToGoLive;
  const every = inputs.retrainEveryMonths;
  const { casesPerMonth, adoptionShare: shares } = months;
  let total = 0;
  for (let m = 1; m <= h; m++) {
    const i = m - 1;
    const k = m - goLive;
    let monthBenefit = 0;
    let monthCost = m <= buildMonths ? oneOffPerMonth : 0;
    if (k >= 1) {
      const volume = casesPerMonth[i] as number;
      const share = shares[i] as number;
      const labourSaving = current.labour - (months.targetLabour[i] as number);
      const saving =
        (labourSaving > 0 ? labourSaving * labourShare : labourSaving) +
        (current.nonLabour - (months.targetNonLabour[i] as number)) +
        (current.errors - (months.targetErrors[i] as number)) +
        currentCostExceptLabour;
      monthBenefit = volume * share * saving;
      if (extraBenefit !== undefined) monthBenefit += share * (benefit[i] as number);
      monthCost += runningPerMonth + volume * share * (months.targetAi[i] as number);
      if (retrainsIn(k, every)) monthCost += inputs.retrainingCost;
    }
    benefit[i] = monthBenefit;
    cost[i] = monthCost;
    net[i] = monthBenefit - monthCost;
    total += monthBenefit - monthCost;
    cumulative[i] = total;
  }
  return out;
}
