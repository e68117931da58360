/**
 * The project's custom formula lines inside the ROI model: benefit lines add money to each
 * month (their value is the benefit at full adoption; the cash flow scales it by the month's
 * adoption share), KPI lines are reported at the end of the horizon. The values formulas can
 * read are `FORMULA_INPUTS` (shared/formula), filled here from the month being computed.
 * A formula that cannot be compiled or evaluated adds nothing and is reported once, in words.
 */
import { compileFormula, FORMULA_INPUTS } from '../formula';
import type { Formula } from '../model/schema';
import type { MonthScope } from './cash-flow';
import type { RoiInputs } from './inputs';

const NAMES = FORMULA_INPUTS.map((input) => input.name);
const total = (f: { labour: number; nonLabour: number; ai: number; errors: number }): number =>
  f.labour + f.nonLabour + f.ai + f.errors;

/** The value of every formula input in one month. */
export function formulaScope(inputs: RoiInputs, month: MonthScope): Record<string, number> {
  const v = month.casesPerMonth;
  const current = inputs.current;
  const target = month.target;
  const ctCurrent = inputs.cycleTimeHoursCurrent ?? Number.NaN;
  const ctTarget = inputs.cycleTimeHoursTarget ?? Number.NaN;
  return {
    casesPerMonth: v,
    cycleTimeHours: ctTarget,
    cycleTimeHoursCurrent: ctCurrent,
    cycleTimeHoursTarget: ctTarget,
    cycleTimeReductionHours: ctCurrent - ctTarget,
    cycleTimeReductionDays: (ctCurrent - ctTarget) / inputs.hoursPerDay,
    costPerCaseCurrent: total(current),
    costPerCaseTarget: total(target),
    errorsPerMonth: target.errorCount * v,
    errorsPerMonthCurrent: current.errorCount * v,
    errorsAvoidedPerMonth: (current.errorCount - target.errorCount) * v,
    fteUsed: (target.hours * v) / inputs.hoursPerMonthPerFte,
    fteFreed: ((current.hours - target.hours) * v) / inputs.hoursPerMonthPerFte,
    automationRate: month.automationRate,
    adoptionShare: month.adoptionShare,
    month: month.month,
  };
}

export interface FormulaLines {
  /** Sum of the benefit lines for a month, at full adoption; failing lines count 0. */
  benefit(inputs: RoiInputs, month: MonthScope): number;
  /** Each KPI line's value for a month (null where it fails), in project order. */
  kpis(inputs: RoiInputs, month: MonthScope): { formula: Formula; value: number | null }[];
  /** Sentences for every line that failed, each once. */
  readonly issues: string[];
}

export function formulaLines(formulas: readonly Formula[]): FormulaLines {
  const issues: string[] = [];
  const report = (formula: Formula, message: string): void => {
    const line = `Formula "${formula.name}": ${message}`;
    if (!issues.includes(line)) issues.push(line);
  };
  const compiled = formulas.map((formula) => ({
    formula,
    compiled: compileFormula(formula.expression, NAMES),
  }));
  for (const { formula, compiled: c } of compiled) if (!c.ok) report(formula, c.message);
  const value = (
    formula: Formula,
    c: (typeof compiled)[number]['compiled'],
    scope: Record<string, number>,
  ) => {
    if (!c.ok) return null;
    const result = c.evaluate(scope);
    if (result.ok) return result.value;
    report(formula, result.message);
    return null;
  };
  return {
    issues,
    benefit(inputs, month) {
      let sum = 0;
      let scope: Record<string, number> | undefined;
      for (const { formula, compiled: c } of compiled) {
        if (formula.kind !== 'benefit') continue;
        scope ??= formulaScope(inputs, month);
        sum += value(formula, c, scope) ?? 0;
      }
      return sum;
    },
    kpis(inputs, month) {
      const scope = formulaScope(inputs, month);
      return compiled
        .filter(({ formula }) => formula.kind === 'kpi')
        .map(({ formula, compiled: c }) => ({ formula, value: value(formula, c, scope) }));
    },
  };
}
