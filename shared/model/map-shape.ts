/**
 * A map's shape: its steps' ids, kinds and names in order, and its flows. What is derived from
 * the shape alone (the compiled graph, the expected visits, the process checks of the flows)
 * stays valid while an analyst edits a step's times, rates, roles or systems, which is most
 * edits. `byShape` remembers such a derivation and hands it back for any map of the same
 * shape, so an edit of one number on a 1 000-step map does not walk the graph again.
 *
 * The flows are compared by identity: edits never change a flow in place, and the commands
 * keep the array when no flow changes. A map read afresh from a file has a new array and is
 * derived afresh, which is only slower, never wrong. The steps are compared field by field
 * (three strings per step), since every step edit makes a new steps array.
 */
import type { Flow, ProcessMap, Step } from './schema';

interface Remembered<T> {
  readonly steps: readonly Step[];
  readonly value: T;
}

function sameShape(a: readonly Step[], b: readonly Step[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Step;
    const y = b[i] as Step;
    if (x !== y && (x.id !== y.id || x.kind !== y.kind || x.name !== y.name)) return false;
  }
  return true;
}

/**
 * `derive` remembered by map shape. `derive` must read nothing of the map but its shape: the
 * steps' ids, kinds and names, and the flows. The last result per flows array is kept, weakly.
 */
export function byShape<T>(derive: (map: ProcessMap) => T): (map: ProcessMap) => T {
  const remembered = new WeakMap<readonly Flow[], Remembered<T>>();
  return (map) => {
    const known = remembered.get(map.flows);
    if (known !== undefined && sameShape(known.steps, map.steps)) return known.value;
    const value = derive(map);
    remembered.set(map.flows, { steps: map.steps, value });
    return value;
  };
}
