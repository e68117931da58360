import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { immediateDominators } from './dominators';

/** Nodes reachable from `root` when `removed` is taken out of the graph. */
function reachableWithout(
  successors: readonly (readonly number[])[],
  root: number,
  removed: number,
): Set<number> {
  const seen = new Set<number>();
  if (root === removed) return seen;
  const stack = [root];
  seen.add(root);
  while (stack.length > 0) {
    const node = stack.pop() as number;
    for (const to of successors[node] ?? [])
      if (to !== removed && !seen.has(to)) {
        seen.add(to);
        stack.push(to);
      }
  }
  return seen;
}

/** The straightforward definition: d dominates v when removing d cuts v off from the root. */
function dominatorsByDefinition(successors: readonly (readonly number[])[], root: number) {
  const reachable = reachableWithout(successors, root, -1);
  return successors.map((_, v) => {
    if (!reachable.has(v)) return new Set<number>();
    const doms = new Set<number>([v]);
    successors.forEach((__, d) => {
      if (d !== v && !reachableWithout(successors, root, d).has(v)) doms.add(d);
    });
    return doms;
  });
}

describe('immediateDominators', () => {
  it('finds the split before a diamond and the merge after it', () => {
    // given 0 -> 1 -> {2, 3} -> 4 -> 5
    const graph = [[1], [2, 3], [4], [4], [5], []];
    // when the dominators are computed from 0
    const idom = immediateDominators(graph, 0);
    // then the diamond's steps hang under 1 and the step after the merge under the merge
    expect([...idom]).toEqual([0, 0, 1, 1, 1, 4]);
  });

  it('keeps a rework loop under the step that enters it, and marks unreachable steps', () => {
    // given 0 -> 1 -> 2 -> (1 | 3), and 4 -> 3 that nothing reaches
    const graph = [[1], [2], [1, 3], [], [3]];
    const idom = immediateDominators(graph, 0);
    expect([...idom]).toEqual([0, 0, 1, 2, -1]);
  });

  it('agrees with the definition on random graphs', () => {
    const graph = fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc.array(fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 3 }), {
        minLength: n,
        maxLength: n,
      }),
    );
    fc.assert(
      fc.property(graph, (successors) => {
        // given any graph, when its immediate dominators are computed from node 0
        const idom = immediateDominators(successors, 0);
        const doms = dominatorsByDefinition(successors, 0);
        // then each reachable node's immediate dominator is the strict dominator that every
        // other strict dominator also dominates, and unreachable nodes have none
        successors.forEach((_, v) => {
          const strict = [...(doms[v] as Set<number>)].filter((d) => d !== v);
          if ((doms[v] as Set<number>).size === 0) expect(idom[v]).toBe(-1);
          else if (v === 0) expect(idom[v]).toBe(0);
          else {
            const nearest = strict.find((d) => strict.every((o) => doms[d]?.has(o)));
            expect(idom[v]).toBe(nearest);
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});
