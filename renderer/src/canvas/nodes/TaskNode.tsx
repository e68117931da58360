// A human task: a card with the step name, its role, mean handling time and systems.
import type { NodeProps } from '@xyflow/react';
import { Clock, User } from 'lucide-react';
import { memo } from 'react';
import { formatMeanMinutes } from '../../format/numbers';
import type { StepNode } from '../flow-types';
import { StepFiguresLine } from './StepFiguresLine';
import { ProblemMarkerView } from './ProblemMarker';
import { StepHandles } from './StepHandles';
import { heatStyle, WaitBadge } from './WaitBadge';
import { SystemChips } from './SystemChips';
import { figuresOf, useCardState } from './use-card-state';

function TaskNodeView({ data, selected }: NodeProps<StepNode<'task'>>) {
  const card = useCardState(data.step);
  const { step } = card;
  const { role } = card;
  return (
    <div
      className="fc-node fc-card fc-card--task"
      data-selected={selected || undefined}
      data-testid={`step-${step.id}`}
      data-kind="task"
      {...heatStyle(card.heat)}
    >
      <div className="fc-card__title">{step.name}</div>
      <div className="fc-card__meta">
        <span className="fc-card__fact" title="Role">
          <User size={12} aria-hidden="true" />
          {role?.name ?? 'No role'}
        </span>
        <span className="fc-card__fact" title="Mean handling time">
          <Clock size={12} aria-hidden="true" />
          {formatMeanMinutes(step.handlingMinutes)}
        </span>
      </div>
      <SystemChips systemIds={step.systemIds} systems={card.systems} />
      <StepFiguresLine stepId={step.id} {...figuresOf(card)} />
      <ProblemMarkerView problem={card.problem} />
      <WaitBadge heat={card.heat} />
      <StepHandles />
    </div>
  );
}

export const TaskNode = memo(TaskNodeView);
