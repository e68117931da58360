// A step as a plain shape, for when the canvas is zoomed far out (see far-zoom.ts): the card or
// symbol's outline and colour at the size React Flow measured for the full view, with no text,
// icons or figures, which would be unreadable there and cost most of each frame to draw. The
// connection points (eight transformed elements per step: most of a pan frame's hit testing
// and layering) are left out once React Flow has measured the step, which keeps the flows'
// ends where they were measured; a step first drawn far out keeps them until it is measured.
// The problem marker stays, so problems can be found from afar. Same test id and selection
// mark as the full view.
import { useStore } from '@xyflow/react';
import type { ComponentType } from 'react';
import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { assertNever } from '../../../../shared/util/assert-never';
import type { Step } from '../../../../shared/model/schema';
import { selectFarOut } from '../far-zoom';
import { readStepHeat } from '../../results/wait-heat';
import { useAppStore } from '../../store';
import { readStepProblem } from '../../figures/use-step-problem';
import { useShownMap } from '../shown-map';
import { ProblemMarkerView } from './ProblemMarker';
import { heatStyle } from './WaitBadge';
import { StepHandles } from './StepHandles';

function shapeClass(step: Step): string {
  switch (step.kind) {
    case 'task':
      return 'fc-card fc-card--task';
    case 'ai':
      return 'fc-card fc-card--ai';
    case 'start':
    case 'end':
      return `fc-event fc-event--${step.kind}`;
    case 'decision':
      return 'fc-decision';
    case 'parallel-split':
    case 'parallel-join':
      return 'fc-parallel';
    default:
      return assertNever(step);
  }
}

function innerShape(step: Step) {
  switch (step.kind) {
    case 'task':
    case 'ai':
      return null;
    case 'start':
    case 'end':
      return <div className="fc-event__circle" aria-hidden="true" />;
    case 'decision':
      return <div className="fc-decision__diamond" aria-hidden="true" />;
    case 'parallel-split':
    case 'parallel-join':
      return <div className="fc-parallel__bar" aria-hidden="true" />;
    default:
      return assertNever(step);
  }
}

/** What both views read of React Flow's node props. */
interface StepViewProps {
  data: { step: Step };
  selected: boolean;
  width?: number;
  height?: number;
}

const FarStep = memo(function FarStep({ data, selected, width, height }: StepViewProps) {
  const { step } = data;
  // The measured size of the full view keeps the node, and so its flows' ends, where they were.
  const size = width !== undefined && height !== undefined ? { width, height } : undefined;
  // One store subscription per shape (a thousand of them far out): its problem marker, and the
  // waiting-time overlay's tint (the badge's text would be unreadable here).
  const shown = useShownMap() ?? undefined;
  const marks = useAppStore(
    useShallow((s) => ({
      problem: readStepProblem(s, step.id, shown),
      heat: readStepHeat(s, step.id, shown),
    })),
  );
  const heat = heatStyle(marks.heat);
  return (
    <div
      className={`fc-node fc-far ${shapeClass(step)}`}
      {...heat}
      style={{ ...size, ...heat.style }}
      data-selected={selected || undefined}
      data-testid={`step-${step.id}`}
      data-kind={step.kind}
    >
      {innerShape(step)}
      <ProblemMarkerView problem={marks.problem} />
      {size === undefined && <StepHandles />}
    </div>
  );
});

/**
 * The node type for one step kind: the full view `Full`, or the plain shape when zoomed far
 * out. Only crossing the threshold re-renders the nodes (one boolean per node).
 */
export function withFarView<P extends StepViewProps & object>(
  Full: ComponentType<P>,
): ComponentType<P> {
  return memo(function StepNodeView(props: P) {
    const far = useStore(selectFarOut);
    return far ? (
      <FarStep
        data={props.data}
        selected={props.selected}
        width={props.width}
        height={props.height}
      />
    ) : (
      <Full {...props} />
    );
  });
}
