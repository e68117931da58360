/**
 * What the engines derive from a map's shape alone (`map-shape.ts`): the compiled graph, the
 * steps where cases are trapped, and the expected visits per step. Remembered by shape, so
 * the live figures after an edit of a step's times or rates, and the business case's many
 * evaluations of one map, skip the graph work. The arrays handed out are shared between
 * calls: read them, never write them.
 */
import { byShape } from '../model/map-shape';
import type { ProcessMap } from '../model/schema';
import { compileMap, trappedSteps, type CompiledMap } from './graph';
import { expectedVisits } from './visits';

export interface FlowShape {
  /** The map compiled; its `steps` are the map's own (current) steps. */
  readonly graph: CompiledMap;
  /** Steps cases can reach but never leave (`trappedSteps`), by index. */
  readonly trapped: readonly number[];
  /** Expected visits per case by step index; undefined when trapped or a loop never ends. */
  readonly visits: Float64Array | undefined;
}

const derived = byShape((map: ProcessMap): FlowShape => {
  const graph = compileMap(map);
  const trapped = trappedSteps(graph);
  return { graph, trapped, visits: trapped.length === 0 ? expectedVisits(graph) : undefined };
});

/** The flow shape of `map`, derived once per shape. */
export function flowShape(map: ProcessMap): FlowShape {
  const shape = derived(map);
  // The graph was compiled from a map of the same shape; its steps must be this map's, since
  // the engines read their times and rates through it.
  return shape.graph.steps === map.steps
    ? shape
    : { ...shape, graph: { ...shape.graph, steps: map.steps } };
}
