// Whether the canvas is zoomed out so far that a step's text would be a few pixels high. Nodes,
// edges and the background read this one boolean from React Flow's store, so during a pan or
// zoom they re-render only when the camera crosses the threshold, never on every frame.
import type { ReactFlowState } from '@xyflow/react';

/** Below this zoom a 12 px label is under 4 px on screen: draw steps as plain shapes. */
export const FAR_ZOOM = 0.3;

export const selectFarOut = (s: ReactFlowState): boolean => s.transform[2] < FAR_ZOOM;
