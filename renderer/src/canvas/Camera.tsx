// Moves the camera of one map's canvas: where it starts when the map is drawn, and every
// "fit" or "show this step" asked of the view slice (`frame`). Boxes come from the document
// (viewport.ts), never from React Flow's own fit, which waits until every step has been measured:
// the canvas draws only the steps in view, so on a large map that would be never.
import { getViewportForBounds, useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { mapOf } from '../../../shared/editor';
import type { Step } from '../../../shared/model/schema';
import { sameMapKey, useAppStore, type MapKey } from '../store';
import { FIT_MAP, FRAME_STEPS, initialViewport, rememberPane, stepsBounds } from './viewport';
import type { FlowEdge, StepNode } from './flow-types';
import { estimatedSize } from './node-geometry';

/** How long a requested move glides, so the analyst sees where the camera went. */
const GLIDE_MS = 200;

export function Camera({ mapKey }: { mapKey: MapKey }) {
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const request = useAppStore((s) => s.frameRequest);
  const flow = useStoreApi<StepNode, FlowEdge>();
  const { setViewport } = useReactFlow();
  const placed = useRef(false);

  useEffect(() => {
    if (width === 0 || height === 0) return;
    rememberPane(width, height);
    const state = useAppStore.getState();
    const map = state.project === null ? null : mapOf(state.project, mapKey);
    if (map === null) return;
    const pending = request !== null && sameMapKey(request.map, mapKey) ? request : null;
    if (pending === null && placed.current) return;
    if (pending !== null) state.framed(pending);

    const { nodeLookup, minZoom } = flow.getState();
    const sizeOf = (step: Step) => {
      const measured = nodeLookup.get(step.id)?.measured;
      return measured?.width && measured.height
        ? { width: measured.width, height: measured.height }
        : estimatedSize(step.kind);
    };
    const ids = pending?.stepIds ? new Set(pending.stepIds) : null;
    const bounds = stepsBounds(ids ? map.steps.filter((s) => ids.has(s.id)) : map.steps, sizeOf);
    if (bounds === null) return;

    if (pending === null) {
      const start = map.steps.find((s) => s.kind === 'start')?.position;
      void setViewport(initialViewport(bounds, width, height, start));
    } else {
      const fit = ids === null ? FIT_MAP : FRAME_STEPS;
      const viewport = getViewportForBounds(
        bounds,
        width,
        height,
        minZoom,
        fit.maxZoom,
        fit.padding,
      );
      void setViewport(viewport, { duration: placed.current ? GLIDE_MS : 0 });
    }
    placed.current = true;
  }, [width, height, request, mapKey, flow, setViewport]);

  return null;
}
