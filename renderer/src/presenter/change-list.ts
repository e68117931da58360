/**
 * The changes presenter mode steps through, one sentence each, in the order a room reads the
 * process (left to right, then top to bottom). Built on `compareMaps` (steps matched by id);
 * what it adds is the story: an added step that takes the place of a removed one (the same
 * neighbours, or the same spot on the map) is told as one change, "AI 2-way match replaces
 * manual 2-way match: 78 % auto-accepted, the rest reviewed by AP clerk", and every change
 * names the steps each map frames while it is on screen. Pure: no React, no store.
 */
import { compareMaps, describeChange, pairKey, type MapDiff } from '../../../shared/editor';
import { durationWords, roleWords, stepSummary } from '../../../shared/editor/step-words';
import { percent } from '../../../shared/model/labels';
import type { Flow, ProcessMap, Project, Step } from '../../../shared/model/schema';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'replaced';

export interface PresenterChange {
  readonly kind: ChangeKind;
  /** The step of the current map this change is about (removed, changed, replaced). */
  readonly beforeId: string | null;
  /** The step of the target this change is about (added, changed, replaced). */
  readonly afterId: string | null;
  /** One sentence for the room, ending without a full stop. */
  readonly sentence: string;
  /** Steps of the current map to frame (the step itself, or where an added step goes). */
  readonly frameBefore: readonly string[];
  /** Steps of the target to frame (the step itself, or where a removed step was). */
  readonly frameAfter: readonly string[];
}

/** Steps closer than this (map units) on both axes sit on the same spot of the map. */
const SAME_SPOT = 40;

/** Kinds that take no time: a case passes through them on its way between two steps. */
const PASS_THROUGH: ReadonlySet<Step['kind']> = new Set([
  'decision',
  'parallel-split',
  'parallel-join',
]);

/** Ids of the steps linked to `id` by a flow, either way. */
function neighbours(map: ProcessMap, id: string): Set<string> {
  const found = new Set<string>();
  for (const flow of map.flows) {
    if (flow.from === id) found.add(flow.to);
    if (flow.to === id) found.add(flow.from);
  }
  found.delete(id);
  return found;
}

/** How strongly `added` (of the target) looks like it takes the place of `removed` (of the current map). */
function likeness(before: ProcessMap, removed: Step, after: ProcessMap, added: Step): number {
  const old = neighbours(before, removed.id);
  let shared = 0;
  for (const id of neighbours(after, added.id)) if (old.has(id)) shared += 1;
  const sameSpot =
    Math.abs(removed.position.x - added.position.x) <= SAME_SPOT &&
    Math.abs(removed.position.y - added.position.y) <= SAME_SPOT;
  return shared + (sameSpot ? 1 : 0);
}

/**
 * Pairs of (removed, added) steps where the added one takes the removed one's place: the
 * highest likeness first, each step in at most one pair, a likeness of at least 1 required.
 */
