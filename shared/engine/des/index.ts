/**
 * The discrete-event simulator: cases arrive (Poisson or regular, from the map's demand),
 * queue FIFO for role pools of `serversFor(headcount)` people working at the role's pace
 * (fractional headcount, see flow-model.ts), are worked for sampled durations, routed by
 * decision probabilities (normalised as graph.ts says), forked at parallel splits and
 * joined, and run through AI steps exactly as `aiShares` describes (availability -> fallback,
 * latency holding nobody, auto-accept vs review, QA sampling, escaped errors). Drift is not
 * simulated.
 *
 * Promises: the clock counts working hours; the same project, map and options give a
 * byte-identical result (JSON.stringify); memory does not grow with the number of cases;
 * `simulate` and `simulateAsync` return the same result however the work is chunked, and so
 * do replications run apart (workers, threads) and combined (`planSimulation`,
 * `runReplication`, `combineReplications`, `distributeReplications`: split-run.ts).
 * Figures come from counted cases (arriving after the warm-up, chosen from the process: see
 * run-plan.ts; a run too short to measure says so instead of giving figures); time
 * averages and throughput from the window between the first counted and the last arrival.
 * Whether the figures describe a steady state is the flow model's exact verdict on capacity
 * (`status`); figures that mean nothing for the map's state are null, with a sentence why.
 */
export type { Estimate } from './estimate';
export type { AutomationShares } from './automation-shares';
export { alignCycleHistograms, type AlignedCycleBin, type CycleTimeBin } from './cycle-bins';
export type { SimulationOptions, SimulationResult, SimulationStatus } from './result';
export {
  createSimulation,
  simulate,
  simulateAsync,
  CHUNK_EVENTS,
  type SimulationRun,
} from './simulate';
export { compileSimulation, type SimModel } from './compile';
export { createReplication, type Replication, type ReplicationSettings } from './replication';
export {
  planSimulation,
  startReplication,
  runReplication,
  combineReplications,
  type SimulationPlan,
} from './split-run';
export { distributeReplications, type ReplicationLane } from './distribute';
export type { RunPlan } from './run-plan';
export type { ReplicationSummary } from './totals';
export {
  recordEventLog,
  type ActivityKind,
  type AiOutcome,
  type LoggedActivity,
  type LoggedCase,
} from './event-log';
export type { ReplicationObserver } from './observer';
