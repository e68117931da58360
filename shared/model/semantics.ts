/**
 * Rules a project must follow beyond its shape: unique ids, references that point at
 * something, and process maps that work as processes (one start, every step reachable and
 * able to finish, decisions whose probabilities add up to 100 %, parallel joins fed by one
 * split: `joins.ts`), and uncertainty ranges that stay within their inputs' bounds
 * (`range-check.ts`). Runs on schema-valid data and reports every problem it finds, in the
 * order of the file.
 */
import { distributionProblems, type Distribution } from './distribution';
import { makeIssue, pathToString, type JsonPath, type ProjectIssue } from './issues';
import { percent } from './labels';
import { joinProblems } from './joins';
import { rangeIssues } from './range-check';
import { byShape } from './map-shape';
import type { Flow, ProcessMap, Project, Step } from './schema';
import { assertNever } from '../util/assert-never';
import { compileFormula, FORMULA_INPUT_NAMES } from '../formula';

/** Probabilities may differ from 100 % by this much (rounding in hand-written files). */
export const PROBABILITY_TOLERANCE = 1e-6;

/**
 * The smallest headcount above nobody, in FTE: a hundredth of a full-time person. A role's pace is its
 * people per FTE, so a headcount of 1e-300 FTE would make one hour of work last 1e300 hours
 * and every figure about it (utilisation, cycle time, capacity) a number with 300 digits, or
 * infinite. No one staffs a role at less than this; 0 says the role has nobody.
 */
export const MIN_HEADCOUNT = 0.01;

interface Context {
  readonly project: Project;
  readonly issues: ProjectIssue[];
  readonly roleIds: ReadonlySet<string>;
  readonly systemIds: ReadonlySet<string>;
}

function report(ctx: Context, path: JsonPath, message: (subject: string) => string): void {
  ctx.issues.push(makeIssue(ctx.project, path, message));
}

/** A problem found before it is placed: its path and its message. */
interface Found {
  /** Where, from the root the problem was found under (a map, or the project). */
  readonly path: JsonPath;
  /** The message; `placeOf` spells out another path under the same root. */
  readonly describe: (subject: string, placeOf: (path: JsonPath) => string) => string;
}

function checkUniqueIds(
  found: Found[],
  items: readonly { id: string; name?: string }[],
  path: JsonPath,
): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else {
      const firstName = items[first]?.name;
      found.push({
        path: [...path, i],
        describe: (_, placeOf) => {
          const owner = `${placeOf([...path, first])}${firstName ? ` (${firstName})` : ''}`;
          return `uses the id "${item.id}", which ${owner} already uses; ids must be unique`;
        },
      });
    }
  });
}

/** Report problems found under the root at `root`. */
function reportFound(ctx: Context, root: JsonPath, found: readonly Found[]): void {
  const placeOf = (path: JsonPath): string => pathToString([...root, ...path]);
  for (const { path, describe } of found)
    report(ctx, [...root, ...path], (subject) => describe(subject, placeOf));
}

function checkDistribution(ctx: Context, path: JsonPath, d: Distribution | null): void {
  if (d === null) return;
  for (const problem of distributionProblems(d)) report(ctx, path, (s) => `${s} ${problem}`.trim());
}

/** A role's headcount is 0 (nobody) or at least `MIN_HEADCOUNT`. */
function checkHeadcounts(ctx: Context): void {
  ctx.project.roles.forEach((role, i) => {
    if (role.headcount > 0 && role.headcount < MIN_HEADCOUNT)
      report(
        ctx,
        ['roles', i, 'headcount'],
        (s) =>
          `${s} is ${role.headcount}, less than a hundredth of a full-time person; write 0 for a role with nobody in it, or at least ${MIN_HEADCOUNT}`,
      );
  });
}

function checkRole(ctx: Context, path: JsonPath, id: string | null, what: string): void {
  if (id !== null && !ctx.roleIds.has(id))
    report(ctx, path, () => `${what} "${id}" is not one of the project's roles`);
}

