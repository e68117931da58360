// Align and distribute for a selection of several steps: each button moves the selected steps
// as one undo step, using the sizes the canvas measured.
import { useReactFlow } from '@xyflow/react';
import {
  AlignCenterHorizontal,
  AlignCenterVertical,
  AlignEndHorizontal,
  AlignEndVertical,
  AlignHorizontalSpaceAround,
  AlignStartHorizontal,
  AlignStartVertical,
  AlignVerticalSpaceAround,
  type LucideIcon,
} from 'lucide-react';
import {
  alignSteps,
  distributeSteps,
  mapOf,
  type AlignEdge,
  type DistributeAxis,
  type Point,
} from '../../../shared/editor';
import { useAppStore } from '../store';

const ALIGN: readonly (readonly [AlignEdge, string, LucideIcon])[] = [
  ['left', 'Align left', AlignStartVertical],
  ['centre', 'Align centres', AlignCenterVertical],
  ['right', 'Align right', AlignEndVertical],
  ['top', 'Align top', AlignStartHorizontal],
  ['middle', 'Align middles', AlignCenterHorizontal],
  ['bottom', 'Align bottom', AlignEndHorizontal],
];
const DISTRIBUTE: readonly (readonly [DistributeAxis, string, LucideIcon])[] = [
  ['horizontal', 'Distribute horizontally', AlignHorizontalSpaceAround],
  ['vertical', 'Distribute vertically', AlignVerticalSpaceAround],
];

export function ArrangeTools() {
  const { getNodes } = useReactFlow();
  const run = (
    arrange: (
      placed: { id: string; position: Point }[],
      sizes: Map<string, { width: number; height: number }>,
    ) => Map<string, Point>,
  ): void => {
    const state = useAppStore.getState();
    if (state.project === null) return;
    const map = mapOf(state.project, state.activeMapKey);
    if (map === null) return;
    const chosen = new Set(state.selection.stepIds);
    const placed = map.steps.filter((s) => chosen.has(s.id));
    const sizes = new Map(
      getNodes()
        .filter((n) => chosen.has(n.id) && n.measured?.width && n.measured.height)
        .map((n) => [n.id, { width: n.measured?.width ?? 0, height: n.measured?.height ?? 0 }]),
    );
    const moves = [...arrange(placed, sizes)].map(([id, p]) => ({ id, x: p.x, y: p.y }));
    if (moves.length > 0) state.dispatch({ type: 'moveSteps', map: state.activeMapKey, moves });
  };
  return (
    <div className="fc-arrange" role="toolbar" aria-label="Arrange">
      {ALIGN.map(([edge, label, Icon]) => (
        <button
          key={edge}
          type="button"
          className="fc-tool"
          aria-label={label}
          title={label}
          onClick={() => run((p, s) => alignSteps(p, edge, s))}
        >
          <Icon size={16} aria-hidden="true" />
        </button>
      ))}
      {DISTRIBUTE.map(([axis, label, Icon]) => (
        <button
          key={axis}
          type="button"
          className="fc-tool"
          aria-label={label}
          title={label}
          onClick={() => run((p, s) => distributeSteps(p, axis, s))}
        >
          <Icon size={16} aria-hidden="true" />
        </button>
      ))}
    </div>
  );
}
