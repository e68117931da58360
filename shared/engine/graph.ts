/**
 * A process map compiled for the engines: steps by index, and each step's outgoing flows as
 * (target index, share of the step's output). Decisions use their flows' probabilities; a
 * parallel split sends every case down every flow (share 1 each); every other step has one
 * outgoing flow. Joins record how many branches they wait for. Compiling assumes the map
 * passed `validateSemantics`.
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
  /** Per step: number of incoming flows (a join waits for this many branches). */
  readonly inDegree: readonly number[];
}

export function compileMap(map: ProcessMap): CompiledMap {
  const indexById = new Map<string, number>();
  map.steps.forEach((step, i) => indexById.set(step.id, i));
  const out: Edge[][] = map.steps.map(() => []);
  const inDegree = map.steps.map(() => 0);
  for (const flow of map.flows) {
    const from = indexById.get(flow.from);
    const to = indexById.get(flow.to);
    if (from === undefined || to === undefined) continue;
    const kind = map.steps[from]?.kind;
    out[from]?.push({ to, share: kind === 'decision' ? (flow.probability ?? 0) : 1 });
    inDegree[to] = (inDegree[to] ?? 0) + 1;
  }
  const start = map.steps.findIndex((s) => s.kind === 'start');
  return { steps: map.steps, indexById, start, out, inDegree };
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
