// Where a step's shape and connection points are before React Flow has drawn it. The canvas
// draws only the steps in view (MapCanvas, `onlyRenderVisibleElements`), so most steps of a
// large map are never measured; React Flow places them, culls them and ends their flows from
// what this module gives each node instead. Once a step is drawn, its measured size wins.
import type { NodeHandle } from '@xyflow/react';
import { Position } from '@xyflow/react';
import { DEFAULT_STEP_SIZES, type StepSize } from '../../../shared/layout';
import type { StepKind } from '../../../shared/model/schema';
import { sourceHandleId, targetHandleId, type Side } from './flow-types';

/** Canvas pixels; matches `.fc-handle` in canvas.css (its box, border included). */
const HANDLE_PX = 10;

/**
 * How far inside the node's box a side's connection point sits: the card's 1 px border (the
 * handles are placed in its padding box, canvas.css `.fc-card`); other shapes have none.
 */
function borderPx(kind: StepKind): number {
  return kind === 'task' || kind === 'ai' ? 1 : 0;
}

const SIDES: ReadonlyArray<readonly [Side, Position]> = [
  ['top', Position.Top],
  ['right', Position.Right],
  ['bottom', Position.Bottom],
  ['left', Position.Left],
];

/**
 * The eight connection points of a step of `kind` drawn at `size` (a source and a target on
 * each side, as nodes/StepHandles.tsx draws them), as React Flow would measure them: boxes
 * relative to the node's top-left corner, centred on each side's middle.
 */
export function stepHandles(kind: StepKind, size: StepSize): NodeHandle[] {
  const inset = borderPx(kind);
  const half = HANDLE_PX / 2;
  const centre: Record<Side, { x: number; y: number }> = {
    top: { x: size.width / 2, y: inset },
    right: { x: size.width - inset, y: size.height / 2 },
    bottom: { x: size.width / 2, y: size.height - inset },
    left: { x: inset, y: size.height / 2 },
  };
  return (['target', 'source'] as const).flatMap((type) =>
    SIDES.map(([side, position]) => ({
      id: type === 'target' ? targetHandleId(side) : sourceHandleId(side),
      type,
      position,
      x: centre[side].x - half,
      y: centre[side].y - half,
      width: HANDLE_PX,
      height: HANDLE_PX,
    })),
  );
}

/**
 * The size React Flow assumes for a step it has not drawn: the layout's room by kind, a little
 * larger than the shape, so a step whose edge reaches into view is drawn rather than culled.
 */
export function estimatedSize(kind: StepKind): StepSize {
  return DEFAULT_STEP_SIZES[kind];
}

const handlesByKind = new Map<StepKind, NodeHandle[]>();

/** The connection points at the estimated size, one shared array per kind. */
export function estimatedHandles(kind: StepKind): NodeHandle[] {
  let handles = handlesByKind.get(kind);
  if (handles === undefined) {
    handles = stepHandles(kind, estimatedSize(kind));
    handlesByKind.set(kind, handles);
  }
  return handles;
}
