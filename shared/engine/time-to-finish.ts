/**
 * The flow model's cycle time: expected hours from entering each step until the case is
 * finished, from each step's expected hours per visit (queueing, work, delays).
 */
import type { CompiledMap } from './graph';
import { solveDense } from './linear';

/**
 * Expected hours from entering each step until the case is finished. A decision averages
 * its branches; a parallel split waits for its slowest branch (the max of the branches'
 * means, which underestimates a little: that is why the result is an estimate). Loops
 * without splits are solved exactly; loops with splits by fixed-point iteration.
 */
export function timeToFinish(graph: CompiledMap, perVisit: readonly number[]): Float64Array {
  const n = graph.steps.length;
  const t = new Float64Array(n);
  const value = (i: number): number => {
    const edges = graph.out[i] ?? [];
    let rest = 0;
    if (graph.steps[i]?.kind === 'parallel-split')
      for (const e of edges) rest = Math.max(rest, t[e.to] as number);
    else for (const e of edges) rest += e.share * (t[e.to] as number);
    return (perVisit[i] as number) + rest;
  };
  for (const component of graph.components) {
    if (
      component.length === 1 &&
      !(graph.out[component[0] as number] ?? []).some((e) => e.to === component[0])
    ) {
      const i = component[0] as number;
      t[i] = value(i);
      continue;
    }
    const hasSplit = component.some((i) => graph.steps[i]?.kind === 'parallel-split');
    if (!hasSplit) {
      const k = component.length;
      const local = new Map(component.map((s, j) => [s, j]));
      const a = new Float64Array(k * k);
      const b = new Float64Array(k);
      component.forEach((s, row) => {
        a[row * k + row] = 1;
        let rhs = perVisit[s] as number;
        for (const e of graph.out[s] ?? []) {
          const col = local.get(e.to);
          if (col === undefined) rhs += e.share * (t[e.to] as number);
          else a[row * k + col] = (a[row * k + col] as number) - e.share;
        }
        b[row] = rhs;
      });
      const x = solveDense(a, b, k);
      component.forEach((s, j) => (t[s] = x === undefined ? Infinity : (x[j] as number)));
      continue;
    }
    for (let iteration = 0; iteration < 100_000; iteration++) {
      let change = 0;
      for (const i of component) {
        const next = value(i);
        change = Math.max(change, Math.abs(next - (t[i] as number)));
        t[i] = next;
      }
      if (change < 1e-12) break;
    }
  }
  return t;
}
