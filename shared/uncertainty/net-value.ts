/**
 * NPV and payback month of a scenario straight from its `RoiInputs`, in one pass over the
 * months and without allocating: the Monte Carlo inner loop. It is `cashFlow` (shared/roi)
 * followed by `npv` and `paybackMonth`, with the same arithmetic in the same order, minus the
 * monthly arrays, custom benefit lines and the figures only formulas read (hours, error
 * counts). Allocating cashFlow's four Float64Arrays alone costs about 2 µs a sample, most of
 * the 5 µs budget. The fast-path tests hold it to `cashFlow` on every sample project; if the
 * cash flow's rules change, change both (or give `cashFlow` reusable output buffers).
 */
import { adoptionShare } from '../roi/adoption';
import type { RoiInputs } from '../roi/inputs';

export interface NetValue {
  /** Net present value over the horizon, in the project currency. */
  npv: number;
  /** First month whose cumulative net is >= 0 (1-based); null if none within the horizon. */
  paybackMonth: number | null;
}

/** NPV and payback of `inputs`' monthly cash flow, written into `out` (also returned). */
export function netValue(inputs: RoiInputs, out: NetValue): NetValue {
  const h = inputs.horizonMonths;
  const goLive = inputs.monthsToGoLive;
  const buildMonths = Math.max(1, goLive);
  const oneOffPerMonth = inputs.oneOff.total / buildMonths;
  const runningPerMonth =
    inputs.platformCostPerMonth +
    inputs.monitoringCostPerMonth +
    inputs.integrationMaintenancePerYear / 12;
  const growth = Math.pow(1 + inputs.volumeGrowthAnnual, 1 / 12);
  const labourShare = inputs.labourSavings === 'cash' ? 1 : inputs.freedCapacityValueShare;
  const monthly = Math.pow(1 + inputs.discountRateAnnual, 1 / 12);
  const current = inputs.current;
  const planned = inputs.target;
  const steps = inputs.aiSteps;
  const every = inputs.retrainEveryMonths;
  let volume = inputs.casesPerMonth;
  let factor = 1;
  let npv = 0;
  let cumulative = 0;
  let moved = false;
  let payback: number | null = null;
  for (let m = 1; m <= h; m++) {
    if (m > 1) volume *= growth;
    const k = m - goLive;
    const live = k >= 1;
    let net = m <= buildMonths ? -oneOffPerMonth : 0;
    if (live) {
      const share = adoptionShare(m, goLive, inputs.adoption);
      const sinceRetraining = every === null ? k - 1 : (k - 1) % every;
      let labour = planned.labour;
      let nonLabour = planned.nonLabour;
      let ai = planned.ai;
      let errors = planned.errors;
      for (let i = 0; i < steps.length; i++) {
        const step = steps[i] as RoiInputs['aiSteps'][number];
        const rate = Math.max(0, step.automationRate - step.driftPerMonth * sinceRetraining);
        const change = rate - step.automationRate;
        if (change === 0) continue;
        labour += step.slope.labour * change;
        nonLabour += step.slope.nonLabour * change;
        ai += step.slope.ai * change;
        errors += step.slope.errors * change;
      }
      const labourSaving = current.labour - labour;
      const saving =
        (labourSaving > 0 ? labourSaving * labourShare : labourSaving) +
        (current.nonLabour - nonLabour) +
        (current.errors - errors) +
        current.ai;
      const benefit = volume * share * saving;
      // Same grouping as cashFlow: the build-month cost, then the running costs added at once.
      let cost = (m <= buildMonths ? oneOffPerMonth : 0) + (runningPerMonth + volume * share * ai);
      if (every !== null && k % every === 0) cost += inputs.retrainingCost;
      net = benefit - cost;
    }
    factor /= monthly;
    npv += net * factor;
    cumulative += net;
    moved ||= net !== 0;
    if (payback === null && moved && cumulative >= 0) payback = m;
  }
  out.npv = npv;
  out.paybackMonth = payback;
  return out;
}
