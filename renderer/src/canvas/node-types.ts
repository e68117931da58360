// The node and edge type maps, defined once at module level so React Flow never remounts nodes.
import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import type { StepKind } from '../../../shared/model/schema';
import { FlowEdgeView } from './edges/FlowEdge';
import { AiNode } from './nodes/AiNode';
import { EventNode } from './nodes/EventNode';
import { DecisionNode, ParallelNode } from './nodes/GatewayNodes';
import { TaskNode } from './nodes/TaskNode';

export const nodeTypes = {
  start: EventNode,
  end: EventNode,
  task: TaskNode,
  ai: AiNode,
  decision: DecisionNode,
  'parallel-split': ParallelNode,
  'parallel-join': ParallelNode,
} satisfies Record<StepKind, NodeTypes[string]>;

export const edgeTypes = { flow: FlowEdgeView } satisfies EdgeTypes;
