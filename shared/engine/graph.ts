/**
 * A process map compiled for the engines: steps by index, and each step's outgoing flows as
 * (target index, share of the step's output). A parallel split sends every case down every
 * flow (share 1 each); every other step but a decision has one outgoing flow. Joins record how
 * many branches they wait for. Compiling assumes the map passed `validateSemantics`.
 *
 * Decisions: the one normalisation rule every engine shares. A decision's flows carry their
 * probabilities divided by the decision's total, so the shares add up to exactly 1 whatever
 * rounding the file holds (validation accepts totals within `PROBABILITY_TOLERANCE` of 100 %);
 * a decision whose flows are all 0 % sends nobody anywhere (see `trappedSteps`).
 */
import type { ProcessMap, Step } from '../model/schema';

export interface Edge {
  readonly to: number;
  /** Expected number of cases sent along this flow per case leaving the step. */
  readonly share: number;
}

export interface CompiledMap {
  readonly steps: readonly Step[];
  readonly indexById: ReadonlyMap<string, number>;
  readonly start: number;
  readonly out: readonly (readonly Edge[])[];
  /** Per step: its incoming flows, as (source index, share of the source's output). */
  readonly into: readonly (readonly { readonly from: number; readonly share: number }[])[];
  /** Per step: number of incoming flows (a join waits for this many branches). */
  readonly inDegree: readonly number[];
  /** Strongly connected components, sinks first (`stronglyConnected`); a rework loop is one. */
  readonly components: readonly (readonly number[])[];
}

export function compileMap(map: ProcessMap): CompiledMap {
  const indexById = new Map<string, number>();
  map.steps.forEach((step, i) => indexById.set(step.id, i));
  const out: Edge[][] = map.steps.map(() => []);
  const into: { from: number; share: number }[][] = map.steps.map(() => []);
  const inDegree = map.steps.map(() => 0);
  const decisionTotal = new Float64Array(map.steps.length);
  for (const flow of map.flows) {
    const from = indexById.get(flow.from);
    if (from !== undefined && map.steps[from]?.kind === 'decision')
      decisionTotal[from] = (decisionTotal[from] as number) + (flow.probability ?? 0);
  }
  for (const flow of map.flows) {
    const from = indexById.get(flow.from);
    const to = indexById.get(flow.to);
    if (from === undefined || to === undefined) continue;
    const total = decisionTotal[from] as number;
    const share =
      map.steps[from]?.kind !== 'decision' ? 1 : total > 0 ? (flow.probability ?? 0) / total : 0;
    out[from]?.push({ to, share });
    into[to]?.push({ from, share });
    inDegree[to] = (inDegree[to] ?? 0) + 1;
  }
  const start = map.steps.findIndex((s) => s.kind === 'start');
  const components = stronglyConnected(out);
  return { steps: map.steps, indexById, start, out, into, inDegree, components };
}

/**
 * Strongly connected components (Tarjan, iterative so large maps cannot overflow the stack),
 * sinks first: every component comes after all components it has flows into. Reverse the
 * result for topological order. A rework loop is one component.
 */
export function stronglyConnected(out: readonly (readonly Edge[])[]): number[][] {
  const n = out.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  const work: [number, number][] = [];
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    work.push([root, 0]);
    while (work.length > 0) {
      const frame = work[work.length - 1] as [number, number];
      const [v, edge] = frame;
      if (edge === 0 && index[v] === -1) {
        index[v] = low[v] = counter++;
        stack.push(v);
        onStack[v] = 1;
      }
      const edges = out[v] ?? [];
      if (edge < edges.length) {
        frame[1] = edge + 1;
        const w = (edges[edge] as Edge).to;
        if (index[w] === -1) work.push([w, 0]);
        else if (onStack[w]) low[v] = Math.min(low[v] as number, index[w] as number);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]] as number, low[v] as number);
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        components.push(component);
      }
    }
  }
  return components;
}

/**
 * Steps a case can reach from the start but from which no end can be reached along flows
 * that are ever taken (share above 0): cases that get there never finish, say a rework loop
 * whose way out has probability 0 %. Empty for a map every case can finish. By step index,
 * in map order.
 */
export function trappedSteps(graph: CompiledMap): number[] {
  const n = graph.steps.length;
  if (graph.start < 0) return [];
  const reached = new Uint8Array(n);
  const stack = [graph.start];
  reached[graph.start] = 1;
  while (stack.length > 0) {
    const i = stack.pop() as number;
    for (const e of graph.out[i] ?? [])
      if (e.share > 0 && reached[e.to] === 0) {
        reached[e.to] = 1;
        stack.push(e.to);
      }
  }
  const finishes = new Uint8Array(n);
  graph.steps.forEach((step, i) => {
    if (step.kind === 'end' && reached[i] === 1) {
      finishes[i] = 1;
      stack.push(i);
    }
  });
  while (stack.length > 0) {
    const i = stack.pop() as number;
    for (const { from, share } of graph.into[i] ?? [])
      if (share > 0 && reached[from] === 1 && finishes[from] === 0) {
        finishes[from] = 1;
        stack.push(from);
      }
  }
  const trapped: number[] = [];
  for (let i = 0; i < n; i++) if (reached[i] === 1 && finishes[i] === 0) trapped.push(i);
  return trapped;
}
