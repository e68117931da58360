/**
 * The largest hostile project file Flowcase still reads: just under `LIMITS.maxFileBytes`, so
 * it passes the size check and every stage runs (preflight, schema, semantics), with as much
 * work per byte as the limits allow: as many distinct formulas as a project may hold, each as
 * long as allowed (the semantic check compiles them one by one), then target maps of the most
 * steps a map may hold until the bytes run out, and one fault at the very end (a formula over
 * a model output that does not exist), so the file is refused only after all of that work. The bench times `parseProject` and `flowcase validate`
 * on it (issue 8: "parse of the largest allowed hostile file" <= 2 s, CLI <= 5 s).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from '../../shared/model/limits';

/** Room left under the size limit, in bytes, so formatting changes cannot push it over. */
const MARGIN_BYTES = 4096;
/** Model outputs the expressions read (all in shared/formula/inputs.ts). */
const INPUTS = ['casesPerMonth', 'cycleTimeHours', 'cycleTimeHoursCurrent', 'fteUsed'];

/** A distinct formula of at most `maxLength` characters: max(...) of as many terms as fit. */
function expression(index: number, maxLength: number): string {
  const terms: string[] = [];
  let length = 'max()'.length;
  for (let t = 0; ; t++) {
    const term = `${INPUTS[t % INPUTS.length]} * ${index + 1}.${t} / ${t + 2}`;
    if (terms.length > 0 && length + term.length + 2 > maxLength) break;
    terms.push(term);
    length += term.length + 2;
  }
  return `max(${terms.join(', ')})`;
}

const formula = (i: number, expressionLength: number) => ({
  id: `hostile-${i}`,
  name: `Hostile formula ${i}`,
  expression: expression(i, expressionLength),
  kind: 'kpi',
  unit: '',
});

/** A target map: Start -> `tasks` tasks in a row -> End, every task the same small one. */
function chainMap(index: number, tasks: number): unknown {
  const steps: unknown[] = [
    { id: 'start', name: 'Start', kind: 'start', position: { x: 0, y: 0 } },
  ];
  const flows: unknown[] = [];
  for (let t = 0; t < tasks; t++) {
    steps.push({
      id: `t${t}`,
      name: `Task ${t}`,
      kind: 'task',
      position: { x: 220 * (t + 1), y: 0 },
      roleId: 'ap-clerk',
      handlingMinutes: { type: 'fixed', value: 1 },
    });
    flows.push({ id: `f${t}`, from: t === 0 ? 'start' : `t${t - 1}`, to: `t${t}` });
  }
  steps.push({ id: 'end', name: 'End', kind: 'end', position: { x: 220 * (tasks + 1), y: 0 } });
  flows.push({ id: 'fend', from: `t${tasks - 1}`, to: 'end' });
  return {
    id: `chain-${index}`,
    name: `Chain ${index}`,
    demand: { casesPerPeriod: 1, period: 'day', arrivals: 'poisson' },
    steps,
    flows,
  };
}

/**
 * The text of the file, built on the version 1 fixture of `repoRoot`: its own formulas are
 * kept, the list is filled to its limit with formulas as long as allowed, and the bytes left
 * go to target maps of the most steps a map may hold (the graph rules run on each), the
 * plan copied from the fixture's scenario.
 */
export function largestHostileFile(repoRoot: string): string {
  const fixture = join(repoRoot, 'test', 'fixtures', 'versions', 'v1.flowcase');
  const project = JSON.parse(readFileSync(fixture, 'utf8')) as {
    formulas: unknown[];
    maps: { targets: { plan: unknown }[] };
  };
  const count = LIMITS.maxFormulas - project.formulas.length - 1;
  const formulas: unknown[] = [];
  for (let i = 0; i < count; i++) formulas.push(formula(i, LIMITS.maxFormulaLength));
  formulas.push({
    id: 'hostile-fault',
    name: 'The one fault',
    expression: 'noSuchModelOutput * 2',
    kind: 'kpi',
    unit: '',
  });
  project.formulas = [...project.formulas, ...formulas];
  const plan = project.maps.targets[0]?.plan;
  const size = (): number => Buffer.byteLength(JSON.stringify(project));
  const steps = LIMITS.maxStepsPerMap - 2;
  const mapBytes = Buffer.byteLength(JSON.stringify(chainMap(0, steps))) + 200;
  for (let m = 0; project.maps.targets.length < LIMITS.maxTargetMaps; m++) {
    if (size() + mapBytes > LIMITS.maxFileBytes - MARGIN_BYTES) break;
    project.maps.targets.push({ ...(chainMap(m, steps) as object), plan });
  }
  return JSON.stringify(project);
}
