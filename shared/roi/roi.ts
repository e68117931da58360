/**
 * The business case of one target scenario against the current map: the monthly cash flow
 * over the horizon and what a sponsor decides on — NPV, IRR, payback month, ROI, the
 * break-even automation rate — plus the custom KPI lines. All money in the project currency.
 * When there is no business case to compute (`roiBlockers`: a map whose cases never finish or
 * whose demand exceeds a role's capacity), the result says why in `blockers` and every figure
 * that would mean nothing is null or empty.
 */
import type { Project, TargetMap } from '../model/schema';
import { findByNameOrId } from '../model/find-by-name';
import { breakEvenAutomationRate, type BreakEvenDirection } from './break-even';
import { roiBlockers } from './blockers';
import { cashFlow, monthColumns } from './cash-flow';
import { npv, paybackMonth } from './finance';
import { irr } from './irr';
import { formulaLines } from './formula-lines';
import { outsideHorizon, type OutsideHorizon } from './horizon';
import { oneOffCosts, roiInputs, type OneOffCosts, type RoiInputs } from './inputs';

export interface MonthRow {
  month: number;
  benefit: number;
  cost: number;
  net: number;
  cumulative: number;
}

export interface RoiResult {
  scenario: string;
  scenarioId: string;
  currency: string;
  horizonMonths: number;
  discountRateAnnual: number;
  /**
   * Why there is no business case, in sentences (a map that cannot do the work); empty when
   * there is one. When not empty, NPV, IRR, payback, ROI, break-even and totals are null and
   * the months, KPIs and inputs are empty.
   */
  blockers: string[];
  /** Net present value over the horizon; null when blocked. */
  npv: number | null;
  /** Annualised IRR; null with `irrReason` when none exists. */
  irrAnnual: number | null;
  irrReason: string | null;
  /** First month whose cumulative net is >= 0; null if not within the horizon. */
  paybackMonth: number | null;
  /** (total benefit − total cost) / total cost over the horizon, undiscounted, in %; null with no cost. */
  roiPercent: number | null;
  /**
   * Where the NPV crosses zero when one automation rate (0..1) applies to every AI step: the
   * lower end of the rates with NPV >= 0 for `from` and `between`, the upper end for `up-to`;
   * null for `all`, `none`, `several` and a scenario with no AI step.
   */
  breakEvenAutomationRate: number | null;
  /** For `between`: the rate above which the NPV is negative again; null otherwise. */
  breakEvenAutomationRateUpper: number | null;
  /** On which side of the break-even rate the NPV is >= 0; null with no AI step. */
  breakEvenDirection: BreakEvenDirection | null;
  /** One sentence: where the NPV is positive, against the plan's automation rate. */
  breakEvenSummary: string;
  totalBenefit: number | null;
  totalCost: number | null;
  oneOff: OneOffCosts;
  /**
   * When go-live is at or after the end of the horizon: the one-off costs not charged within
   * it and a sentence saying what falls outside; null otherwise.
   */
  outsideHorizon: OutsideHorizon | null;
  monthly: MonthRow[];
  kpis: { id: string; name: string; unit: string; value: number | null }[];
  /** Sentences for formula lines that could not be used. */
  formulaIssues: string[];
  /** What the cash flow was computed from; null when blocked. */
  inputs: RoiInputs | null;
}

/** The target map called `name` (id or name, any case); the first target when undefined. */
export function findTarget(project: Project, name: string | undefined): TargetMap | undefined {
  if (name === undefined) return project.maps.targets[0];
  return findByNameOrId(project.maps.targets, name);
}

export function computeRoi(project: Project, target: TargetMap): RoiResult {
  const blockers = roiBlockers(project, target);
  if (blockers.length > 0) return blockedRoi(project, target, blockers);
  const inputs = roiInputs(project, target);
  const lines = formulaLines(project.formulas);
  const extraBenefit = lines.benefit.bind(null, inputs);
  // The KPI lines read the last month of the scenario's own cash flow.
  const months = monthColumns(inputs.horizonMonths);
  const flow = cashFlow(inputs, { extraBenefit, columns: months });
  const rate = inputs.discountRateAnnual;
  const value = npv(flow.net, rate);
  const rateOfReturn = irr(flow.net);
  const breakEven = breakEvenAutomationRate(inputs, project.currency, { extraBenefit });
  let totalBenefit = 0;
  let totalCost = 0;
  const monthly: MonthRow[] = [];
  for (let m = 0; m < inputs.horizonMonths; m++) {
    totalBenefit += flow.benefit[m] as number;
    totalCost += flow.cost[m] as number;
    monthly.push({
      month: m + 1,
      benefit: flow.benefit[m] as number,
      cost: flow.cost[m] as number,
      net: flow.net[m] as number,
      cumulative: flow.cumulative[m] as number,
    });
  }
  const kpis = lines
    .kpis(inputs, months, inputs.horizonMonths - 1)
    .map(({ formula, value: v }) => ({
      id: formula.id,
      name: formula.name,
      unit: formula.unit,
      value: v,
    }));
  return {
    scenario: target.name,
    scenarioId: target.id,
    currency: project.currency,
    horizonMonths: inputs.horizonMonths,
    discountRateAnnual: rate,
    blockers: [],
    npv: value,
    irrAnnual: rateOfReturn.ok ? rateOfReturn.irrAnnual : null,
    irrReason: rateOfReturn.ok ? null : rateOfReturn.reason,
    paybackMonth: paybackMonth(flow.net),
    roiPercent: totalCost > 0 ? ((totalBenefit - totalCost) / totalCost) * 100 : null,
    breakEvenAutomationRate: breakEven.rate,
    breakEvenAutomationRateUpper: breakEven.upperRate,
    breakEvenDirection: breakEven.direction,
    breakEvenSummary: breakEven.summary,
    totalBenefit,
    totalCost,
    oneOff: inputs.oneOff,
    outsideHorizon: outsideHorizon(inputs, project.currency),
    monthly,
    kpis,
    formulaIssues: lines.issues,
    inputs,
  };
}

/** The result when there is no business case: the reasons, the plan's own costs, no figures. */
function blockedRoi(project: Project, target: TargetMap, blockers: string[]): RoiResult {
  const oneOff = oneOffCosts(project, target);
  const horizonMonths = project.finance.horizonMonths;
  return {
    scenario: target.name,
    scenarioId: target.id,
    currency: project.currency,
    horizonMonths,
    discountRateAnnual: project.finance.discountRateAnnual,
    blockers,
    npv: null,
    irrAnnual: null,
    irrReason: null,
    paybackMonth: null,
    roiPercent: null,
    breakEvenAutomationRate: null,
    breakEvenAutomationRateUpper: null,
    breakEvenDirection: null,
    breakEvenSummary:
      'No break-even rate: there is no business case until the maps can do the work.',
    totalBenefit: null,
    totalCost: null,
    oneOff,
    outsideHorizon: outsideHorizon(
      { horizonMonths, monthsToGoLive: target.plan.monthsToGoLive, oneOff },
      project.currency,
    ),
    monthly: [],
    kpis: [],
    formulaIssues: [],
    inputs: null,
  };
}
