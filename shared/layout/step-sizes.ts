/**
 * How much room each step takes on the canvas, for the layout. Measured sizes (React Flow's,
 * in canvas pixels) win; otherwise a default by kind that is a little larger than the shapes
 * `renderer/src/canvas/canvas.css` draws, so a layout made before the first measurement still
 * leaves every shape clear of its neighbours.
 */
import type { Step, StepKind } from '../model/schema';

export interface StepSize {
  /** Canvas pixels. */
  width: number;
  height: number;
}

/** Sizes by step id, e.g. the ones React Flow measured; steps not in it take the default. */
export type StepSizes = ReadonlyMap<string, StepSize>;

/** Room by kind when a step has not been measured: circles, diamonds, bars and cards. */
export const DEFAULT_STEP_SIZES: Readonly<Record<StepKind, StepSize>> = {
  start: { width: 40, height: 40 },
  end: { width: 40, height: 40 },
  decision: { width: 48, height: 48 },
  'parallel-split': { width: 16, height: 64 },
  'parallel-join': { width: 16, height: 64 },
  task: { width: 190, height: 84 },
  ai: { width: 190, height: 110 },
};

/** The measured size of a step when it is known and usable, else its kind's default. */
export function stepSize(step: Step, sizes: StepSizes | undefined): StepSize {
  const measured = sizes?.get(step.id);
  if (measured && isUsable(measured.width) && isUsable(measured.height)) return measured;
  return DEFAULT_STEP_SIZES[step.kind];
}

/** React Flow reports 0 before a node is drawn; such a size would let steps overlap. */
function isUsable(pixels: number): boolean {
  return Number.isFinite(pixels) && pixels > 0;
}
