// Start and end steps: small circles with the step name underneath.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { StepNode } from '../flow-types';
import { ProblemMarker } from './ProblemMarker';
import { StepHandles } from './StepHandles';

function EventNodeView({ data, selected }: NodeProps<StepNode<'start' | 'end'>>) {
  const { step } = data;
  return (
    <div
      className={`fc-node fc-event fc-event--${step.kind}`}
      data-selected={selected || undefined}
      data-testid={`step-${step.id}`}
      data-kind={step.kind}
    >
      <div className="fc-event__circle" aria-hidden="true" />
      <div className="fc-event__label">{step.name}</div>
      <ProblemMarker stepId={step.id} />
      <StepHandles />
    </div>
  );
}

export const EventNode = memo(EventNodeView);
