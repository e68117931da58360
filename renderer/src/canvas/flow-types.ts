// The React Flow node and edge types the canvas draws, one node type per step kind.
import type { Edge, Node } from '@xyflow/react';
import type { Step, StepKind } from '../../../shared/model/schema';

export type Side = 'top' | 'right' | 'bottom' | 'left';

export type StepNodeData<S extends Step = Step> = { step: S };

/** A canvas node for step kind K, carrying that step's own type. */
export type StepNode<K extends StepKind = StepKind> = Node<
  StepNodeData<Extract<Step, { kind: K }>>,
  K
>;

export type FlowEdgeData = {
  /** Share of cases on this flow; shown only on flows leaving a decision. */
  probability: number | null;
  label: string;
  /** Where the label sits: on a decision branch's first leg, or mid-way along the flow. */
  labelAt: 'branch' | 'middle';
  sourceSide: Side;
};

export type FlowEdge = Edge<FlowEdgeData, 'flow'>;

export const sourceHandleId = (side: Side): string => `out-${side}`;
export const targetHandleId = (side: Side): string => `in-${side}`;
