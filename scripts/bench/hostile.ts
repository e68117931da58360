/**
 * The largest hostile project file Flowcase still reads: just under `LIMITS.maxFileBytes`, so
 * it passes the size check and every stage runs (preflight, schema, semantics), with as much
 * work per byte as the limits allow: as many distinct formulas as a list may hold, which the
 * semantic check compiles one by one (compiling costs milliseconds a formula, mostly whatever
 * its length, so the count matters more than the length), sharing the bytes left, and one
 * fault at the very end (a formula over a model output that does not exist), so the file is
 * refused only after all of that work. The bench times `parseProject` and `flowcase validate`
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

/**
 * The text of the file, built on the version 1 fixture of `repoRoot`: its own formulas are
 * kept, then the list is filled to its limit with formulas that share the bytes left.
 */
export function largestHostileFile(repoRoot: string): string {
  const fixture = join(repoRoot, 'test', 'fixtures', 'versions', 'v1.flowcase');
  const project = JSON.parse(readFileSync(fixture, 'utf8')) as { formulas: unknown[] };
  const budget = LIMITS.maxFileBytes - MARGIN_BYTES - Buffer.byteLength(JSON.stringify(project));
  const count = LIMITS.maxListLength - project.formulas.length - 1;
  const overhead = Buffer.byteLength(JSON.stringify(formula(count, 0))) + 1;
  const expressionLength = Math.min(LIMITS.maxFormulaLength, Math.floor(budget / count) - overhead);
  const formulas: unknown[] = [];
  for (let i = 0; i < count; i++) formulas.push(formula(i, expressionLength));
  formulas.push({
    id: 'hostile-fault',
    name: 'The one fault',
    expression: 'noSuchModelOutput * 2',
    kind: 'kpi',
    unit: '',
  });
  project.formulas = [...project.formulas, ...formulas];
  return JSON.stringify(project);
}
