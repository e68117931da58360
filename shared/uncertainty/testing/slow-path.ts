/**
 * Test-only: the slow, obviously-right path the compiled scenario must agree with. Writes each
 * range's value into the project with `writeInput` (whole months rounded, a decision's other
 * flows sharing the rest in proportion, as `bindings.ts` promises), then runs `roiInputs` and
 * `cashFlow`, and the NPV at the (possibly ranged) discount rate.
 */
import { readInput, writeInput } from '../../model/input-path';
import type { Project, Range } from '../../model/schema';
import { cashFlow, type MonthlyFigures } from '../../roi/cash-flow';
import { npv } from '../../roi/finance';
import { roiInputs } from '../../roi/inputs';
import { INTEGER_FIELDS } from '../bindings';

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
): MonthlyFigures & { npv: number } {
  const changed = withValues(project, ranges, values);
  const target = changed.maps.targets.find((t) => t.id === targetId);
  if (target === undefined) throw new Error(`no target ${targetId}`);
  const inputs = roiInputs(changed, target);
  const flow = cashFlow(inputs);
  return { ...flow, npv: npv(flow.net, inputs.discountRateAnnual) };
}
