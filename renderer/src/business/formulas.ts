/**
 * The values of the project's custom formula lines in the business case: each KPI line at the
 * end of the horizon (as the ROI model reports it), each benefit line's money over the horizon
 * (scaled by adoption, as the cash flow adds it) and in the last month at full adoption. A
 * benefit line is run on its own through the ROI model's formula code, so its money is the
 * share of the cash flow's benefit it adds.
 */
import type { Project } from '../../../shared/model/schema';
import type { MonthColumns, RoiInputs, RoiResult } from '../../../shared/roi';
import { formulaLines } from '../../../shared/roi/formula-lines';

export interface FormulaValue {
  readonly id: string;
  readonly name: string;
  readonly kind: 'kpi' | 'benefit';
  readonly expression: string;
  readonly unit: string;
  /** A KPI's value in the last month; a benefit line's money in the last month at full adoption. */
  readonly value: number | null;
  /** A benefit line's money over the horizon, adoption included; null for a KPI. */
  readonly horizonTotal: number | null;
  /** Why the line could not be computed, in words; null when it could. */
  readonly issue: string | null;
}

export function formulaValues(
  project: Project,
  roi: RoiResult,
  inputs: RoiInputs,
  months: MonthColumns,
): FormulaValue[] {
  const h = inputs.horizonMonths;
  return project.formulas.map((formula): FormulaValue => {
    const base = {
      id: formula.id,
      name: formula.name,
      kind: formula.kind,
      expression: formula.expression,
      unit: formula.unit,
    };
    if (formula.kind === 'kpi') {
      const kpi = roi.kpis.find((k) => k.id === formula.id);
      const value = kpi?.value ?? null;
      return { ...base, value, horizonTotal: null, issue: issueOf(roi, formula.name, value) };
    }
    const lines = formulaLines([formula]);
    const out = new Float64Array(h);
    lines.benefit(inputs, months, out);
    let total = 0;
    for (let i = months.firstLive; i < h; i++)
      total += (months.adoptionShare[i] as number) * (out[i] as number);
    const failed = lines.issues.length > 0;
    return {
      ...base,
      value: failed ? null : h > 0 ? (out[h - 1] as number) : 0,
      horizonTotal: failed ? null : total,
      issue: failed ? (lines.issues[0] ?? null) : null,
    };
  });
}

function issueOf(roi: RoiResult, name: string, value: number | null): string | null {
  if (value !== null) return null;
  return (
    roi.formulaIssues.find((issue) => issue.startsWith(`Formula "${name}"`)) ??
    'It cannot be computed.'
  );
}
