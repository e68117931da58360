/**
 * The engines' surface for the rest of Flowcase: the flow model (and the per-step kernel and
 * graph rules it shares with the Monte Carlo fast path), the calendar, and the simulator
 * (`./des`). Code outside `shared/engine` imports from here, never from a file inside; lint
 * enforces it, so the internals can change without reaching into every caller.
 */
export {
  computeFlowModel,
  serversFor,
  paceFactorFor,
  MAX_VISITS_PER_STEP,
  type FlowModelResult,
  type FlowStatus,
  type RoleLoad,
  type StepFigures,
  type CostPerCase,
} from './flow-model';
export { arrivalsPerHour, hoursPerMonth, hoursPerPeriod } from './calendar';
export {
  automationSlope,
  compileCaseMap,
  compileCaseWork,
  evaluateCaseMap,
  zeroFigures,
  type CaseFigures,
  type CompiledCaseMap,
} from './case-work';
export { compileMap, trappedSteps, type CompiledMap } from './graph';
export { expectedVisits } from './visits';
export { aiShares, type AiShares } from './step-work';
export { erlangC, mmc } from './erlang';
export { gigcWait } from './queueing';
export * from './des';
