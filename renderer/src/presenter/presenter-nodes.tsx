// The steps as a projector shows them: large names, the role or the automation rate, and the
// change mark (new, removed, changed). They read only their node's data (the presenter-local
// project), never the app store, so a what-if redraws them and the saved project stays out.
import type { Node, NodeProps, NodeTypes } from '@xyflow/react';
import { Sparkles, User } from 'lucide-react';
import { memo } from 'react';
import type { Step, StepKind } from '../../../shared/model/schema';
import { assertNever } from '../../../shared/util/assert-never';
import { StepHandles } from '../canvas/nodes/StepHandles';
import type { ChangeKind } from './change-list';

export interface PresenterNodeData extends Record<string, unknown> {
  readonly step: Step;
  /** "AP clerk" for a task; "reviewed by AP clerk" for an AI step. */
  readonly who: string | null;
  readonly mark: ChangeKind | null;
  /** The step of the change on screen now. */
  readonly focused: boolean;
}

export type PresenterNode = Node<PresenterNodeData, 'p-card' | 'p-event' | 'p-gateway' | 'p-bar'>;

/** The size each kind is drawn at (presenter.css), map units: the camera frames from these. */
export const PRESENTER_SIZES: Readonly<Record<StepKind, { width: number; height: number }>> = {
  task: { width: 196, height: 100 },
  ai: { width: 196, height: 100 },
  start: { width: 44, height: 44 },
  end: { width: 44, height: 44 },
  decision: { width: 52, height: 52 },
  'parallel-split': { width: 14, height: 64 },
  'parallel-join': { width: 14, height: 64 },
};

const MARK_WORDS: Readonly<Record<ChangeKind, string>> = {
  added: 'New',
  removed: 'Removed',
  changed: 'Changed',
  replaced: 'Replaced',
};

function Mark({ mark }: { mark: ChangeKind | null }) {
  if (mark === null) return null;
  return <span className={`fc-p-mark fc-p-mark--${mark}`}>{MARK_WORDS[mark]}</span>;
}

function stateAttrs(data: PresenterNodeData) {
  return {
    'data-mark': data.mark ?? undefined,
    'data-focused': data.focused || undefined,
    'data-testid': `presenter-step-${data.step.id}`,
  };
}

const CardNode = memo(function CardNode({ data }: NodeProps<PresenterNode>) {
  const { step } = data;
  const ai = step.kind === 'ai';
  return (
    <div className={`fc-p-node fc-p-card${ai ? ' fc-p-card--ai' : ''}`} {...stateAttrs(data)}>
      <Mark mark={data.mark} />
      <div className="fc-p-card__name">{step.name}</div>
      {ai ? (
        <div className="fc-p-card__rate">
          <Sparkles size={16} aria-hidden="true" />
          <strong>{Math.round(step.automationRate * 100)} %</strong> automated
        </div>
      ) : (
        data.who && (
          <div className="fc-p-card__who">
            <User size={15} aria-hidden="true" />
            {data.who}
          </div>
        )
      )}
      {ai && data.who && <div className="fc-p-card__review">{data.who}</div>}
      <StepHandles />
    </div>
  );
});

const EventNode = memo(function EventNode({ data }: NodeProps<PresenterNode>) {
  return (
    <div
      className={`fc-p-node fc-p-event fc-p-event--${data.step.kind}`}
      title={data.step.name}
      {...stateAttrs(data)}
    >
      <Mark mark={data.mark} />
      <StepHandles />
    </div>
  );
});

const GatewayNode = memo(function GatewayNode({ data }: NodeProps<PresenterNode>) {
  return (
    <div className="fc-p-node fc-p-gateway" title={data.step.name} {...stateAttrs(data)}>
      <div className="fc-p-gateway__shape" />
      <Mark mark={data.mark} />
      <StepHandles />
    </div>
  );
});

const BarNode = memo(function BarNode({ data }: NodeProps<PresenterNode>) {
  return (
    <div className="fc-p-node fc-p-bar" title={data.step.name} {...stateAttrs(data)}>
      <StepHandles />
    </div>
  );
});

export const presenterNodeTypes: NodeTypes = {
  'p-card': CardNode,
  'p-event': EventNode,
  'p-gateway': GatewayNode,
  'p-bar': BarNode,
};

export function nodeTypeOf(kind: StepKind): PresenterNode['type'] {
  switch (kind) {
    case 'task':
    case 'ai':
      return 'p-card';
    case 'start':
    case 'end':
      return 'p-event';
    case 'decision':
      return 'p-gateway';
    case 'parallel-split':
    case 'parallel-join':
      return 'p-bar';
    default:
      return assertNever(kind);
  }
}
