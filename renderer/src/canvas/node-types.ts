// The node and edge type maps, defined once at module level so React Flow never remounts nodes.
// Every step kind draws as a plain shape when zoomed far out (nodes/FarStepNode.tsx).
import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import type { StepKind } from '../../../shared/model/schema';
import { FlowEdgeView } from './edges/FlowEdge';
import { AiNode } from './nodes/AiNode';
import { EventNode } from './nodes/EventNode';
import { withFarView } from './nodes/FarStepNode';
import { DecisionNode, ParallelNode } from './nodes/GatewayNodes';
import { TaskNode } from './nodes/TaskNode';

const EventStep = withFarView(EventNode);
const ParallelStep = withFarView(ParallelNode);

export const nodeTypes = {
  start: EventStep,
  end: EventStep,
  task: withFarView(TaskNode),
  ai: withFarView(AiNode),
  decision: withFarView(DecisionNode),
  'parallel-split': ParallelStep,
  'parallel-join': ParallelStep,
} satisfies Record<StepKind, NodeTypes[string]>;

export const edgeTypes = { flow: FlowEdgeView } satisfies EdgeTypes;
