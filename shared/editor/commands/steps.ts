/**
 * Step commands on one map: add (beside the selection and connected to it, or anywhere), move,
 * change fields, delete (a step takes its flows and the uncertainty ranges on it along). A step
 * added after one that already leads on (not a decision or split) goes into that flow.
 */
import { StepSchema, type Project, type Step } from '../../model/schema';
import { done, refused, type CommandResult, type EditCommand, type StepPatch } from '../command';
import { defaultStepName, newStep } from '../defaults';
import { mapOf, mapPathPrefix, replaceMap, type MapRef } from '../map-ref';
import { shaped } from '../shape';
import { uniqueId } from '../unique-id';
import { connectionProblem, newFlow } from './flows';
import { pasteProblem, pasteSteps } from '../clipboard';

type Of<T extends EditCommand['type']> = Extract<EditCommand, { type: T }>;

const MAP_GONE = 'That map no longer exists.';
/** Steps whose outgoing flows are branches: appending after them adds a branch. */
const BRANCHING: ReadonlySet<string> = new Set(['decision', 'parallel-split']);
const COORDINATE = 1e6;
/** A coordinate in whole pixels inside the schema's bounds (never -0, which JSON loses). */
const clampCoordinate = (v: number): number =>
  Math.max(-COORDINATE, Math.min(COORDINATE, Math.round(v))) + 0;

export function addStep(project: Project, c: Of<'addStep'>): CommandResult {
  const map = mapOf(project, c.map);
  if (map === null) return refused(MAP_GONE);
  if (!Number.isFinite(c.at.x) || !Number.isFinite(c.at.y))
    return refused('A step needs a place on the canvas.');
  const id = uniqueId(c.kind === 'ai' ? 'ai-step' : c.kind, new Set(map.steps.map((s) => s.id)));
  const step = newStep(
    c.kind,
    id,
    { x: clampCoordinate(c.at.x), y: clampCoordinate(c.at.y) },
    project,
  );
  const from = c.connectFrom ?? null;
  const source = from === null ? undefined : map.steps.find((s) => s.id === from);
  let steps = [...map.steps, step];
  let flows = map.flows;
  const created: string[] = [];
  if (source !== undefined) {
    const withStep = { ...map, steps: steps };
    const exits = map.flows.filter((f) => f.from === source.id);
    const onlyExit = exits.length === 1 && !BRANCHING.has(source.kind) ? exits[0] : undefined;
    if (onlyExit !== undefined && step.kind !== 'end' && step.kind !== 'start') {
      // Appending after a step that already leads on inserts the new step into that flow:
      // A -> B becomes A -> new -> B, so the map stays connected.
      const onward = newFlow(withStep, id, onlyExit.to);
      flows = [...map.flows.map((f) => (f === onlyExit ? { ...f, to: id } : f)), onward];
      created.push(onlyExit.id, onward.id);
      withStep.steps = makeRoom(withStep.steps, step);
    } else if (connectionProblem(withStep, source.id, id) === null) {
      const flow = newFlow(withStep, source.id, id);
      flows = [...map.flows, flow];
      created.push(flow.id);
    }
    steps = withStep.steps;
  }
  const next = replaceMap(project, c.map, (m) => ({ ...m, steps, flows }));
  return done(next, `Add ${defaultStepName(c.kind).replace(/^New /, '').toLowerCase()}`, {
    stepIds: [id],
    flowIds: created,
  });
}

export function moveSteps(project: Project, c: Of<'moveSteps'>): CommandResult {
  const map = mapOf(project, c.map);
  if (map === null) return refused(MAP_GONE);
  const to = new Map(c.moves.map((m) => [m.id, m]));
  let moved = 0;
  const steps = map.steps.map((s) => {
    const m = to.get(s.id);
    if (m === undefined || !Number.isFinite(m.x) || !Number.isFinite(m.y)) return s;
    const x = clampCoordinate(m.x);
    const y = clampCoordinate(m.y);
    if (x === s.position.x && y === s.position.y) return s;
    moved++;
    return { ...s, position: { x, y } };
  });
  if (moved === 0) return done(project, 'Move');
  const next = replaceMap(project, c.map, (m) => ({ ...m, steps }));
  return done(next, c.label ?? (moved === 1 ? 'Move step' : `Move ${moved} steps`));
}

