/**
 * The project's custom formula lines inside the ROI model: benefit lines add money to each
 * month (their value is the benefit at full adoption; the cash flow scales it by the month's
 * adoption share), KPI lines are reported at the end of the horizon. The values formulas can
 * read are `FORMULA_INPUTS` (shared/formula), filled here from the cash flow's month columns:
 * a benefit line is evaluated over all live months at once (`evaluateColumns`).
 * A formula that cannot be compiled or evaluated adds nothing and is reported once, in words.
 */
import { compileFormula, FORMULA_INPUTS } from '../formula';
import type { Formula } from '../model/schema';
import type { MonthColumns } from './cash-flow';
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

/**
 * `column.fill(value, from, to)` without the call: TypedArray fill boxes a non-integer value
 * (an allocation per call, measured), and this runs for every Monte Carlo sample.
 */
function constant(column: Float64Array, value: number, from: number, to: number): void {
  for (let j = from; j < to; j++) column[j] = value;
}

/** Every formula input, by position. */
const ALL = NAMES.map((_, i) => i);

/** Formula input columns for one horizon: by position in `FORMULA_INPUTS`, reused call after call. */
interface InputColumns {
  /** Column i holds input i, month m at index m − 1 (a month column itself, or one of `own`). */
  readonly columns: Float64Array[];
  /** Arrays for the inputs computed here. */
  readonly own: Float64Array[];
}

function inputColumns(h: number): InputColumns {
  const own = NAMES.map(() => new Float64Array(h));
  return { columns: [...own], own };
}

/**
 * The formula inputs `wanted` (positions in `FORMULA_INPUTS`) for months from..to−1 into
 * `work.columns`. Inputs the month columns already hold are handed over as they are; the
 * others are computed into `work.own`. Nothing is allocated.
 */
function fillColumns(
  inputs: RoiInputs,
  months: MonthColumns,
  from: number,
  to: number,
  work: InputColumns,
  wanted: readonly number[],
): void {
  const { columns, own } = work;
  const current = inputs.current;
  const v = months.casesPerMonth;
  const { targetLabour, targetNonLabour, targetAi, targetErrors, targetHours, targetErrorCount } =
    months;
  const ctCurrent = inputs.cycleTimeHoursCurrent ?? Number.NaN;
  const ctTarget = inputs.cycleTimeHoursTarget ?? Number.NaN;
  const perFte = inputs.hoursPerMonthPerFte;
  for (let k = 0; k < wanted.length; k++) {
    const i = wanted[k] as number;
    const c = own[i] as Float64Array;
    columns[i] = c;
    switch (i) {
      case I.casesPerMonth:
        columns[i] = v;
        break;
      case I.automationRate:
        columns[i] = months.automationRate;
        break;
      case I.adoptionShare:
        columns[i] = months.adoptionShare;
        break;
      case I.cycleTimeHours:
      case I.cycleTimeHoursTarget:
        constant(c, ctTarget, from, to);
        break;
      case I.cycleTimeHoursCurrent:
        constant(c, ctCurrent, from, to);
        break;
      case I.cycleTimeReductionHours:
        constant(c, ctCurrent - ctTarget, from, to);
        break;
      case I.cycleTimeReductionDays:
        constant(c, (ctCurrent - ctTarget) / inputs.hoursPerDay, from, to);
        break;
      case I.costPerCaseCurrent:
        constant(c, total(current), from, to);
        break;
      case I.costPerCaseTarget:
        for (let j = from; j < to; j++)
          c[j] =
            (targetLabour[j] as number) +
            (targetNonLabour[j] as number) +
            (targetAi[j] as number) +
            (targetErrors[j] as number);
        break;
      case I.errorsPerMonth:
        for (let j = from; j < to; j++) c[j] = (targetErrorCount[j] as number) * (v[j] as number);
        break;
      case I.errorsPerMonthCurrent:
        for (let j = from; j < to; j++) c[j] = current.errorCount * (v[j] as number);
        break;
      case I.errorsAvoidedPerMonth:
        for (let j = from; j < to; j++)
          c[j] = (current.errorCount - (targetErrorCount[j] as number)) * (v[j] as number);
        break;
      case I.fteUsed:
        for (let j = from; j < to; j++)
          c[j] = ((targetHours[j] as number) * (v[j] as number)) / perFte;
        break;
      case I.fteFreed:
        for (let j = from; j < to; j++)
          c[j] = ((current.hours - (targetHours[j] as number)) * (v[j] as number)) / perFte;
        break;
      case I.month:
        for (let j = from; j < to; j++) c[j] = j + 1;
        break;
    }
  }
}

/** The value of every formula input in month `index + 1`, by name. */
export function formulaScope(
  inputs: RoiInputs,
  months: MonthColumns,
  index: number,
): Record<string, number> {
  const work = inputColumns(months.casesPerMonth.length);
  fillColumns(inputs, months, index, index + 1, work, ALL);
  return Object.fromEntries(NAMES.map((name, i) => [name, work.columns[i]?.[index] as number]));
}

export interface FormulaLines {
  /**
   * Adds the benefit lines' sum at full adoption into `out[m − 1]` for every month from
   * `months.firstLive` on; a line counts 0 in a month where it fails, and the first such
   * month of each call gives the line's message in `issues`.
   */
  benefit(inputs: RoiInputs, months: MonthColumns, out: Float64Array): void;
  /** Each KPI line's value in month `index + 1` (null where it fails), in project order. */
  kpis(
    inputs: RoiInputs,
    months: MonthColumns,
    index: number,
  ): { formula: Formula; value: number | null }[];
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
  // The lines that compiled, and the inputs they read: only those are filled.
  const runnable = benefitLines.flatMap(({ formula, compiled: c }) =>
    c.ok ? [{ formula, compiled: c }] : [],
  );
  const need = new Set<number>();
  for (const { compiled: c } of runnable) for (const name of c.symbols) need.add(at(name));
  const wanted = [...need].sort((a, b) => a - b);
  // Input columns and one line's values, reused by every call with the same horizon.
  let work = inputColumns(0);
  let line = new Float64Array(0);
  return {
    issues,
    benefit(inputs, months, out) {
      if (runnable.length === 0) return;
      const h = months.casesPerMonth.length;
      if (line.length !== h) {
        work = inputColumns(h);
        line = new Float64Array(h);
      }
      const from = months.firstLive;
      fillColumns(inputs, months, from, h, work, wanted);
      for (let k = 0; k < runnable.length; k++) {
        const { formula, compiled: c } = runnable[k] as (typeof runnable)[number];
        c.evaluateColumns(work.columns, from, h, line);
        let explained = false;
        for (let j = from; j < h; j++) {
          const v = line[j] as number;
          if (!Number.isNaN(v)) out[j] = (out[j] as number) + v;
          else if (!explained) {
            // The first failing month, evaluated again by name for the message (reported
            // once); the line counts 0 in every month it fails.
            explained = true;
            out[j] = (out[j] as number) + (value(formula, c, formulaScope(inputs, months, j)) ?? 0);
          }
        }
      }
    },
    kpis(inputs, months, index) {
      const scope = formulaScope(inputs, months, index);
      return compiled
        .filter(({ formula }) => formula.kind === 'kpi')
        .map(({ formula, compiled: c }) => ({ formula, value: value(formula, c, scope) }));
    },
  };
}
