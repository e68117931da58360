/**
 * What a good left-to-right layout promises, as checks that return the offending steps (empty
 * when the layout is fine), so a failing test says which steps. Test-only.
 */
import type { ProcessMap, Step } from '../../model/schema';
import type { CanvasPoint } from '../from-elk-result';
import type { StepSizes } from '../step-sizes';
import { stepSize } from '../step-sizes';

export type Positions = ReadonlyMap<string, CanvasPoint>;

interface Box {
  id: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function shapeBox(step: Step, at: CanvasPoint, sizes?: StepSizes): Box {
  const { width, height } = stepSize(step, sizes);
  return {
    id: step.id,
    left: at.x - width / 2,
    right: at.x + width / 2,
    top: at.y - height / 2,
    bottom: at.y + height / 2,
  };
}

/** Steps without a position, or with one that is not a whole number of pixels. */
export function unplacedSteps(map: ProcessMap, positions: Positions): string[] {
  return map.steps
    .filter((step) => {
      const at = positions.get(step.id);
      return !at || !Number.isInteger(at.x) || !Number.isInteger(at.y);
    })
    .map((step) => step.id);
}

/** Pairs of steps whose shapes overlap, as "a/b". */
export function overlappingSteps(
  map: ProcessMap,
  positions: Positions,
  sizes?: StepSizes,
): string[] {
  const boxes = map.steps.flatMap((step) => {
    const at = positions.get(step.id);
    return at ? [shapeBox(step, at, sizes)] : [];
  });
  const pairs: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const apart =
        a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      if (!apart) pairs.push(`${a.id}/${b.id}`);
    }
  });
  return pairs;
}

/**
 * The flows that close a loop: found by a depth-first walk from the starts, each flow back to
 * a step still on the walk's path (a rework loop's way back). Every other flow runs forward.
 */
export function loopBackFlows(map: ProcessMap): Set<string> {
  const next = new Map<string, { flowId: string; to: string }[]>();
  for (const flow of map.flows) {
    next.set(flow.from, [...(next.get(flow.from) ?? []), { flowId: flow.id, to: flow.to }]);
  }
  const back = new Set<string>();
  const onPath = new Set<string>();
  const done = new Set<string>();
  const visit = (id: string): void => {
    onPath.add(id);
    for (const { flowId, to } of next.get(id) ?? []) {
      if (onPath.has(to)) back.add(flowId);
      else if (!done.has(to)) visit(to);
    }
    onPath.delete(id);
    done.add(id);
  };
  for (const step of map.steps) if (step.kind === 'start') visit(step.id);
  return back;
}

/** Forward flows whose target is not to the right of their source, as "from->to". */
export function flowsNotLeftToRight(map: ProcessMap, positions: Positions): string[] {
  const back = loopBackFlows(map);
  return map.flows
    .filter((flow) => !back.has(flow.id))
    .filter((flow) => {
      const from = positions.get(flow.from);
      const to = positions.get(flow.to);
      return !from || !to || to.x <= from.x;
    })
    .map((flow) => `${flow.from}->${flow.to}`);
}

/** Steps lying wholly to the right of an end, as "step>end": an end belongs in the last column. */
export function stepsRightOfAnEnd(
  map: ProcessMap,
  positions: Positions,
  sizes?: StepSizes,
): string[] {
  const boxes = map.steps.flatMap((step) => {
    const at = positions.get(step.id);
    return at ? [{ step, box: shapeBox(step, at, sizes) }] : [];
  });
  return boxes
    .filter(({ step }) => step.kind === 'end')
    .flatMap(({ box: end }) =>
      boxes.filter(({ box }) => box.left >= end.right).map(({ box }) => `${box.id}>${end.id}`),
    );
}
