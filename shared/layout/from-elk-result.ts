/**
 * Step positions from ELK's answer to `toElkGraph`.
 *
 * Promises: a position for every step of the map (the first of any repeated id), as the
 * centre of its shape (a step's `position`, see the README's model section), in whole canvas
 * pixels, translated so the shapes' bounding box starts at (0, 0). With `laneByRole` the steps
 * are stacked in lanes (`lane-rows.ts`). Throws `IncompleteLayoutError`, naming the step, when
 * ELK's answer lacks a step or a coordinate: a layout with holes is never applied.
 */
import type { ProcessMap } from '../model/schema';
import type { ElkBoxResult, ElkLayoutResult, ElkNodeResult } from './elk-graph';
import type { PlacedStep } from './lane-rows';
import { stackInLanes } from './lane-rows';
import { assignLanes, uniqueSteps } from './lanes';
import { stepSize } from './step-sizes';
import type { MapLayoutOptions } from './to-elk-graph';

/** A point on the canvas, in canvas pixels. */
export interface CanvasPoint {
  x: number;
  y: number;
}

/** ELK's answer has no usable position for a step; the message is a sentence for the user. */
export class IncompleteLayoutError extends Error {
  override name = 'IncompleteLayoutError';
  constructor(
    readonly stepId: string,
    stepName: string,
  ) {
    super(`The layout left out the step "${stepName}", so it was not applied.`);
  }
}

/** Centre positions by step id; see the module comment. Pass the options `toElkGraph` had. */
export function fromElkResult(
  map: ProcessMap,
  result: ElkLayoutResult,
  options: MapLayoutOptions,
): Map<string, CanvasPoint> {
  const nodes = new Map((result.children ?? []).map((node) => [node.id, node]));
  const laid = uniqueSteps(map).map((step) => {
    const node = nodes.get(step.id);
    if (!node || !isFiniteNumber(node.x) || !isFiniteNumber(node.y)) {
      throw new IncompleteLayoutError(step.id, step.name);
    }
    const size = stepSize(step, options.sizes);
    return { size, placed: placedStep(node, node.x, node.y, size.width, size.height) };
  });

  const laneCentreY = options.laneByRole
    ? stackInLanes(
        laid.map((s) => s.placed),
        assignLanes(map),
      )
    : null;
  const centres = laid.map(({ size, placed }) => ({
    id: placed.id,
    size,
    x: placed.centreX,
    y: laneCentreY?.get(placed.id) ?? placed.centreY,
  }));

  const originX = Math.min(...centres.map((c) => c.x - c.size.width / 2));
  const originY = Math.min(...centres.map((c) => c.y - c.size.height / 2));
  return new Map(
    centres.map((c) => [c.id, { x: Math.round(c.x - originX), y: Math.round(c.y - originY) }]),
  );
}

/** A step's centre and extent (shape plus outside labels) from ELK's node and its labels. */
function placedStep(
  node: ElkNodeResult,
  x: number,
  y: number,
  width: number,
  height: number,
): PlacedStep {
  let [left, top, right, bottom] = [0, 0, width, height];
  for (const label of node.labels ?? []) {
    const box = finiteBox(label);
    if (!box) continue;
    left = Math.min(left, box.x);
    top = Math.min(top, box.y);
    right = Math.max(right, box.x + box.width);
    bottom = Math.max(bottom, box.y + box.height);
  }
  const [cx, cy] = [width / 2, height / 2];
  return {
    id: node.id,
    centreX: x + cx,
    centreY: y + cy,
    left: cx - left,
    right: right - cx,
    above: cy - top,
    below: bottom - cy,
  };
}

function finiteBox(box: ElkBoxResult): Required<ElkBoxResult> | null {
  const { x, y, width, height } = box;
  return isFiniteNumber(x) && isFiniteNumber(y) && isFiniteNumber(width) && isFiniteNumber(height)
    ? { x, y, width, height }
    : null;
}

function isFiniteNumber(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
