/** The ROI model: monthly cash flow, NPV, IRR, payback and break-even of a target scenario. */
export { computeRoi, findTarget, type RoiResult, type MonthRow } from './roi';
export { roiBlockers } from './blockers';
export {
  roiInputs,
  oneOffCosts,
  aiSystems,
  type RoiInputs,
  type CaseFigures,
  type OneOffCosts,
} from './inputs';
export {
  cashFlow,
  buildMonths,
  monthColumns,
  type MonthlyFigures,
  type MonthColumns,
  type CashFlowOptions,
} from './cash-flow';
export { npv, paybackMonth, netValue, type NetValue } from './finance';
export { irr, type IrrResult } from './irr';
export { adoptionShare } from './adoption';
export { casesPerMonth } from './volume';
export { outsideHorizon, type OutsideHorizon, type HorizonPlan } from './horizon';
export { breakEvenAutomationRate, type BreakEven, type BreakEvenDirection } from './break-even';