export function updateStep(project: Project, c: Of<'updateStep'>): CommandResult {
  const map = mapOf(project, c.map);
  if (map === null) return refused(MAP_GONE);
  const index = map.steps.findIndex((s) => s.id === c.stepId);
  const step = map.steps[index];
  if (step === undefined) return refused('That step no longer exists.');
  const patch = c.patch as Partial<Record<string, unknown>> & StepPatch;
  if ('id' in patch || 'kind' in patch) return refused('A step keeps its id and its kind.');
  const changed = shaped(StepSchema, { ...step, ...patch }, `"${step.name}"`, step);
  if (!changed.ok) return refused(changed.reason);
  const steps = map.steps.map((s, i) => (i === index ? changed.value : s));
  const next = replaceMap(project, c.map, (m) => ({ ...m, steps }));
  const fields = Object.keys(patch);
  return done(next, fields.length === 1 && fields[0] === 'name' ? 'Rename step' : 'Edit step');
}

export function deleteElements(project: Project, c: Of<'deleteElements'>): CommandResult {
  const map = mapOf(project, c.map);
  if (map === null) return refused(MAP_GONE);
  const steps = new Set(c.stepIds.filter((id) => map.steps.some((s) => s.id === id)));
  const flowsAsked = new Set(c.flowIds);
  const flows = map.flows.filter(
    (f) => !flowsAsked.has(f.id) && !steps.has(f.from) && !steps.has(f.to),
  );
  const removedFlows = map.flows.filter((f) => !flows.includes(f)).map((f) => f.id);
  if (steps.size === 0 && removedFlows.length === 0) return done(project, 'Delete');
  const prefix = mapPathPrefix(c.map);
  const gone = [
    ...[...steps].map((id) => `${prefix}.steps.${id}.`),
    ...removedFlows.map((id) => `${prefix}.flows.${id}.`),
  ];
  const next: Project = {
    ...replaceMap(project, c.map, (m) => ({
      ...m,
      steps: m.steps.filter((s) => !steps.has(s.id)),
      flows,
    })),
    ranges: project.ranges.filter((r) => !gone.some((p) => r.path.startsWith(p))),
  };
  const label =
    steps.size === 0
      ? removedFlows.length === 1
        ? 'Delete flow'
        : `Delete ${removedFlows.length} flows`
      : steps.size === 1
        ? 'Delete step'
        : `Delete ${steps.size} steps`;
  return done(next, label);
}

/** The steps of `ref` by id, for commands that read several. */
export function stepsById(project: Project, ref: MapRef): ReadonlyMap<string, Step> {
  return new Map((mapOf(project, ref)?.steps ?? []).map((s) => [s.id, s]));
}

/** Horizontal room a step takes on the grid, and how near another may stand, in map units. */
const ROOM_X = 240;
const CROWDED_X = 200;
const CROWDED_Y = 100;

/**
 * When `added` stands on another step, everything from its column rightwards moves one column
 * right, so a step inserted into a flow lands in a free place and the row stays readable.
 */
function makeRoom(steps: Step[], added: Step): Step[] {
  const { x, y } = added.position;
  const crowded = steps.some(
    (s) =>
      s !== added &&
      Math.abs(s.position.x - x) < CROWDED_X &&
      Math.abs(s.position.y - y) < CROWDED_Y,
  );
  if (!crowded) return steps;
  return steps.map((s) =>
    s === added || s.position.x < x - CROWDED_X / 2
      ? s
      : { ...s, position: { x: clampCoordinate(s.position.x + ROOM_X), y: s.position.y } },
  );
}

/** Paste copied steps (and the flows between them) at `at`; roles and systems they need come too. */
export function paste(project: Project, c: Of<'paste'>): CommandResult {
  const map = mapOf(project, c.map);
  if (map === null) return refused(MAP_GONE);
  if (c.content.steps.length === 0) return refused('The clipboard holds no steps to paste.');
  const problem = pasteProblem(project, map, c.content);
  if (problem !== null) return refused(problem);
  const result = pasteSteps(project, map, c.content, c.at);
  const n = result.stepIds.length;
  return done(result.project, n === 1 ? 'Paste step' : `Paste ${n} steps`, {
    stepIds: result.stepIds,
    flowIds: result.flowIds,
  });
}