function checkStepFields(ctx: Context, step: Step, stepsPath: JsonPath, index: number): void {
  const at = (field: string): JsonPath => [...stepsPath, index, field];
  switch (step.kind) {
    case 'start':
    case 'end':
    case 'decision':
    case 'parallel-split':
    case 'parallel-join':
      return;
    case 'task':
      checkRole(ctx, at('roleId'), step.roleId, 'the role');
      checkDistribution(ctx, at('handlingMinutes'), step.handlingMinutes);
      checkDistribution(ctx, at('waitMinutes'), step.waitMinutes);
      checkSystems(ctx, at('systemIds'), step.systemIds);
      return;
    case 'ai':
      checkRole(ctx, at('ownerRoleId'), step.ownerRoleId, 'the owner role');
      checkRole(ctx, at('reviewRoleId'), step.reviewRoleId, 'the review role');
      checkRole(ctx, at('fallbackRoleId'), step.fallbackRoleId, 'the fallback role');
      checkDistribution(ctx, at('latencyMinutes'), step.latencyMinutes);
      checkDistribution(ctx, at('reviewMinutes'), step.reviewMinutes);
      checkDistribution(ctx, at('fallbackMinutes'), step.fallbackMinutes);
      checkSystems(ctx, at('systemIds'), step.systemIds);
      return;
    default:
      assertNever(step);
  }
}

function checkSystems(ctx: Context, path: JsonPath, ids: readonly string[]): void {
  for (const id of ids)
    if (!ctx.systemIds.has(id))
      report(ctx, path, (s) => `${s}: "${id}" is not one of the project's systems`);
}

/** Steps reachable from `from` following `next`. */
function reach(from: readonly string[], next: ReadonlyMap<string, string[]>): Set<string> {
  const seen = new Set<string>(from);
  const stack = [...from];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    for (const to of next.get(id) ?? [])
      if (!seen.has(to)) {
        seen.add(to);
        stack.push(to);
      }
  }
  return seen;
}

/**
 * The problems of a map that its shape alone decides (`map-shape.ts`), in file order: `ids`
 * (duplicate step and flow ids) come before the step fields' problems, `flows` after them.
 * Remembered by shape: editing a step's times or roles does not walk the graph again.
 */
const shapeProblems = byShape((map: ProcessMap) => {
  const ids: Found[] = [];
  const flows: Found[] = [];
  checkUniqueIds(ids, map.steps, ['steps']);
  checkUniqueIds(ids, map.flows, ['flows']);
  checkFlows(flows, map);
  return { ids, flows };
});

function checkMap(ctx: Context, map: ProcessMap, mapPath: JsonPath): void {
  const found = shapeProblems(map);
  reportFound(ctx, mapPath, found.ids);
  const stepsPath = [...mapPath, 'steps'];
  map.steps.forEach((step, i) => checkStepFields(ctx, step, stepsPath, i));
  reportFound(ctx, mapPath, found.flows);
}

