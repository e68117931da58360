/**
 * Parallel joins that can fire. The engines' contract (shared/engine/des/replication.ts): a
 * parallel split sends one arrival of the case down every outgoing flow, and a join waits, per
 * case, for as many arrivals as it has incoming flows before the case moves on. A join is
 * therefore sound only when each time its split fires, exactly one arrival comes in on each of
 * its incoming flows, and no other arrival ever does. Otherwise cases wait at the join forever
 * (the simulation deadlocks) while the flow model still prints a cycle time.
 *
 * The rule checked here guarantees that by asking for block structure. For a join J, let S be
 * its immediate dominator (the last step every case passes before reaching J). S must be a
 * parallel split; each of S's outgoing flows starts a branch: the steps reachable from the
 * flow's target without passing S or J. Then
 * - no two branches share a step (they would merge before the join),
 * - each branch reaches J by exactly one flow, and every flow into J comes from a branch,
 * - no branch holds an end step (a case could leave before the join) or leads back to S,
 * - no branch is entered from outside the block (from after J, for example),
 * - a parallel split inside a branch is closed by its own join inside that branch, so its
 *   arrivals reach J as one.
 * Decisions that merge back inside a branch, rework loops inside a branch or around the whole
 * block, and nested blocks all pass. Some unusual maps that would run are refused too (two
 * joins closing the branches of one split); each message says how to restructure.
 */
import { immediateDominators } from './dominators';
import type { ProcessMap, Step } from './schema';

export interface JoinProblem {
  /** Index of the join in `map.steps`. */
  readonly stepIndex: number;
  /** A sentence about the join (its subject is the join itself). */
  readonly message: string;
}

interface Graph {
  readonly steps: readonly Step[];
  /** Per step, the steps its flows lead to, one entry per flow (self-loops left out). */
  readonly next: readonly (readonly number[])[];
  /** Per step, the steps its incoming flows come from, one entry per flow. */
  readonly prev: readonly (readonly number[])[];
  readonly idom: Int32Array;
  /** Per step, the parallel joins it is the immediate dominator of. */
  readonly joinsOf: readonly (readonly number[])[];
}

function buildGraph(map: ProcessMap): Graph {
  const index = new Map<string, number>();
  map.steps.forEach((step, i) => {
    if (!index.has(step.id)) index.set(step.id, i);
  });
  const next: number[][] = map.steps.map(() => []);
  const prev: number[][] = map.steps.map(() => []);
  for (const flow of map.flows) {
    const from = index.get(flow.from);
    const to = index.get(flow.to);
    if (from === undefined || to === undefined || from === to) continue;
    (next[from] as number[]).push(to);
    (prev[to] as number[]).push(from);
  }
  const start = map.steps.findIndex((step) => step.kind === 'start');
  const idom = immediateDominators(next, start);
  const joinsOf: number[][] = map.steps.map(() => []);
  map.steps.forEach((step, j) => {
    const d = idom[j] as number;
    if (step.kind === 'parallel-join' && d !== -1) (joinsOf[d] as number[]).push(j);
  });
  return { steps: map.steps, next, prev, idom, joinsOf };
}

/**
 * Steps reachable from `first` along `edges` without passing `split` or `join`, nearest
 * first; each is marked with 1 in `seen`. Typed arrays rather than sets: a nested block is
 * walked again for every join around it, so the walks add up to joins x steps on a deeply
 * nested map (measured: a 1 500-step map of 499 nested blocks, about 60 ms).
 */
function walk(
  edges: readonly (readonly number[])[],
  first: readonly number[],
  split: number,
  join: number,
  seen: Uint8Array,
): number[] {
  const order: number[] = [];
  for (const v of first)
    if (seen[v] === 0) {
      seen[v] = 1;
      order.push(v);
    }
  for (let i = 0; i < order.length; i++)
    for (const to of edges[order[i] as number] ?? [])
      if (to !== split && to !== join && seen[to] === 0) {
        seen[to] = 1;
        order.push(to);
      }
  return order;
}

const quoted = (step: Step | undefined): string => `"${step?.name ?? ''}"`;

