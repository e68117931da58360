/**
 * What a simulation is asked to do and what it answers: the simulator's public types.
 */
import type { AutomationShares } from './automation-shares';
import type { CycleTimeBin } from './cycle-bins';
import type { Estimate } from './estimate';
import type { ReplicationObserver } from './observer';

export type SimulationStatus = 'ok' | 'overloaded' | 'stuck' | 'too-short' | 'refused';

export interface SimulationOptions {
  /** Cases arriving per replication (arrivals stop after this many); all are then run to completion. */
  cases: number;
  /** Independent replications, >= 1; intervals need at least 2. */
  replications: number;
  /** Any integer; the same seed gives a byte-identical result. */
  seed: number;
  /**
   * Working hours left out before measuring (cases arriving earlier are not counted); when
   * absent, chosen from the process (run-plan.ts: a few cycle times, or the time the busiest
   * queue needs to settle).
   */
  warmupHours?: number;
  /** Called now and then with the share done (0..1), last with 1. */
  onProgress?: (shareDone: number) => void;
  /** Checked between chunks; when aborted, the run stops with an Error named 'AbortError'. */
  signal?: { readonly aborted: boolean };
  /**
   * Told what happens in the first replication (replication 0) as it runs, e.g. to record an
   * event log (observer.ts); the result is the same with it or without.
   */
  observer?: ReplicationObserver;
  /**
   * Awaited by `simulateAsync` between chunks of events, after the progress report: lets
   * whoever consumes what `observer` records (a file being written) hold the run back until
   * it has caught up. `simulate` never calls it.
   */
  betweenChunks?: () => Promise<void>;
}

export interface SimulationResult {
  mapId: string;
  mapName: string;
  cases: number;
  replications: number;
  seed: number;
  /** Working hours left out before measuring, and how they were chosen (run-plan.ts). */
  warmupHours: number;
  warmupRule: 'auto' | 'set';
  /** One sentence, e.g. "3 × the mean cycle time (50 h), so the map has filled". */
  warmupReason: string;
  /** Fewest cases per replication that give a window worth measuring with this warm-up. */
  minimumCases: number;
  /** The run was too short to measure anything: no figures, and `minimumCases` to try. */
  runTooShort: boolean;
  /**
   * `ok`: the figures describe the process in steady state. `overloaded`: demand exceeds a
   * role's capacity (the flow model's exact verdict), so queues grow without limit: throughput
   * is the capacity, and every figure that grows with the run length (cycle time, work in
   * progress, queues and waits) is null. `stuck`: some cases never finished. `too-short`: the
   * cases asked for cannot fill the map and leave a window worth measuring (`runTooShort`,
   * `minimumCases`): not simulated, every figure null. `refused`: not simulated at all (no
   * demand, cases that never finish, a runaway loop): every figure null.
   * `warnings` says why in words.
   */
  status: SimulationStatus;
  /** `status === 'ok'`. */
  stable: boolean;
  /** Sentences, e.g. "Review team is at 130 % of capacity — the queue grows without limit". */
  warnings: string[];
  /** Cases that arrived after the warm-up, summed over replications: the cases measured. */
  casesCounted: number;
  /** Counted (post-warm-up) cases completed, summed over replications. */
  casesCompleted: number;
  /** Completions (of any case) inside the measurement window per working hour of it; null if refused. */
  throughputPerHour: Estimate | null;
  /** Arrival to completion of the last branch, working hours; null unless `ok`. */
  cycleTimeHours: { mean: Estimate; p50: Estimate; p90: Estimate; p95: Estimate } | null;
  /**
   * Counted cases completed by cycle time, all replications, on the fixed grid of
   * cycle-bins.ts (the same for every map, so two maps' bins line up); the cases add up to
   * `casesCompleted`. Null exactly when `cycleTimeHours` is.
   */
  cycleTimeHistogram: CycleTimeBin[] | null;
  /**
   * Shares of AI-step visits auto-accepted, reviewed and taken by the fallback path, with
   * 95 % intervals (automation-shares.ts); null when the map has no AI step that a counted
   * case reached, or nothing was simulated.
   */
  automation: AutomationShares | null;
  /** Time-average cases in the process over the window; null unless `ok`. */
  workInProgress: Estimate | null;
  /** Per counted case, project currency; null when no counted case finished. */
  costPerCase: {
    labour: Estimate;
    nonLabour: Estimate;
    ai: Estimate;
    errors: Estimate;
    total: Estimate;
  } | null;
  /** Roles with work in the map (as the flow model lists them), in project order. */
  roles: {
    id: string;
    name: string;
    /** People simulated: `serversFor(headcount)`, ⌈headcount⌉. */
    servers: number;
    /** Time-average share of the servers busy over the window; null with nobody in the role. */
    utilisation: Estimate | null;
    /** Time-average cases waiting in the role's queue over the window; null unless `ok`. */
    meanQueueLength: Estimate | null;
    /** Mean wait in the queue per visit that needed the role, hours; null unless `ok`. */
    meanWaitHours: Estimate | null;
  }[];
  /** Every step, map order (none when refused). */
  steps: {
    id: string;
    name: string;
    kind: string;
    visitsPerCase: Estimate;
    /** Mean queue wait per visit (waiting for a person), hours; 0 without people; null unless `ok`. */
    meanWaitHours: Estimate | null;
  }[];
  /** Events processed, all replications. */
  events: number;
}
