/**
 * Uncertainty: what the ranges on a project's inputs do to a scenario's NPV and payback.
 * `tornado` varies one range at a time; `monteCarlo` samples all of them, seeded. Both run on
 * a compiled fast path (`compileScenario`) that equals the ROI model's slow path
 * (`writeInput` + `computeRoi`) to rounding error, formula benefit lines included; Monte
 * Carlo holds the flow model's cycle times at the base case (see compile.ts).
 */
export { tornado, type TornadoBar, type TornadoResult } from './tornado';
export {
  monteCarlo,
  DEFAULT_BINS,
  MAX_SAMPLES,
  PROGRESS_CHUNK,
  type MonteCarloOptions,
  type MonteCarloResult,
} from './monte-carlo';
export {
  compileScenario,
  movesCycleTime,
  type CompiledScenario,
  type CompileOptions,
} from './compile';
export type { NetValue } from '../roi/finance';
export { INTEGER_FIELDS, type SkippedRange, type RangeEffect } from './bindings';
export {
  drawRange,
  pertQuantile,
  PERT_CELLS,
  rangeSampler,
  rangeStreams,
  type RangeSampler,
  type Sampling,
} from './sampling';
export type { HistogramBin } from './stats';
