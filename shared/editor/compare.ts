/**
 * The current-versus-target compare view: which steps a target adds, removes and changes,
 * and which flows, with one sentence per step change for the compare list and presenter
 * mode. Steps are matched by id (a target made from the current map keeps its step ids);
 * flows by the pair of steps they join, since a flow drawn again gets a new id but means
 * the same. A step's position is layout, not content, so moving a step is no change. Every
 * list comes in map order, and nothing here changes its inputs.
 */
import { StepSchema, type Flow, type ProcessMap, type Project, type Step } from '../model/schema';
import {
  fieldChangeWords,
  stepKindWithArticle,
  stepKindWord,
  stepSubject,
  stepSummary,
} from './step-words';

/** What changed from one map to another. Step and flow ids; every list in map order. */
export interface MapDiff {
  /** Ids of the steps only in `after`, in its order. */
  added: string[];
  /** Ids of the steps only in `before`, in its order. */
  removed: string[];
  /** Steps in both whose content differs (position aside), in `after`'s order. */
  changed: { id: string; fields: string[] }[];
  /** Ids of `after`'s flows joining a pair of steps no flow of `before` joins. */
  flowsAdded: string[];
  /** Ids of `before`'s flows joining a pair of steps no flow of `after` joins. */
  flowsRemoved: string[];
  /** Ids of `after`'s flows whose pair `before` joins too, with another probability or label. */
  flowsChanged: string[];
}

/** Fields that are layout or identity, not content. */
const IGNORED_FIELDS: ReadonlySet<string> = new Set(['id', 'position']);

/** Every step field in the order the file format declares them, so `fields` reads the same way each time. */
const FIELD_ORDER: readonly string[] = [
  ...new Set(StepSchema.options.flatMap((option) => Object.keys(option.shape))),
];
const FIELD_RANK = new Map(FIELD_ORDER.map((field, i) => [field, i]));

/** Whether two pieces of plain JSON data are equal, nested objects and arrays included. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!sameValue(left[key], right[key])) return false;
  return true;
}

/**
 * The top-level fields in which two versions of a step differ, position and id aside, in
 * the file format's order: `['kind', ...]` when the kind changed, `['automationRate',
 * 'reviewRoleId']`, `['handlingMinutes']` for any change inside a distribution. Empty when
 * they differ only in position.
 */
export function changedFields(before: Step, after: Step): string[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (field) => !IGNORED_FIELDS.has(field) && !sameValue(b[field], a[field]),
  );
  const rank = (field: string) => FIELD_RANK.get(field) ?? FIELD_ORDER.length;
  return fields.sort((x, y) => rank(x) - rank(y) || (x < y ? -1 : x > y ? 1 : 0));
}

/** The key of the pair of steps a flow joins, from and to: flows are matched across maps by it. */
export const pairKey = (flow: Flow): string => `${flow.from}>${flow.to}`;

/** Flows by the pair of steps they join; several flows on one pair queue in map order. */
function flowsByPair(flows: readonly Flow[]): Map<string, Flow[]> {
  const byPair = new Map<string, Flow[]>();
  for (const flow of flows) {
    const queue = byPair.get(pairKey(flow));
    if (queue) queue.push(flow);
    else byPair.set(pairKey(flow), [flow]);
  }
  return byPair;
}

/**
 * What changed from `before` to `after` (usually the current map and a target): steps
 * matched by id, flows by the pair of steps they join. Two flows on the same pair are
 * matched in map order.
 */
export function compareMaps(before: ProcessMap, after: ProcessMap): MapDiff {
  const beforeSteps = new Map(before.steps.map((s) => [s.id, s]));
  const afterIds = new Set(after.steps.map((s) => s.id));
  const added: string[] = [];
  const changed: MapDiff['changed'] = [];
  for (const step of after.steps) {
    const old = beforeSteps.get(step.id);
    if (old === undefined) {
      added.push(step.id);
      continue;
    }
    const fields = changedFields(old, step);
    if (fields.length > 0) changed.push({ id: step.id, fields });
  }
  const removed = before.steps.filter((s) => !afterIds.has(s.id)).map((s) => s.id);

  const unmatched = flowsByPair(before.flows);
  const flowsAdded: string[] = [];
  const flowsChanged: string[] = [];
  for (const flow of after.flows) {
    const old = unmatched.get(pairKey(flow))?.shift();
    if (old === undefined) flowsAdded.push(flow.id);
    else if (old.probability !== flow.probability || old.label !== flow.label)
      flowsChanged.push(flow.id);
  }
  const leftOver = new Set([...unmatched.values()].flat());
  const flowsRemoved = before.flows.filter((f) => leftOver.has(f)).map((f) => f.id);
  return { added, removed, changed, flowsAdded, flowsRemoved, flowsChanged };
}

/**
 * One sentence about a step between two maps, for the compare list and presenter mode:
 * - added (`before` undefined): `AI step "AI 2-way match" added: 78 % auto-accepted, the
 *   rest reviewed by AP clerk`;
 * - removed (`after` undefined): `Task "Match invoice to PO" removed`;
 * - changed: `Task "Approve invoice": handling time changed from triangular 2/3/6 min to
 *   fixed 2 min`, several fields joined by `; `; a new kind: `Task "Match" is now an AI
 *   step: 78 % auto-accepted, ...`; only moved: `Task "Approve invoice" moved`.
 * Roles and systems are named from `project`; percentages read ` %`, durations `min`, money
 * the project's currency.
 */
export function describeChange(
  before: Step | undefined,
  after: Step | undefined,
  project: Project,
): string {
  if (after === undefined) {
    return before === undefined ? 'No step' : `${stepSubject(before)} removed`;
  }
  if (before === undefined) return withSummary(`${stepSubject(after)} added`, after, project);
  if (before.kind !== after.kind) {
    const renamed = before.name === after.name ? '' : ` named "${after.name}"`;
    const now = `${stepSubject(before)} is now ${stepKindWithArticle(after.kind)}${renamed}`;
    return withSummary(now, after, project);
  }
  const fields = changedFields(before, after);
  if (fields.length === 0) {
    const moved = !sameValue(before.position, after.position);
    return `${stepSubject(after)} ${moved ? 'moved' : 'unchanged'}`;
  }
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const clauses = fields.map((field) => fieldChangeWords(field, b[field], a[field], project));
  return `${stepKindWord(after.kind)} "${after.name}": ${clauses.join('; ')}`;
}

/** One step's change in words, as the compare view and the report list them. */
export interface ChangeLine {
  readonly id: string;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly text: string;
}

/** `diff` of `before` and `after` in words: the added steps, then the removed, then the changed. */
export function changeLines(
  project: Project,
  before: ProcessMap,
  after: ProcessMap,
  diff: MapDiff,
): ChangeLine[] {
  const was = new Map(before.steps.map((s) => [s.id, s]));
  const is = new Map(after.steps.map((s) => [s.id, s]));
  return [
    ...diff.added.map((id) => ({
      id,
      kind: 'added' as const,
      text: describeChange(undefined, is.get(id), project),
    })),
    ...diff.removed.map((id) => ({
      id,
      kind: 'removed' as const,
      text: describeChange(was.get(id), undefined, project),
    })),
    ...diff.changed.map(({ id }) => ({
      id,
      kind: 'changed' as const,
      text: describeChange(was.get(id), is.get(id), project),
    })),
  ];
}

/** `sentence`, then `: ` and what the step does when its kind has a summary. */
function withSummary(sentence: string, step: Step, project: Project): string {
  const summary = stepSummary(step, project);
  return summary === undefined ? sentence : `${sentence}: ${summary}`;
}