export function replacements(
  before: ProcessMap,
  after: ProcessMap,
  removedIds: readonly string[],
  addedIds: readonly string[],
): { removedId: string; addedId: string }[] {
  const byIdBefore = new Map(before.steps.map((s) => [s.id, s]));
  const byIdAfter = new Map(after.steps.map((s) => [s.id, s]));
  const candidates: { removedId: string; addedId: string; score: number; order: number }[] = [];
  let order = 0;
  for (const removedId of removedIds) {
    const removed = byIdBefore.get(removedId);
    if (removed === undefined || PASS_THROUGH.has(removed.kind)) continue;
    for (const addedId of addedIds) {
      const added = byIdAfter.get(addedId);
      if (added === undefined || PASS_THROUGH.has(added.kind)) continue;
      const score = likeness(before, removed, after, added);
      if (score >= 1) candidates.push({ removedId, addedId, score, order: order++ });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.order - b.order);
  const usedRemoved = new Set<string>();
  const usedAdded = new Set<string>();
  const pairs: { removedId: string; addedId: string }[] = [];
  for (const c of candidates) {
    if (usedRemoved.has(c.removedId) || usedAdded.has(c.addedId)) continue;
    usedRemoved.add(c.removedId);
    usedAdded.add(c.addedId);
    pairs.push({ removedId: c.removedId, addedId: c.addedId });
  }
  return pairs;
}

/** "Manual 2-way match" inside a sentence: "manual 2-way match"; "SAP posting" stays. */
export function inSentence(name: string): string {
  const [first, second] = name;
  if (first === undefined || second === undefined) return name;
  return second === second.toLowerCase() && second !== second.toUpperCase()
    ? first.toLowerCase() + name.slice(1)
    : name;
}

/** "AI 2-way match replaces manual 2-way match: 78 % auto-accepted, the rest reviewed by AP clerk". */
export function replacementSentence(before: Step, after: Step, project: Project): string {
  const head = `${after.name} replaces ${inSentence(before.name)}`;
  const summary = stepSummary(after, project);
  return summary === undefined ? head : `${head}: ${summary}`;
}

/** "Save PDF from mailbox is no longer done: AP clerk spent triangular 1/2/3 min on each case". */
export function removalSentence(before: Step, project: Project): string {
  if (before.kind === 'task')
    return (
      `${before.name} is no longer done: ${roleWords(project, before.roleId)} spent ` +
      `${durationWords(before.handlingMinutes)} on it per case`
    );
  return describeChange(before, undefined, project);
}

/** Fields a room does not need read out: notes are for the analyst. */
const QUIET_FIELDS: ReadonlySet<string> = new Set(['notes']);
/** At most this many field changes are read out; the rest are counted. */
const MAX_CLAUSES = 2;

/** A changed step in one sentence, its quiet fields left out and long lists cut short. */
export function changeSentence(before: Step, after: Step, project: Project): string {
  if (before.kind !== after.kind) return describeChange(before, after, project);
  const quiet = Object.fromEntries(
    [...QUIET_FIELDS].map((field) => [field, (before as Record<string, unknown>)[field]]),
  );
  const loud = { ...after, ...quiet };
  const full = describeChange(before, loud, project);
  const colon = full.indexOf(': ');
  if (colon < 0) return full;
  const clauses = full.slice(colon + 2).split('; ');
  if (clauses.length <= MAX_CLAUSES) return full;
  const more = clauses.length - MAX_CLAUSES;
  return `${full.slice(0, colon + 2)}${clauses.slice(0, MAX_CLAUSES).join('; ')}; and ${more} more ${more === 1 ? 'change' : 'changes'}`;
}

/** Steps of `map` that a step of `other` (absent from `map`) sits between: its neighbours there. */
function whereItWas(other: ProcessMap, id: string, map: ProcessMap): string[] {
  const present = new Set(map.steps.map((s) => s.id));
  return [...neighbours(other, id)].filter((n) => present.has(n));
}

/** One flow out of a step, before and after (undefined where that map has no such flow). */
interface FlowPart {
  readonly to: string;
  readonly before: Flow | undefined;
  readonly after: Flow | undefined;
}

/**
 * The flows out of one step that are new, gone, route another share or carry another label,
 * in one sentence told from that step: "Matches PO? now sends 82 % of its cases to approve
 * invoice (was 78 %) and 18 % to resolve exception with buyer (was 22 %)".
 */
export function flowSentence(from: string, parts: readonly FlowPart[]): string {
  const clauses: string[] = [];
  let sharing = false;
  for (const { to, before, after } of parts) {
    const where = inSentence(to);
    if (after === undefined) {
      clauses.push(`no longer leads to ${where}`);
      sharing = false;
      continue;
    }
    if (after.probability !== null && after.probability !== before?.probability) {
      const was = before?.probability == null ? '' : ` (was ${percent(before.probability)})`;
      clauses.push(
        sharing
          ? `${percent(after.probability)} to ${where}${was}`
          : `now sends ${percent(after.probability)} of its cases to ${where}${was}`,
      );
      sharing = true;
    } else if (before === undefined) {
      clauses.push(`now leads to ${where}`);
      sharing = false;
    }
    if (before !== undefined && after.label !== before.label) {
      clauses.push(
        after.label === ''
          ? `no longer labels the way to ${where}`
          : `labels the way to ${where} “${after.label}”`,
      );
      sharing = false;
    }
  }
  const last = clauses.pop() ?? `leads on differently`;
  return `${from} ${clauses.length > 0 ? `${clauses.join(', ')} and ${last}` : last}`;
}

/** The flow changes between steps both maps have, one per step they leave (a step added or removed tells its own flows). */
function flowChanges(before: ProcessMap, after: ProcessMap, diff: MapDiff): PresenterChange[] {
  const inBefore = new Set(before.steps.map((s) => s.id));
  const name = new Map(after.steps.filter((s) => inBefore.has(s.id)).map((s) => [s.id, s.name]));
  const beforeByPair = new Map(before.flows.map((f) => [pairKey(f), f]));
  const afterById = new Map(after.flows.map((f) => [f.id, f]));
  const beforeById = new Map(before.flows.map((f) => [f.id, f]));
  const partsByStep = new Map<string, FlowPart[]>();
  const note = (flow: Flow, part: FlowPart): void => {
    if (!name.has(flow.from) || !name.has(flow.to)) return;
    partsByStep.set(flow.from, [...(partsByStep.get(flow.from) ?? []), part]);
  };
  for (const id of diff.flowsChanged) {
    const now = afterById.get(id) as Flow;
    note(now, { to: now.to, before: beforeByPair.get(pairKey(now)), after: now });
  }
  for (const id of diff.flowsAdded) {
    const now = afterById.get(id) as Flow;
    note(now, { to: now.to, before: undefined, after: now });
  }
  for (const id of diff.flowsRemoved) {
    const was = beforeById.get(id) as Flow;
    note(was, { to: was.to, before: was, after: undefined });
  }
  return [...partsByStep].map(([from, parts]) => ({
    kind: 'changed',
    beforeId: from,
    afterId: from,
    sentence: flowSentence(
      name.get(from) ?? from,
      parts.map((p) => ({ ...p, to: name.get(p.to) ?? p.to })),
    ),
    frameBefore: [from, ...parts.map((p) => p.to)],
    frameAfter: [from, ...parts.map((p) => p.to)],
  }));
}

/** Where a change sits, to order the list: its target step's spot, else its current step's. */
function spot(
  change: PresenterChange,
  before: ProcessMap,
  after: ProcessMap,
): { x: number; y: number } {
  const step =
    (change.afterId === null ? undefined : after.steps.find((s) => s.id === change.afterId)) ??
    before.steps.find((s) => s.id === change.beforeId);
  return step?.position ?? { x: 0, y: 0 };
}

/**
 * Every change from the current map to `target`, one sentence each, ordered left to right
 * (then top to bottom) as the process reads. Steps that differ only in position are no change.
 */
export function presenterChanges(project: Project, target: ProcessMap): PresenterChange[] {
  const before = project.maps.current;
  const diff = compareMaps(before, target);
  const beforeById = new Map(before.steps.map((s) => [s.id, s]));
  const afterById = new Map(target.steps.map((s) => [s.id, s]));
  const pairs = replacements(before, target, diff.removed, diff.added);
  const pairedRemoved = new Set(pairs.map((p) => p.removedId));
  const pairedAdded = new Set(pairs.map((p) => p.addedId));
  const changes: PresenterChange[] = [];
  for (const { removedId, addedId } of pairs) {
    const was = beforeById.get(removedId) as Step;
    const now = afterById.get(addedId) as Step;
    changes.push({
      kind: 'replaced',
      beforeId: removedId,
      afterId: addedId,
      sentence: replacementSentence(was, now, project),
      frameBefore: [removedId],
      frameAfter: [addedId],
    });
  }
  for (const id of diff.added) {
    if (pairedAdded.has(id)) continue;
    changes.push({
      kind: 'added',
      beforeId: null,
      afterId: id,
      sentence: describeChange(undefined, afterById.get(id), project),
      frameBefore: whereItWas(target, id, before),
      frameAfter: [id],
    });
  }
  for (const id of diff.removed) {
    if (pairedRemoved.has(id)) continue;
    changes.push({
      kind: 'removed',
      beforeId: id,
      afterId: null,
      sentence: removalSentence(beforeById.get(id) as Step, project),
      frameBefore: [id],
      frameAfter: whereItWas(before, id, target),
    });
  }
  for (const { id, fields } of diff.changed) {
    if (fields.every((field) => QUIET_FIELDS.has(field))) continue;
    changes.push({
      kind: 'changed',
      beforeId: id,
      afterId: id,
      sentence: changeSentence(beforeById.get(id) as Step, afterById.get(id) as Step, project),
      frameBefore: [id],
      frameAfter: [id],
    });
  }
  changes.push(...flowChanges(before, target, diff));
  const at = changes.map((c) => ({ c, p: spot(c, before, target) }));
  at.sort((a, b) => a.p.x - b.p.x || a.p.y - b.p.y);
  return at.map(({ c }) => c);
}

/** How each step of either map is marked on screen, by step id. */
export function changeMarks(changes: readonly PresenterChange[]): {
  before: Map<string, ChangeKind>;
  after: Map<string, ChangeKind>;
} {
  const before = new Map<string, ChangeKind>();
  const after = new Map<string, ChangeKind>();
  for (const c of changes) {
    if (c.beforeId !== null) before.set(c.beforeId, c.kind === 'replaced' ? 'removed' : c.kind);
    if (c.afterId !== null) after.set(c.afterId, c.kind === 'replaced' ? 'added' : c.kind);
  }
  return { before, after };
}
