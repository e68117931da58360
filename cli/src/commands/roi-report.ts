/**
 * The shape `flowcase roi --json` prints: the business case, its uncertainty and readiness.
 * When there is no business case (`blockers` not empty), the figures are null, the months
 * empty, and Monte Carlo and the tornado were not run (null and empty).
 */
import type { RoiResult } from '../../../shared/roi';
import type { MonteCarloResult, TornadoResult } from '../../../shared/uncertainty';
import type { ReadinessFinding } from '../../../shared/readiness';

/** The business case's own figures, as `computeRoi` gives them (without its inputs). */
type RoiFigures = Pick<
  RoiResult,
  | 'scenario'
  | 'scenarioId'
  | 'currency'
  | 'horizonMonths'
  | 'discountRateAnnual'
  | 'blockers'
  | 'npv'
  | 'irrAnnual'
  | 'irrReason'
  | 'paybackMonth'
  | 'roiPercent'
  | 'breakEvenAutomationRate'
  | 'breakEvenAutomationRateUpper'
  | 'breakEvenDirection'
  | 'breakEvenSummary'
  | 'totalBenefit'
  | 'totalCost'
  | 'outsideHorizon'
  | 'monthly'
  | 'kpis'
  | 'formulaIssues'
>;

export interface RoiReport extends RoiFigures {
  oneOffCosts: RoiResult['oneOff'];
  monteCarlo: Pick<
    MonteCarloResult,
    | 'samples'
    | 'seed'
    | 'sampling'
    | 'npv'
    | 'paybackMonth'
    | 'probNpvPositive'
    | 'overCapacityShare'
    | 'histogram'
  > | null;
  /** NPV with the range at its low and at its high value (the bar's own low/high are min/max). */
  tornado: {
    input: string;
    label: string;
    low: number;
    high: number;
    swing: number;
    inputLow: number;
    inputLikely: number;
    inputHigh: number;
    /** A map cannot do the work at the low, respectively high, end (the NPV assumes it does). */
    overCapacityAtLow: boolean;
    overCapacityAtHigh: boolean;
  }[];
  readiness: Pick<ReadinessFinding, 'rule' | 'severity' | 'subject' | 'message' | 'fix'>[];
  notes: string[];
}

export function roiReport(
  roi: RoiResult,
  mc: MonteCarloResult | null,
  bars: TornadoResult | null,
  findings: readonly ReadinessFinding[],
): RoiReport {
  return {
    scenario: roi.scenario,
    scenarioId: roi.scenarioId,
    currency: roi.currency,
    horizonMonths: roi.horizonMonths,
    discountRateAnnual: roi.discountRateAnnual,
    blockers: roi.blockers,
    npv: roi.npv,
    irrAnnual: roi.irrAnnual,
    irrReason: roi.irrReason,
    paybackMonth: roi.paybackMonth,
    roiPercent: roi.roiPercent,
    breakEvenAutomationRate: roi.breakEvenAutomationRate,
    breakEvenAutomationRateUpper: roi.breakEvenAutomationRateUpper,
    breakEvenDirection: roi.breakEvenDirection,
    breakEvenSummary: roi.breakEvenSummary,
    totalBenefit: roi.totalBenefit,
    totalCost: roi.totalCost,
    oneOffCosts: roi.oneOff,
    outsideHorizon: roi.outsideHorizon,
    monthly: roi.monthly,
    kpis: roi.kpis,
    formulaIssues: roi.formulaIssues,
    monteCarlo:
      mc === null
        ? null
        : {
            samples: mc.samples,
            seed: mc.seed,
            sampling: mc.sampling,
            npv: mc.npv,
            paybackMonth: mc.paybackMonth,
            probNpvPositive: mc.probNpvPositive,
            overCapacityShare: mc.overCapacityShare,
            histogram: mc.histogram,
          },
    tornado: (bars?.bars ?? []).map((b) => ({
      input: b.input,
      label: b.label,
      low: b.npvAtLow,
      high: b.npvAtHigh,
      swing: b.swing,
      inputLow: b.inputLow,
      inputLikely: b.inputLikely,
      inputHigh: b.inputHigh,
      overCapacityAtLow: b.overCapacityAtLow,
      overCapacityAtHigh: b.overCapacityAtHigh,
    })),
    readiness: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      subject: f.subject,
      message: f.message,
      fix: f.fix,
    })),
    notes: [...new Set([...(mc?.notes ?? []), ...(bars?.notes ?? [])])],
  };
}
