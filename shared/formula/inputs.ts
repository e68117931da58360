/**
 * The named model outputs a formula may use. The ROI engine supplies a value for every name
 * below each month it evaluates a formula; the formula editor lists them with their units, and
 * `compileFormula(expression, FORMULA_INPUT_NAMES)` is how a project's formulas are checked.
 *
 * Names without a Current/Target suffix describe the target scenario being evaluated (the
 * sample projects rely on this: `casesPerMonth * 12 / fteUsed`, `cycleTimeHours / 8`).
 * Adding a name is safe; renaming or removing one breaks saved formulas.
 */

export interface FormulaInput {
  /** The name written in a formula, e.g. `casesPerMonth`. */
  readonly name: string;
  /** Unit of the value, for display, e.g. `cases/month`. */
  readonly unit: string;
  /** One sentence for the formula editor's help. */
  readonly description: string;
}

export const FORMULA_INPUTS: readonly FormulaInput[] = Object.freeze([
  {
    name: 'casesPerMonth',
    unit: 'cases/month',
    description: 'Cases handled this month, with volume growth applied.',
  },
  {
    name: 'cycleTimeHours',
    unit: 'working hours',
    description: 'Cycle time of a case in the target scenario (same as cycleTimeHoursTarget).',
  },
  {
    name: 'cycleTimeHoursCurrent',
    unit: 'working hours',
    description: 'Cycle time of a case in the current process.',
  },
  {
    name: 'cycleTimeHoursTarget',
    unit: 'working hours',
    description: 'Cycle time of a case in the target scenario.',
  },
  {
    name: 'cycleTimeReductionHours',
    unit: 'working hours',
    description: 'Current cycle time minus target cycle time (negative if the target is slower).',
  },
  {
    name: 'cycleTimeReductionDays',
    unit: 'working days',
    description: 'The cycle-time reduction in working days of the project calendar.',
  },
  {
    name: 'costPerCaseCurrent',
    unit: 'currency/case',
    description: 'Cost of one case in the current process (labour, non-labour and errors).',
  },
  {
    name: 'costPerCaseTarget',
    unit: 'currency/case',
    description: 'Cost of one case in the target scenario (labour, non-labour, AI and errors).',
  },
  {
    name: 'errorsPerMonth',
    unit: 'errors/month',
    description: 'Escaped errors per month in the target scenario.',
  },
  {
    name: 'errorsPerMonthCurrent',
    unit: 'errors/month',
    description: 'Escaped errors per month in the current process.',
  },
  {
    name: 'errorsAvoidedPerMonth',
    unit: 'errors/month',
    description: 'errorsPerMonthCurrent minus errorsPerMonth.',
  },
  {
    name: 'fteUsed',
    unit: 'FTE',
    description: 'Full-time equivalents of work the target scenario needs.',
  },
  {
    name: 'fteFreed',
    unit: 'FTE',
    description: 'Full-time equivalents freed compared with the current process.',
  },
  {
    name: 'automationRate',
    unit: 'share 0–1',
    description: 'Share of cases the AI handles without a person this month, after drift.',
  },
  {
    name: 'adoptionShare',
    unit: 'share 0–1',
    description: 'Share of cases going through the target process this month (adoption ramp).',
  },
  {
    name: 'month',
    unit: 'month',
    description: 'Month of the timeline, 1 to the horizon.',
  },
]);

export const FORMULA_INPUT_NAMES: readonly string[] = Object.freeze(
  FORMULA_INPUTS.map((input) => input.name),
);
