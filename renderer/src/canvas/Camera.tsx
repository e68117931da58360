// Moves the camera of one map's canvas: where it starts when the map is drawn (where it was when
// this map's canvas was last taken down, else at the start of the process), and every "fit" or
// "show this step" asked of the view slice (`frame`). Boxes come from the document
// (viewport.ts), never from React Flow's own fit, which waits until every step has been measured:
// the canvas draws only the steps in view, so on a large map that would be never.
import { getViewportForBounds, useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import { mapOf } from '../../../shared/editor';
import type { StepSize } from '../../../shared/layout';
import { cameraKey, sameMapKey, useAppStore, type MapKey } from '../store';
import { FIT_MAP, FRAME_STEPS, rememberPane, startingViewport, stepsBounds } from './viewport';
import type { FlowEdge, StepNode } from './flow-types';

/** How long a requested move glides, so the analyst sees where the camera went. */
const GLIDE_MS = 200;

export function Camera({ mapKey }: { mapKey: MapKey }) {
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const request = useAppStore((s) => s.frameRequest);
  const flow = useStoreApi<StepNode, FlowEdge>();
  const { setViewport } = useReactFlow();
  const placed = useRef(false);
  // The key of this canvas's camera, fixed when it mounts: by the time it is taken down a newly
  // opened project may already be in the store.
  const [memoryKey] = useState(() => cameraKey(useAppStore.getState().openings, mapKey));
  // The camera as last drawn, followed without a render on every frame of a pan. React Flow
  // empties its store as it is taken down, before this component's clean-up may run: that
  // state (no size) is not the camera's.
  const shown = useRef(flow.getState().transform);
  useEffect(
    () =>
      flow.subscribe((s) => {
        if (s.width > 0) shown.current = s.transform;
      }),
    [flow],
  );

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
    const sizes = new Map<string, StepSize>();
    for (const [id, node] of nodeLookup) {
      const { width: w, height: h } = node.measured;
      if (w !== undefined && h !== undefined) sizes.set(id, { width: w, height: h });
    }

    if (pending === null) {
      const start = state.cameras[memoryKey] ?? startingViewport(map.steps, sizes, width, height);
      if (start === undefined) return;
      void setViewport(start);
    } else {
      const ids = pending.stepIds === null ? null : new Set(pending.stepIds);
      const bounds = stepsBounds(ids ? map.steps.filter((s) => ids.has(s.id)) : map.steps, sizes);
      if (bounds === null) return;
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
  }, [width, height, request, mapKey, flow, setViewport, memoryKey]);

  // Taken down (another screen, the compare view, another map): keep where the camera was.
  useEffect(
    () => () => {
      if (!placed.current) return;
      const [x, y, zoom] = shown.current;
      useAppStore.getState().rememberCamera(memoryKey, { x, y, zoom });
    },
    [memoryKey],
  );

  return null;
}
