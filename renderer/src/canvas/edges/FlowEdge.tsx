// A flow between steps: an orthogonal path with an arrow and, on decision branches, a label.
import type { EdgeProps } from '@xyflow/react';
import { BaseEdge, getSmoothStepPath, useStore } from '@xyflow/react';
import { memo } from 'react';
import { assertNever } from '../../../../shared/util/assert-never';
import { formatShare } from '../../format/numbers';
import { selectFarOut } from '../far-zoom';
import type { FlowEdge, Side } from '../flow-types';
import { EdgeLabel } from './label-layer';

/** How far above a horizontal branch its label floats, in map units. */
const LABEL_LIFT = 11;

/**
 * Where a decision branch's label goes: centred on the vertical leg when the branch leaves by
 * the top or bottom, just above the line mid-way when it leaves sideways. This keeps labels
 * off the shapes and off each other on a grid-laid map.
 */
function branchLabelPoint(
  side: Side,
  source: { x: number; y: number },
  target: { x: number; y: number },
  mid: { x: number; y: number },
): { x: number; y: number } {
  switch (side) {
    case 'top':
    case 'bottom':
      return { x: source.x, y: (source.y + target.y) / 2 };
    case 'left':
    case 'right':
      return { x: mid.x, y: source.y - LABEL_LIFT };
    default:
      return assertNever(side);
  }
}

function FlowEdgeViewInner(props: EdgeProps<FlowEdge>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd } =
    props;
  // Zoomed far out, arrowheads and labels would be a pixel or two: the line alone is drawn,
  // without the wide invisible path that makes it easy to click (hit-testing a thousand of
  // them took much of each frame of a pan).
  const far = useStore(selectFarOut);
  const [path, midX, midY] = getSmoothStepPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    borderRadius: 10,
    offset: 24,
  });
  const parts: string[] = [];
  if (data?.label) parts.push(data.label);
  if (data?.probability !== null && data?.probability !== undefined)
    parts.push(formatShare(data.probability));
  const text = parts.join(' · ');
  const { x, y } =
    data?.labelAt === 'branch'
      ? branchLabelPoint(
          data.sourceSide,
          { x: sourceX, y: sourceY },
          { x: targetX, y: targetY },
          { x: midX, y: midY },
        )
      : { x: midX, y: midY };
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        markerEnd={far ? undefined : markerEnd}
        className="fc-edge"
      />
      {text && !far && (
        <EdgeLabel>
          <div
            className="fc-edge-label nodrag nopan"
            style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}
          >
            {text}
          </div>
        </EdgeLabel>
      )}
    </>
  );
}

export const FlowEdgeView = memo(FlowEdgeViewInner);
