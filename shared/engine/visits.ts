/**
 * Expected visits per case to every step of a map. Cases enter at the start; decisions split
 * them by probability; a parallel split sends each case down every branch and the join turns
 * the branches back into one case. Rework loops are solved exactly: each loop is a strongly
 * connected component whose linear system is solved on its own, in topological order, so a
 * 200-step map with a few loops costs far less than one dense solve of the whole map.
 */
import type { CompiledMap } from './graph';
import { solveDense } from './linear';

/** Visits per case, by step index; undefined if a loop can never be left. */
export function expectedVisits(graph: CompiledMap): Float64Array | undefined {
  const n = graph.steps.length;
  const visits = new Float64Array(n);
  const inflow = new Float64Array(n);
  inflow[graph.start] = 1;
  // Each flow into a join carries one branch of a case; the join emits one case per set.
  const weight = (to: number): number =>
    graph.steps[to]?.kind === 'parallel-join' ? 1 / Math.max(1, graph.inDegree[to] ?? 1) : 1;

  const components = [...graph.components].reverse();
  const position = new Int32Array(n).fill(-1);
  for (const component of components) {
    const k = component.length;
    const selfLoop =
      k === 1 && (graph.out[component[0] as number] ?? []).some((e) => e.to === component[0]);
    if (k === 1 && !selfLoop) {
      const i = component[0] as number;
      visits[i] = inflow[i] as number;
    } else {
      component.forEach((step, local) => (position[step] = local));
      const a = new Float64Array(k * k);
      const b = new Float64Array(k);
      component.forEach((step, row) => {
        a[row * k + row] = 1;
        b[row] = inflow[step] as number;
      });
      component.forEach((from, col) => {
        for (const edge of graph.out[from] ?? []) {
          const row = position[edge.to] as number;
          if (row < 0 || component[row] !== edge.to) continue;
          a[row * k + col] = (a[row * k + col] as number) - edge.share * weight(edge.to);
        }
      });
      const x = solveDense(a, b, k);
      if (x === undefined) return undefined;
      component.forEach((step, local) => {
        visits[step] = Math.max(0, x[local] as number);
        position[step] = -1;
      });
    }
    for (const from of component) {
      for (const edge of graph.out[from] ?? []) {
        if (component.includes(edge.to)) continue;
        inflow[edge.to] =
          (inflow[edge.to] as number) + (visits[from] as number) * edge.share * weight(edge.to);
      }
    }
  }
  return visits;
}
