// Minimap fill per step kind, matching the canvas palette (blue human, violet AI, amber decision).
import type { Node } from '@xyflow/react';
import type { StepKind } from '../../../shared/model/schema';
import { isStepKind } from '../../../shared/model/step-kinds';
import { assertNever } from '../../../shared/util/assert-never';

export function colorForKind(kind: StepKind): string {
  switch (kind) {
    case 'start':
      return '#16a34a';
    case 'end':
      return '#334155';
    case 'task':
      return '#93b4f0';
    case 'ai':
      return '#b9a2f5';
    case 'decision':
      return '#f2b65a';
    case 'parallel-split':
    case 'parallel-join':
      return '#475569';
    default:
      return assertNever(kind);
  }
}

export function miniMapNodeColor(node: Node): string {
  return isStepKind(node.type) ? colorForKind(node.type) : '#cbd5e1';
}
