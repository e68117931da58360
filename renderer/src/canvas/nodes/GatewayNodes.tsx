// Decisions (amber diamonds) and parallel split/join (dark bars), labelled above the shape.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { StepNode } from '../flow-types';
import { ProblemMarker } from './ProblemMarker';
import { StepHandles } from './StepHandles';

function DecisionNodeView({ data, selected }: NodeProps<StepNode<'decision'>>) {
  const { step } = data;
  return (
    <div
      className="fc-node fc-decision"
      data-selected={selected || undefined}
      data-testid={`step-${step.id}`}
      data-kind="decision"
    >
      <div className="fc-decision__diamond" aria-hidden="true" />
      <div className="fc-gateway__label">{step.name}</div>
      <ProblemMarker stepId={step.id} />
      <StepHandles />
    </div>
  );
}

function ParallelNodeView({
  data,
  selected,
}: NodeProps<StepNode<'parallel-split' | 'parallel-join'>>) {
  const { step } = data;
  return (
    <div
      className="fc-node fc-parallel"
      data-selected={selected || undefined}
      data-testid={`step-${step.id}`}
      data-kind={step.kind}
    >
      <div className="fc-parallel__bar" aria-hidden="true" />
      <div className="fc-gateway__label">{step.name}</div>
      <ProblemMarker stepId={step.id} />
      <StepHandles />
    </div>
  );
}

export const DecisionNode = memo(DecisionNodeView);
export const ParallelNode = memo(ParallelNodeView);