/** `"a"`, `"a" and "b"`, `"a", "b" and "c"`. */
function quotedList(steps: readonly (Step | undefined)[]): string {
  const names = steps.map(quoted);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** Problems of one join whose immediate dominator is the parallel split `split`. */
function blockProblems(graph: Graph, join: number, split: number): string[] {
  const { steps, next, prev, idom } = graph;
  const problems: string[] = [];
  const say = (detail: string): void => {
    problems.push(
      `this parallel join waits for one case from each branch of the parallel split ${quoted(steps[split])}, but ${detail}`,
    );
  };
  const n = steps.length;
  const firsts = next[split] ?? [];
  const branches = firsts.map((first) => {
    const member = new Uint8Array(n);
    return { member, steps: first === join ? [] : walk(next, [first], split, join, member) };
  });
  // Steps that lead on to the join without passing the split. An entry or an open split
  // elsewhere on a branch (on a path that leaves the process) cannot reach the join; the end
  // rule below already names such a path.
  const leadsToJoin = new Uint8Array(n);
  walk(
    prev,
    (prev[join] ?? []).filter((v) => v !== split),
    split,
    join,
    leadsToJoin,
  );
  const owner = new Int32Array(steps.length).fill(-1);
  branches.forEach(({ steps: members }, b) => {
    const met = members.find((v) => owner[v] !== -1 && owner[v] !== b);
    if (met !== undefined) {
      const other = steps[firsts[owner[met] as number] as number];
      const meeting = quoted(steps[met]);
      say(
        `the branches that start at ${quoted(other)} and ${quoted(steps[firsts[b] as number])} meet at ${meeting} before reaching it, so ${meeting} would run once for each of them and the join would not get one case per branch; connect each branch to this join on its own path, or close those branches with a parallel split and join of their own`,
      );
    }
    for (const v of members) if (owner[v] === -1) owner[v] = b;
  });

  const reachable = (v: number): boolean => (idom[v] as number) !== -1;
  const outside = (v: number): boolean => v !== split && owner[v] === -1 && reachable(v);
  branches.forEach(({ steps: members, member }, b) => {
    if (members.length === 0) return; // a flow straight from the split into the join
    const first = firsts[b] as number;
    const branch = `the branch that starts at ${quoted(steps[first])}`;

    for (const v of members) {
      if (leadsToJoin[v] === 0) continue;
      const from = (prev[v] ?? []).find(outside);
      if (from === undefined) continue;
      const entered = v === first ? branch : `${quoted(steps[v])} on ${branch}`;
      say(
        `${entered} is also entered from ${quoted(steps[from])}, outside the split's branches, so cases coming that way reach this join alone and wait forever; connect ${quoted(steps[from])} to a step before the split or after this join instead`,
      );
      break;
    }

    const end = members.find((v) => steps[v]?.kind === 'end');
    if (end !== undefined)
      say(
        `${branch} can reach the end ${quoted(steps[end])} without passing it, so cases that leave there would make it wait forever; lead that path into this join instead`,
      );
    const back = members.find((v) => (next[v] ?? []).includes(split));
    if (back !== undefined)
      say(
        `${branch} leads from ${quoted(steps[back])} back to the split before reaching it, so the split would send out new branches while the old ones still wait; close the loop after this join instead`,
      );

    const into = (prev[join] ?? []).filter((v) => member[v] === 1);
    if (into.length > 1)
      say(
        `${branch} reaches it by ${into.length} flows (from ${quotedList([...new Set(into)].map((v) => steps[v]))}) and each case takes only one of them, so cases would wait here forever; merge those paths in one step before the join`,
      );
    else if (into.length === 0 && end === undefined && back === undefined)
      say(
        `${branch} never reaches it, so cases would wait here forever; connect that branch to this join`,
      );

    const openSplit = members.find(
      (v) =>
        steps[v]?.kind === 'parallel-split' &&
        leadsToJoin[v] === 1 &&
        !(graph.joinsOf[v] ?? []).some((w) => member[w] === 1),
    );
    if (openSplit !== undefined)
      say(
        `the parallel split ${quoted(steps[openSplit])} on ${branch} has no parallel join of its own on that branch, so its branches would arrive here as extra cases; close them with a parallel join before this one`,
      );
  });

  for (const from of new Set((prev[join] ?? []).filter(outside)))
    say(
      `it also has a flow coming in from ${quoted(steps[from])}, which is not on any of those branches, so cases coming that way would wait here forever; connect ${quoted(steps[from])} to a step before the split or after this join instead`,
    );
  return problems;
}

/**
 * Every parallel join of `map` that cases could wait at forever, with a sentence each, in the
 * order of the steps. Call only on a structurally sound map (one start, every flow between
 * existing steps); joins the start cannot reach, or with fewer than two incoming flows, are
 * left to the rules that already name them.
 */
export function joinProblems(map: ProcessMap): JoinProblem[] {
  const graph = buildGraph(map);
  const { steps, prev, idom } = graph;
  const problems: JoinProblem[] = [];
  steps.forEach((step, j) => {
    if (step.kind !== 'parallel-join' || idom[j] === -1 || (prev[j]?.length ?? 0) < 2) return;
    const dominator = idom[j] as number;
    const before = steps[dominator];
    const add = (message: string): void => {
      problems.push({ stepIndex: j, message });
    };
    if (before?.kind === 'parallel-split')
      for (const message of blockProblems(graph, j, dominator)) add(message);
    else if (before?.kind === 'decision')
      add(
        `this parallel join waits for every incoming branch, but its branches come from the decision ${quoted(before)}, which sends each case down only one of them, so cases would wait here forever; merge decision branches by connecting them to the next step instead, or start the branches with a parallel split`,
      );
    else
      add(
        `this parallel join waits for every incoming branch, but its incoming flows do not come from one parallel split (every case reaches it through ${quoted(before)}, which sends it down one path only), so cases would wait here forever; start its branches with a parallel split, or connect them to the next step instead`,
      );
  });
  return problems;
}
