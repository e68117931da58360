/**
 * Immediate dominators of a directed graph: step D dominates step V when every path from the
 * root to V passes through D; the immediate dominator is the nearest such step. Computed with
 * the iterative algorithm of Cooper, Harvey and Kennedy ("A Simple, Fast Dominance
 * Algorithm", 2001): a few passes over the steps in reverse postorder, which is fast for
 * graphs the size of a process map (at most a few thousand steps). No recursion, so a long
 * chain of steps cannot overflow the stack.
 */

/**
 * For each node, its immediate dominator; the root's is the root itself, and nodes the root
 * cannot reach get -1.
 *
 * @param successors for each node (0..n-1), the nodes its edges lead to (repeats allowed)
 * @param root the node every path starts from (the map's start step)
 */
export function immediateDominators(
  successors: readonly (readonly number[])[],
  root: number,
): Int32Array {
  const n = successors.length;
  const idom = new Int32Array(n).fill(-1);
  if (root < 0 || root >= n) return idom;

  // Postorder numbers by an iterative depth-first search from the root.
  const postNumber = new Int32Array(n).fill(-1);
  const visited = new Uint8Array(n);
  const order: number[] = [];
  const stack: [number, number][] = [[root, 0]];
  visited[root] = 1;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as [number, number];
    const [node, edge] = frame;
    const next = successors[node] ?? [];
    if (edge < next.length) {
      frame[1] = edge + 1;
      const to = next[edge] as number;
      if (visited[to] === 0) {
        visited[to] = 1;
        stack.push([to, 0]);
      }
      continue;
    }
    stack.pop();
    postNumber[node] = order.length;
    order.push(node);
  }

  const predecessors: number[][] = Array.from({ length: n }, () => []);
  for (const from of order)
    for (const to of successors[from] ?? []) (predecessors[to] as number[]).push(from);

  const intersect = (a: number, b: number): number => {
    let x = a;
    let y = b;
    while (x !== y) {
      while ((postNumber[x] as number) < (postNumber[y] as number)) x = idom[x] as number;
      while ((postNumber[y] as number) < (postNumber[x] as number)) y = idom[y] as number;
    }
    return x;
  };

  idom[root] = root;
  const reversePostorder = order.slice().reverse();
  let changed = true;
  while (changed) {
    changed = false;
    for (const node of reversePostorder) {
      if (node === root) continue;
      let candidate = -1;
      for (const pred of predecessors[node] as number[]) {
        if (idom[pred] === -1) continue;
        candidate = candidate === -1 ? pred : intersect(pred, candidate);
      }
      if (candidate !== -1 && idom[node] !== candidate) {
        idom[node] = candidate;
        changed = true;
      }
    }
  }
  return idom;
}
