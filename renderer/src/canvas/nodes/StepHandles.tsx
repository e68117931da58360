// Connection points on all four sides of a step: drag from one to another step to connect
// them (loose mode: any handle starts or ends a flow); edges pick a side by geometry.
import { Handle, Position } from '@xyflow/react';
import { memo } from 'react';
import type { Side } from '../flow-types';
import { sourceHandleId, targetHandleId } from '../flow-types';

const SIDES: ReadonlyArray<readonly [Side, Position]> = [
  ['top', Position.Top],
  ['right', Position.Right],
  ['bottom', Position.Bottom],
  ['left', Position.Left],
];

export const StepHandles = memo(function StepHandles() {
  return (
    <>
      {SIDES.map(([side, position]) => (
        <Handle
          key={`in-${side}`}
          id={targetHandleId(side)}
          type="target"
          position={position}
          isConnectable
          className="fc-handle"
        />
      ))}
      {SIDES.map(([side, position]) => (
        <Handle
          key={`out-${side}`}
          id={sourceHandleId(side)}
          type="source"
          position={position}
          isConnectable
          className="fc-handle"
        />
      ))}
    </>
  );
});
