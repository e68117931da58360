/**
 * Auto-layout of a process map, without the layout engine itself: build the ELK graph
 * (`toElkGraph`), let elkjs lay it out where it can run (a Web Worker in the app, the bundled
 * build in the CLI and tests), then read the step positions back (`fromElkResult`).
 */
export type { ElkGraphInput, ElkLayoutResult } from './elk-graph';
export type { CanvasPoint } from './from-elk-result';
export { fromElkResult, IncompleteLayoutError } from './from-elk-result';
export type { Lanes } from './lanes';
export { AI_LANE, assignLanes, NO_ROLE_LANE } from './lanes';
export { needsLayout } from './needs-layout';
export type { StepSize, StepSizes } from './step-sizes';
export { DEFAULT_STEP_SIZES, stepSize } from './step-sizes';
export type { MapLayoutOptions } from './to-elk-graph';
export { ELK_LAYOUT_OPTIONS, toElkGraph } from './to-elk-graph';
