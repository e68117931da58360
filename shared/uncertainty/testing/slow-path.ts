/**
 * Test-only: the slow, obviously-right path the compiled scenario must agree with. Writes each
 * range's value into the project with `writeInput` (whole months rounded, a decision's other
 * flows sharing the rest in proportion, as `bindings.ts` promises), then:
 * - `cycleTimes: 'exact'` (the tornado's contract): `computeRoi` on that project, as is; where
 *   it has no business case (a map cannot do the work: `blocked`), its arithmetic without the
 *   check (`roiInputs`, `cashFlow` with the benefit lines, `npv`), which is what the fast path
 *   reports, flagged;
 * - `cycleTimes: 'base'` (Monte Carlo's contract): what `computeRoi` does — `roiInputs`, then
 *   `cashFlow` with the formula benefit lines (`formulaLines(...).benefit`, scaled by adoption
 *   inside `cashFlow`) and `npv` — except that the two flow-model cycle times in the inputs are
 *   replaced by those of the project with every range at likely (the base case), because the
 *   fast path keeps them there. Nothing else is taken from the fast path.
 */
import { readInput, writeInput } from '../../model/input-path';
import type { Project, Range } from '../../model/schema';
import { cashFlow, type MonthlyFigures } from '../../roi/cash-flow';
import { npv } from '../../roi/finance';
import { formulaLines } from '../../roi/formula-lines';
import { roiInputs } from '../../roi/inputs';
import { computeRoi } from '../../roi/roi';
import { roiBlockers } from '../../roi/blockers';
import { INTEGER_FIELDS } from '../bindings';
import { npvOf } from '../../roi/testing/npv-of';

function write(project: Project, path: string, value: number): Project {
  const next = writeInput(project, path, value);
  if (next === undefined) throw new Error(`cannot write ${path}`);
  return next;
}

/** The project with range i's input set to values[i]. */
export function withValues(
  project: Project,
  ranges: readonly Range[],
  values: ArrayLike<number>,
): Project {
  let result = project;
  ranges.forEach((range, i) => {
    const segments = range.path.split('.');
    const key = segments[segments.length - 1] ?? '';
    const value = INTEGER_FIELDS.has(key) ? Math.round(values[i] as number) : (values[i] as number);
    result = write(result, range.path, value);
    if (key !== 'probability') return;
    const mapPath = segments.slice(0, segments.indexOf('flows')).join('.');
    const map =
      segments[1] === 'current'
        ? project.maps.current
        : project.maps.targets.find((t) => t.id === segments[2]);
    const flow = map?.flows.find((f) => f.id === segments[segments.length - 2]);
    const from = map?.steps.find((s) => s.id === flow?.from);
    if (map === undefined || flow === undefined || from?.kind !== 'decision') return;
    const flows = map.flows;
    const siblings = flows.filter((f) => f.from === flow.from && f !== flow);
    const baseSum = siblings.reduce((sum, f) => sum + (f.probability ?? 0), 0);
    for (const f of siblings) {
      const path = `${mapPath}.flows.${f.id}.probability`;
      const base = readInput(project, path) ?? 0;
      result = write(
        result,
        path,
        baseSum > 0 ? (base * (1 - value)) / baseSum : (1 - value) / siblings.length,
      );
    }
  });
  return result;
}

export function slowCashFlow(
  project: Project,
  targetId: string,
  ranges: readonly Range[],
  values: ArrayLike<number>,
  cycleTimes: 'base' | 'exact' = 'base',
): MonthlyFigures & { npv: number; blocked: boolean } {
  const changed = withValues(project, ranges, values);
  const target = changed.maps.targets.find((t) => t.id === targetId);
  if (target === undefined) throw new Error(`no target ${targetId}`);
  const blocked = roiBlockers(changed, target).length > 0;
  if (cycleTimes === 'exact' && !blocked) {
    const roi = computeRoi(changed, target);
    const column = (key: 'benefit' | 'cost' | 'net' | 'cumulative'): Float64Array =>
      Float64Array.from(roi.monthly, (row) => row[key]);
    return {
      benefit: column('benefit'),
      cost: column('cost'),
      net: column('net'),
      cumulative: column('cumulative'),
      npv: npvOf(roi),
      blocked,
    };
  }
  const inputs = roiInputs(changed, target);
  if (cycleTimes === 'exact') {
    const lines = formulaLines(project.formulas);
    const flow = cashFlow(inputs, { extraBenefit: lines.benefit.bind(null, inputs) });
    return { ...flow, npv: npv(flow.net, inputs.discountRateAnnual), blocked };
  }
  const base = withValues(
    project,
    ranges,
    ranges.map((r) => r.likely),
  );
  const baseTarget = base.maps.targets.find((t) => t.id === targetId);
  if (baseTarget === undefined) throw new Error(`no target ${targetId}`);
  const baseInputs = roiInputs(base, baseTarget);
  inputs.cycleTimeHoursCurrent = baseInputs.cycleTimeHoursCurrent;
  inputs.cycleTimeHoursTarget = baseInputs.cycleTimeHoursTarget;
  const lines = formulaLines(project.formulas);
  const flow = cashFlow(inputs, { extraBenefit: lines.benefit.bind(null, inputs) });
  return { ...flow, npv: npv(flow.net, inputs.discountRateAnnual), blocked };
}
