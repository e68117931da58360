/** The shape `flowcase roi --json` prints: the business case, its uncertainty and readiness. */
import type { RoiResult } from '../../../shared/roi';
import type { MonteCarloResult, TornadoResult } from '../../../shared/uncertainty';
import type { ReadinessFinding } from '../../../shared/readiness';

export interface RoiReport {
  scenario: string;
  scenarioId: string;
  currency: string;
  horizonMonths: number;
  discountRateAnnual: number;
  npv: number;
  irrAnnual: number | null;
  irrReason: string | null;
  paybackMonth: number | null;
  roiPercent: number | null;
  breakEvenAutomationRate: number | null;
  breakEvenReason: string | null;
  totalBenefit: number;
  totalCost: number;
  oneOffCosts: RoiResult['oneOff'];
  monthly: RoiResult['monthly'];
  kpis: RoiResult['kpis'];
  formulaIssues: string[];
  monteCarlo: {
    samples: number;
    seed: number;
    sampling: string;
    npv: { p10: number; p50: number; p90: number; mean: number };
    paybackMonth: {
      p10: number | null;
      p50: number | null;
      p90: number | null;
      neverShare: number;
    };
    probNpvPositive: number;
    histogram: MonteCarloResult['histogram'];
  } | null;
  tornado: {
    input: string;
    label: string;
    low: number;
    high: number;
    swing: number;
    inputLow: number;
    inputLikely: number;
    inputHigh: number;
  }[];
  readiness: { rule: string; severity: string; subject: string; message: string; fix: string }[];
  notes: string[];
}

export function roiReport(
  roi: RoiResult,
  mc: MonteCarloResult | null,
  bars: TornadoResult,
  findings: readonly ReadinessFinding[],
): RoiReport {
  return {
    scenario: roi.scenario,
    scenarioId: roi.scenarioId,
    currency: roi.currency,
    horizonMonths: roi.horizonMonths,
    discountRateAnnual: roi.discountRateAnnual,
    npv: roi.npv,
    irrAnnual: roi.irrAnnual,
    irrReason: roi.irrReason,
    paybackMonth: roi.paybackMonth,
    roiPercent: roi.roiPercent,
    breakEvenAutomationRate: roi.breakEvenAutomationRate,
    breakEvenReason: roi.breakEvenReason,
    totalBenefit: roi.totalBenefit,
    totalCost: roi.totalCost,
    oneOffCosts: roi.oneOff,
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
            histogram: mc.histogram,
          },
    tornado: bars.bars.map((b) => ({
      input: b.input,
      label: b.label,
      low: b.npvAtLow,
      high: b.npvAtHigh,
      swing: b.swing,
      inputLow: b.inputLow,
      inputLikely: b.inputLikely,
      inputHigh: b.inputHigh,
    })),
    readiness: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      subject: f.subject,
      message: f.message,
      fix: f.fix,
    })),
    notes: [...new Set([...(mc?.notes ?? []), ...bars.notes])],
  };
}
