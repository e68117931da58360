/**
 * Process maps written as a list of steps and arrows, for tests of the map rules: steps are
 * named by id, a `kind` other than a task gives a bare step, tasks go to the role "clerk" of
 * `minimalProject`. Test-only.
 */
import type { Flow, ProcessMap, Step } from '../schema';

type BareKind = 'start' | 'end' | 'decision' | 'parallel-split' | 'parallel-join';

/** `[id, kind]`; kind 'task' gives a five-minute task of the role "clerk". */
export type StepSpec = readonly [string, BareKind | 'task'];
/** `[from, to]`, or `[from, to, probability]` for a flow leaving a decision. */
export type FlowSpec = readonly [string, string] | readonly [string, string, number];

function step(id: string, kind: BareKind | 'task'): Step {
  const base = { id, name: id, position: { x: 0, y: 0 }, notes: '' };
  if (kind !== 'task') return { ...base, kind };
  return {
    ...base,
    kind: 'task',
    roleId: 'clerk',
    handlingMinutes: { type: 'fixed', value: 5 },
    waitMinutes: null,
    costPerCase: 0,
    systemIds: [],
    errorRate: 0,
    costPerError: 0,
  };
}

/** Steps and flows for a map: `graphMap(steps, flows)` spreads into a `ProcessMap`. */
export function graphMap(
  steps: readonly StepSpec[],
  flows: readonly FlowSpec[],
): Pick<ProcessMap, 'steps' | 'flows'> {
  return {
    steps: steps.map(([id, kind]) => step(id, kind)),
    flows: flows.map(([from, to, probability], i): Flow => ({
      id: `f${i + 1}`,
      from,
      to,
      probability: probability ?? null,
      label: '',
    })),
  };
}
