/**
 * Which horizontal lane each step takes when a map is laid out with a lane per role.
 *
 * A task sits in the lane of its role and every AI step in one shared "AI" lane (no person does
 * that work; putting it in a lane of its own shows the work moving out of the human lanes when
 * current and target are compared). Steps without a performer follow their neighbours: a
 * decision, split, join or end takes the lane of the step that leads into it (the nearest to
 * the start, so a rework loop coming back does not pull it away); a start, and anything else
 * with no laned step before it, takes the lane of the step it leads to. Lanes are ordered top
 * to bottom by where the process first reaches them, measured in steps from the start.
 *
 * Pure and deterministic: the same map gives the same lanes. Flows to missing steps are ignored.
 */
import type { ProcessMap, Step } from '../model/schema';
import { assertNever } from '../util/assert-never';

/** The lane of every AI step. Role lanes are `role:<roleId>`, so they cannot clash with it. */
export const AI_LANE = 'ai';
/** The one lane of a map where no step has a performer (only starts, ends and gateways). */
export const NO_ROLE_LANE = 'none';

export interface Lanes {
  /** Lane keys from top to bottom. */
  order: readonly string[];
  /** The lane key of every step, by step id. */
  laneOf: ReadonlyMap<string, string>;
}

export function assignLanes(map: ProcessMap): Lanes {
  const steps = uniqueSteps(map);
  const rank = reachOrder(map, steps);
  const byRank = [...steps].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  const { before, after } = neighbours(map, steps, rank);

  const laneOf = new Map<string, string>();
  for (const step of steps) {
    const own = ownLane(step);
    if (own !== null) laneOf.set(step.id, own);
  }
  // Forward from performers first, then backward for what comes before them; repeat while a
  // pass still places a step (a start -> gateway -> end chain needs both directions).
  for (let placed = true; placed;) {
    placed = propagate(byRank, before, laneOf);
    placed = propagate(byRank, after, laneOf) || placed;
  }
  const fallback = laneOf.values().next().value ?? NO_ROLE_LANE;
  for (const step of steps) if (!laneOf.has(step.id)) laneOf.set(step.id, fallback);

  const order: string[] = [];
  for (const step of byRank) {
    const lane = laneOf.get(step.id) ?? fallback;
    if (!order.includes(lane)) order.push(lane);
  }
  return { order, laneOf };
}

function ownLane(step: Step): string | null {
  switch (step.kind) {
    case 'task':
      return `role:${step.roleId}`;
    case 'ai':
      return AI_LANE;
    case 'start':
    case 'end':
    case 'decision':
    case 'parallel-split':
    case 'parallel-join':
      return null;
    default:
      return assertNever(step);
  }
}

/** Gives each unplaced step the lane of its first placed neighbour, until nothing changes. */
function propagate(
  byRank: readonly Step[],
  neighboursOf: ReadonlyMap<string, readonly string[]>,
  laneOf: Map<string, string>,
): boolean {
  let placedAny = false;
  for (let placed = true; placed;) {
    placed = false;
    for (const step of byRank) {
      if (laneOf.has(step.id)) continue;
      const from = neighboursOf.get(step.id)?.find((id) => laneOf.has(id));
      const lane = from === undefined ? undefined : laneOf.get(from);
      if (lane === undefined) continue;
      laneOf.set(step.id, lane);
      placed = true;
      placedAny = true;
    }
  }
  return placedAny;
}

/** The first step with each id (a broken map may repeat one; the first wins, as elsewhere). */
export function uniqueSteps(map: ProcessMap): Step[] {
  const byId = new Map<string, Step>();
  for (const step of map.steps) if (!byId.has(step.id)) byId.set(step.id, step);
  return [...byId.values()];
}

/**
 * A rank per step: breadth-first distance from the starts, ties and unreachable steps broken
 * by their order in the map. Lower ranks come first.
 */
function reachOrder(map: ProcessMap, steps: readonly Step[]): Map<string, number> {
  const next = new Map<string, string[]>(steps.map((s) => [s.id, []]));
  for (const flow of map.flows) {
    if (next.has(flow.to)) next.get(flow.from)?.push(flow.to);
  }
  const depth = new Map<string, number>();
  const queue = steps.filter((s) => s.kind === 'start').map((s) => s.id);
  for (const id of queue) depth.set(id, 0);
  for (let i = 0; i < queue.length; i += 1) {
    const id = queue[i] as string;
    const d = (depth.get(id) ?? 0) + 1;
    for (const to of next.get(id) ?? []) {
      if (depth.has(to)) continue;
      depth.set(to, d);
      queue.push(to);
    }
  }
  const index = new Map(steps.map((s, i) => [s.id, i]));
  const sorted = [...steps].sort(
    (a, b) =>
      (depth.get(a.id) ?? Infinity) - (depth.get(b.id) ?? Infinity) ||
      (index.get(a.id) ?? 0) - (index.get(b.id) ?? 0),
  );
  return new Map(sorted.map((s, i) => [s.id, i]));
}

/** Steps before and after each step, each list nearest-the-start first. */
function neighbours(
  map: ProcessMap,
  steps: readonly Step[],
  rank: ReadonlyMap<string, number>,
): { before: Map<string, string[]>; after: Map<string, string[]> } {
  const before = new Map<string, string[]>(steps.map((s) => [s.id, []]));
  const after = new Map<string, string[]>(steps.map((s) => [s.id, []]));
  for (const flow of map.flows) {
    if (flow.from === flow.to || !before.has(flow.to) || !after.has(flow.from)) continue;
    before.get(flow.to)?.push(flow.from);
    after.get(flow.from)?.push(flow.to);
  }
  const byRank = (a: string, b: string) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
  for (const list of [...before.values(), ...after.values()]) list.sort(byRank);
  return { before, after };
}
