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

/** Position of each formula input in `NAMES`, for the positional scope. */
const AT = Object.fromEntries(NAMES.map((name, i) => [name, i])) as Record<string, number>;
const at = (name: string): number => {
  const i = AT[name];
  if (i === undefined) throw new Error(`formula input ${name} is not in FORMULA_INPUTS`);
  return i;
};
const I = {
  casesPerMonth: at('casesPerMonth'),
  cycleTimeHours: at('cycleTimeHours'),
  cycleTimeHoursCurrent: at('cycleTimeHoursCurrent'),
  cycleTimeHoursTarget: at('cycleTimeHoursTarget'),
  cycleTimeReductionHours: at('cycleTimeReductionHours'),
  cycleTimeReductionDays: at('cycleTimeReductionDays'),
  costPerCaseCurrent: at('costPerCaseCurrent'),
  costPerCaseTarget: at('costPerCaseTarget'),
  errorsPerMonth: at('errorsPerMonth'),
  errorsPerMonthCurrent: at('errorsPerMonthCurrent'),
  errorsAvoidedPerMonth: at('errorsAvoidedPerMonth'),
  fteUsed: at('fteUsed'),
  fteFreed: at('fteFreed'),
  automationRate: at('automationRate'),
  adoptionShare: at('adoptionShare'),
  month: at('month'),
};

/** Marks every formula input: fill them all. */
const ALL = new Uint8Array(NAMES.length).fill(1);

/**
 * The value of the formula inputs in one month, by position in `FORMULA_INPUTS`: every input,
 * or only those `need` marks with a 1 (the others keep what `into` held). Each value is
 * computed the same way either way.
 */
function fillScope(
  inputs: RoiInputs,
  month: MonthScope,
  into: Float64Array,
  need: Uint8Array = ALL,
): Float64Array {
  const v = month.casesPerMonth;
  const current = inputs.current;
  const target = month.target;
  const ctCurrent = inputs.cycleTimeHoursCurrent ?? Number.NaN;
  const ctTarget = inputs.cycleTimeHoursTarget ?? Number.NaN;
  if (need[I.casesPerMonth] === 1) into[I.casesPerMonth] = v;
  if (need[I.cycleTimeHours] === 1) into[I.cycleTimeHours] = ctTarget;
  if (need[I.cycleTimeHoursCurrent] === 1) into[I.cycleTimeHoursCurrent] = ctCurrent;
  if (need[I.cycleTimeHoursTarget] === 1) into[I.cycleTimeHoursTarget] = ctTarget;
  if (need[I.cycleTimeReductionHours] === 1) into[I.cycleTimeReductionHours] = ctCurrent - ctTarget;
  if (need[I.cycleTimeReductionDays] === 1)
    into[I.cycleTimeReductionDays] = (ctCurrent - ctTarget) / inputs.hoursPerDay;
  if (need[I.costPerCaseCurrent] === 1) into[I.costPerCaseCurrent] = total(current);
  if (need[I.costPerCaseTarget] === 1) into[I.costPerCaseTarget] = total(target);
  if (need[I.errorsPerMonth] === 1) into[I.errorsPerMonth] = target.errorCount * v;
  if (need[I.errorsPerMonthCurrent] === 1) into[I.errorsPerMonthCurrent] = current.errorCount * v;
  if (need[I.errorsAvoidedPerMonth] === 1)
    into[I.errorsAvoidedPerMonth] = (current.errorCount - target.errorCount) * v;
  if (need[I.fteUsed] === 1) into[I.fteUsed] = (target.hours * v) / inputs.hoursPerMonthPerFte;
  if (need[I.fteFreed] === 1)
    into[I.fteFreed] = ((current.hours - target.hours) * v) / inputs.hoursPerMonthPerFte;
  if (need[I.automationRate] === 1) into[I.automationRate] = month.automationRate;
  if (need[I.adoptionShare] === 1) into[I.adoptionShare] = month.adoptionShare;
  if (need[I.month] === 1) into[I.month] = month.month;
  return into;
}

/** The value of every formula input in one month, by name. */
export function formulaScope(inputs: RoiInputs, month: MonthScope): Record<string, number> {
  const values = fillScope(inputs, month, new Float64Array(NAMES.length));
  return Object.fromEntries(NAMES.map((name, i) => [name, values[i] as number]));
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
  const benefitLines = compiled.filter(({ formula }) => formula.kind === 'benefit');
  // The lines that compiled, and the inputs they read: only those are filled each month.
  const runnable = benefitLines.flatMap(({ formula, compiled: c }) =>
    c.ok ? [{ formula, compiled: c }] : [],
  );
  const need = new Uint8Array(NAMES.length);
  for (const { compiled: c } of runnable) for (const name of c.symbols) need[at(name)] = 1;
  // One positional scope for these lines, rewritten each month: nothing allocated per month.
  const values = new Float64Array(NAMES.length);
  return {
    issues,
    benefit(inputs, month) {
      if (runnable.length === 0) return 0;
      fillScope(inputs, month, values, need);
      let sum = 0;
      for (let i = 0; i < runnable.length; i++) {
        const { formula, compiled: c } = runnable[i] as (typeof runnable)[number];
        const fast = c.evaluateAt(values);
        // On failure, evaluate again by name for the message (rare, reported once).
        sum += Number.isNaN(fast) ? (value(formula, c, formulaScope(inputs, month)) ?? 0) : fast;
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