function checkFlows(found: Found[], map: ProcessMap): void {
  const say = (path: JsonPath, message: string): void => {
    found.push({ path, describe: () => message });
  };
  const index = new Map<string, number>();
  map.steps.forEach((step, i) => {
    if (!index.has(step.id)) index.set(step.id, i);
  });

  const outgoing = new Map<string, Flow[]>();
  const incoming = new Map<string, Flow[]>();
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  const add = <T>(table: Map<string, T[]>, key: string, value: T): void => {
    const list = table.get(key);
    if (list === undefined) table.set(key, [value]);
    else list.push(value);
  };
  const pairs = new Set<string>();
  let dangling = false;
  map.flows.forEach((flow, i) => {
    const fromOk = index.has(flow.from);
    const toOk = index.has(flow.to);
    if (!fromOk)
      say(
        ['flows', i, 'from'],
        `this flow starts at "${flow.from}", which is not a step in this map`,
      );
    if (!toOk)
      say(['flows', i, 'to'], `this flow ends at "${flow.to}", which is not a step in this map`);
    if (!fromOk || !toOk) {
      dangling = true;
      return;
    }
    if (flow.from === flow.to) {
      say(['flows', i], `this flow leads from "${flow.from}" back to itself`);
      return;
    }
    const pair = `${flow.from}\u0000${flow.to}`;
    if (pairs.has(pair))
      say(['flows', i], `a second flow from "${flow.from}" to "${flow.to}"; keep one`);
    pairs.add(pair);
    add(outgoing, flow.from, flow);
    add(incoming, flow.to, flow);
    add(forward, flow.from, flow.to);
    add(backward, flow.to, flow.from);
  });

  const starts = map.steps.filter((s) => s.kind === 'start');
  const ends = map.steps.filter((s) => s.kind === 'end');
  if (starts.length !== 1)
    say(
      ['steps'],
      starts.length === 0
        ? 'this map has no start step; add one where cases enter the process'
        : `this map has ${starts.length} start steps; a map has exactly one`,
    );
  if (ends.length === 0)
    say(['steps'], 'this map has no end step; add one where cases leave the process');

  map.steps.forEach((step, i) => {
    const out = outgoing.get(step.id) ?? [];
    const into = incoming.get(step.id) ?? [];
    const path = ['steps', i];
    const stepSays = (message: string): void => say(path, message);
    switch (step.kind) {
      case 'start':
        if (into.length > 0) stepSays('a start step cannot have flows coming into it');
        if (out.length !== 1)
          stepSays(`a start step needs exactly one outgoing flow (it has ${out.length})`);
        break;
      case 'end':
        if (out.length > 0) stepSays('an end step cannot have flows leaving it');
        break;
      case 'task':
      case 'ai':
        if (out.length !== 1)
          stepSays(
            `a ${step.kind === 'ai' ? 'AI step' : 'task'} needs exactly one outgoing flow (it has ${out.length}); use a decision to branch`,
          );
        break;
      case 'decision': {
        if (out.length < 2)
          stepSays(`a decision needs at least two outgoing flows (it has ${out.length})`);
        const missing = out.filter((f) => f.probability === null);
        if (missing.length > 0)
          stepSays(
            `every flow leaving a decision needs a probability (${missing.length} without one)`,
          );
        else if (out.length > 0) {
          const total = out.reduce((sum, f) => sum + (f.probability ?? 0), 0);
          if (Math.abs(total - 1) > PROBABILITY_TOLERANCE)
            stepSays(
              `the probabilities of the flows leaving this decision add up to ${percent(total)}, not 100 %`,
            );
        }
        break;
      }
      case 'parallel-split':
        if (out.length < 2)
          stepSays(`a parallel split needs at least two outgoing flows (it has ${out.length})`);
        break;
      case 'parallel-join':
        if (into.length < 2)
          stepSays(`a parallel join needs at least two incoming flows (it has ${into.length})`);
        if (out.length !== 1)
          stepSays(`a parallel join needs exactly one outgoing flow (it has ${out.length})`);
        break;
      default:
        assertNever(step);
    }
    if (step.kind !== 'decision')
      for (const flow of out)
        if (flow.probability !== null)
          say(
            ['flows', map.flows.indexOf(flow), 'probability'],
            'only flows leaving a decision carry a probability; set it to null',
          );
  });

  // Reachability is only worth reporting once every flow connects real steps: one misspelt
  // flow end would otherwise bury its own message under a cascade of consequences.
  if (starts.length !== 1 || ends.length === 0 || dangling) return;
  const reachable = reach([(starts[0] as Step).id], forward);
  const finishing = reach(
    ends.map((e) => e.id),
    backward,
  );
  map.steps.forEach((step, i) => {
    if (!reachable.has(step.id))
      say(['steps', i], 'cannot be reached from the start; connect a flow into it or delete it');
    else if (!finishing.has(step.id))
      say(
        ['steps', i],
        'cases that reach this step can never finish: no path leads from it to an end (a loop with no way out?)',
      );
  });
  for (const { stepIndex, message } of joinProblems(map)) say(['steps', stepIndex], message);
}

/** Formulas must compile against the model outputs the ROI engine offers. */
function checkFormulas(ctx: Context): void {
  ctx.project.formulas.forEach((formula, i) => {
    const compiled = compileFormula(formula.expression, FORMULA_INPUT_NAMES);
    if (!compiled.ok)
      report(
        ctx,
        ['formulas', i, 'expression'],
        () => `the expression cannot be used: ${compiled.message}`,
      );
  });
}

/** All semantic problems in a schema-valid project; empty when it is sound. */
export function validateSemantics(project: Project): ProjectIssue[] {
  const ctx: Context = {
    project,
    issues: [],
    roleIds: new Set(project.roles.map((r) => r.id)),
    systemIds: new Set(project.systems.map((s) => s.id)),
  };
  const ids: Found[] = [];
  checkUniqueIds(ids, project.roles, ['roles']);
  checkUniqueIds(ids, project.systems, ['systems']);
  checkUniqueIds(ids, project.formulas, ['formulas']);
  reportFound(ctx, [], ids);
  checkHeadcounts(ctx);
  const maps = [project.maps.current, ...project.maps.targets];
  const seenMapIds = new Set<string>();
  maps.forEach((map, i) => {
    const mapPath: JsonPath = i === 0 ? ['maps', 'current'] : ['maps', 'targets', i - 1];
    if (seenMapIds.has(map.id))
      report(ctx, mapPath, () => `uses the map id "${map.id}" twice; map ids must be unique`);
    seenMapIds.add(map.id);
    checkMap(ctx, map, mapPath);
  });
  ctx.issues.push(...rangeIssues(project));
  checkFormulas(ctx);
  return ctx.issues;
}
