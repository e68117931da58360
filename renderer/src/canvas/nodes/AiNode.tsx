// An AI step: a violet card with automation rate, review role and fallback at a glance.
import type { NodeProps } from '@xyflow/react';
import { ShieldAlert, Sparkles } from 'lucide-react';
import { memo } from 'react';
import { formatShare } from '../../format/numbers';
import type { StepNode } from '../flow-types';
import { StepFiguresLine } from './StepFiguresLine';
import { ProblemMarkerView } from './ProblemMarker';
import { StepHandles } from './StepHandles';
import { heatStyle, WaitBadge } from './WaitBadge';
import { SystemChips } from './SystemChips';
import { figuresOf, useCardState } from './use-card-state';

function AiNodeView({ data, selected }: NodeProps<StepNode<'ai'>>) {
  const card = useCardState(data.step);
  const { step } = card;
  const { role: reviewRole, fallbackRole } = card;
  return (
    <div
      className="fc-node fc-card fc-card--ai"
      data-selected={selected || undefined}
      data-testid={`step-${step.id}`}
      data-kind="ai"
      {...heatStyle(card.heat)}
    >
      <div className="fc-card__title">
        <Sparkles size={14} className="fc-card__sparkle" aria-label="AI step" />
        <span>{step.name}</span>
      </div>
      <div className="fc-ai__rate">
        <span className="fc-ai__rate-value">{formatShare(step.automationRate)}</span>
        <span className="fc-ai__rate-label">automated</span>
      </div>
      <dl className="fc-ai__facts">
        <dt>Review</dt>
        <dd className={reviewRole ? undefined : 'fc-missing'}>
          {reviewRole?.name ?? <MissingPath label="none" />}
        </dd>
        <dt>Fallback</dt>
        <dd className={fallbackRole ? undefined : 'fc-missing'}>
          {fallbackRole?.name ?? <MissingPath label="none" />}
        </dd>
      </dl>
      <SystemChips systemIds={step.systemIds} systems={card.systems} />
      <StepFiguresLine stepId={step.id} {...figuresOf(card)} />
      <ProblemMarkerView problem={card.problem} />
      <WaitBadge heat={card.heat} />
      <StepHandles />
    </div>
  );
}

function MissingPath({ label }: { label: string }) {
  return (
    <>
      <ShieldAlert size={12} aria-hidden="true" /> {label}
    </>
  );
}

export const AiNode = memo(AiNodeView);
