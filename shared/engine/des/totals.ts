/**
 * What one replication accumulates while it runs (`Totals`, sums and time integrals) and
 * the per-replication figures made from them (`ReplicationSummary`). Only counted cases
 * (arriving at or after `countFromHours`) add to sums; time integrals (busy people, queue
 * length, work in progress) cover every moment and are read at the window's two marks: the
 * end of the warm-up and the last arrival (or last completion). Also the replication's
 * interface.
 */
import type { AiOutcomeCounts } from './automation-shares';
import type { SimModel } from './compile';
import { emptyCycleBins } from './cycle-bins';
import type { LogHistogram } from './histogram';

export interface Totals {
  labour: number;
  nonLabour: number;
  ai: number;
  errors: number;
  countedCompleted: number;
  /** Cases that arrived after the warm-up (all of them complete: the run drains). */
  countedArrived: number;
  /** Cases of any kind that completed. */
  finished: number;
  completionsInWindow: number;
  cycleTimeSum: number;
  wipArea: number;
  /** AI-step visits of counted cases by outcome (automation-shares.ts). */
  aiAccepted: number;
  aiQaSampled: number;
  aiReviewed: number;
  aiFallback: number;
  /** Counted cases completed, by cycle-time bin (cycle-bins.ts). */
  readonly cycleBins: Float64Array;
  readonly busyArea: Float64Array;
  readonly queueArea: Float64Array;
  readonly poolWait: Float64Array;
  readonly poolWaitCount: Float64Array;
  readonly stepVisits: Float64Array;
  readonly stepWait: Float64Array;
  /** Record mark `b` (`WINDOW_START` or `WINDOW_END`) at time `t` (hours), after the integrals were brought up to `t`. */
  mark(b: number, t: number): void;
  readonly markTime: Float64Array;
  readonly markWip: Float64Array;
  readonly busyAtStart: Float64Array;
  readonly queueAtStart: Float64Array;
  readonly busyAtEnd: Float64Array;
  readonly queueAtEnd: Float64Array;
  readonly servers: Int32Array;
}

/** The marks of the measurement window. */
export const WINDOW_START = 0;
export const WINDOW_END = 1;

export function emptyTotals(model: SimModel): Totals {
  const pools = model.poolCount;
  const totals: Totals = {
    labour: 0,
    nonLabour: 0,
    ai: 0,
    errors: 0,
    countedCompleted: 0,
    countedArrived: 0,
    finished: 0,
    completionsInWindow: 0,
    cycleTimeSum: 0,
    wipArea: 0,
    aiAccepted: 0,
    aiQaSampled: 0,
    aiReviewed: 0,
    aiFallback: 0,
    cycleBins: emptyCycleBins(),
    busyArea: new Float64Array(pools),
    queueArea: new Float64Array(pools),
    poolWait: new Float64Array(pools),
    poolWaitCount: new Float64Array(pools),
    stepVisits: new Float64Array(model.stepCount),
    stepWait: new Float64Array(model.stepCount),
    markTime: new Float64Array(2),
    markWip: new Float64Array(2),
    busyAtStart: new Float64Array(pools),
    queueAtStart: new Float64Array(pools),
    busyAtEnd: new Float64Array(pools),
    queueAtEnd: new Float64Array(pools),
    servers: model.servers,
    mark(b: number, t: number): void {
      totals.markTime[b] = t;
      totals.markWip[b] = totals.wipArea;
      if (b === WINDOW_START) {
        totals.busyAtStart.set(totals.busyArea);
        totals.queueAtStart.set(totals.queueArea);
      } else {
        totals.busyAtEnd.set(totals.busyArea);
        totals.queueAtEnd.set(totals.queueArea);
      }
    },
  };
  return totals;
}

/** `totals` back to `emptyTotals`' zeros, in place (a replication run again on the same arrays). */
export function resetTotals(totals: Totals): void {
  totals.labour = 0;
  totals.nonLabour = 0;
  totals.ai = 0;
  totals.errors = 0;
  totals.countedCompleted = 0;
  totals.countedArrived = 0;
  totals.finished = 0;
  totals.completionsInWindow = 0;
  totals.cycleTimeSum = 0;
  totals.wipArea = 0;
  totals.aiAccepted = 0;
  totals.aiQaSampled = 0;
  totals.aiReviewed = 0;
  totals.aiFallback = 0;
  for (const values of [
    totals.cycleBins,
    totals.busyArea,
    totals.queueArea,
    totals.poolWait,
    totals.poolWaitCount,
    totals.stepVisits,
    totals.stepWait,
    totals.markTime,
    totals.markWip,
    totals.busyAtStart,
    totals.queueAtStart,
    totals.busyAtEnd,
    totals.queueAtEnd,
  ])
    values.fill(0);
}

/** One replication's figures; every number finite, 0 where there was nothing to measure. */
export interface ReplicationSummary {
  readonly arrived: number;
  readonly countedArrived: number;
  readonly countedCompleted: number;
  /** Cases that arrived and never completed (stuck behind a role with nobody in it). */
  readonly unfinished: number;
  readonly windowHours: number;
  /** Completions (of any case) per hour of the window. */
  readonly throughputPerHour: number;
  readonly cycleTime: { mean: number; p50: number; p90: number; p95: number };
  /** Counted cases completed by cycle-time bin, `CYCLE_BIN_SLOTS` long (cycle-bins.ts). */
  readonly cycleBins: Float64Array;
  /** AI-step visits of counted cases by outcome. */
  readonly aiOutcomes: AiOutcomeCounts;
  readonly workInProgress: number;
  readonly costPerCase: {
    labour: number;
    nonLabour: number;
    ai: number;
    errors: number;
    total: number;
  };
  /** By pool (project role order). */
  readonly utilisation: Float64Array;
  readonly meanQueueLength: Float64Array;
  readonly meanWaitHours: Float64Array;
  /** By step. */
  readonly visitsPerCase: Float64Array;
  readonly stepWaitHours: Float64Array;
  readonly events: number;
}

const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);

export function summarise(
  totals: Totals,
  cycle: LogHistogram,
  run: { arrived: number; events: number },
): ReplicationSummary {
  const window =
    (totals.markTime[WINDOW_END] as number) - (totals.markTime[WINDOW_START] as number);
  const n = totals.countedCompleted;
  const pools = totals.busyArea.length;
  const utilisation = new Float64Array(pools);
  const meanQueueLength = new Float64Array(pools);
  const meanWaitHours = new Float64Array(pools);
  for (let p = 0; p < pools; p++) {
    const busy = (totals.busyAtEnd[p] as number) - (totals.busyAtStart[p] as number);
    const queue = (totals.queueAtEnd[p] as number) - (totals.queueAtStart[p] as number);
    utilisation[p] = ratio(busy, window * (totals.servers[p] as number));
    meanQueueLength[p] = ratio(queue, window);
    meanWaitHours[p] = ratio(totals.poolWait[p] as number, totals.poolWaitCount[p] as number);
  }
  const visitsPerCase = totals.stepVisits.map((v) => ratio(v, n));
  const stepWaitHours = totals.stepWait.map((w, i) => ratio(w, totals.stepVisits[i] as number));
  const costPerCase = {
    labour: ratio(totals.labour, n),
    nonLabour: ratio(totals.nonLabour, n),
    ai: ratio(totals.ai, n),
    errors: ratio(totals.errors, n),
    total: ratio(totals.labour + totals.nonLabour + totals.ai + totals.errors, n),
  };
  return {
    arrived: run.arrived,
    countedArrived: totals.countedArrived,
    countedCompleted: n,
    unfinished: run.arrived - totals.finished,
    windowHours: window,
    throughputPerHour: ratio(totals.completionsInWindow, window),
    cycleTime: {
      mean: ratio(totals.cycleTimeSum, n),
      p50: cycle.quantile(0.5),
      p90: cycle.quantile(0.9),
      p95: cycle.quantile(0.95),
    },
    cycleBins: totals.cycleBins.slice(),
    aiOutcomes: {
      accepted: totals.aiAccepted,
      qaSampled: totals.aiQaSampled,
      reviewed: totals.aiReviewed,
      fallback: totals.aiFallback,
    },
    workInProgress: ratio(
      (totals.markWip[WINDOW_END] as number) - (totals.markWip[WINDOW_START] as number),
      window,
    ),
    costPerCase,
    utilisation,
    meanQueueLength,
    meanWaitHours,
    visitsPerCase,
    stepWaitHours,
    events: run.events,
  };
}

export interface ReplicationSettings {
  readonly cases: number;
  /** The measurement window opens at this time (working hours). */
  readonly warmupHours: number;
  /** Cases arriving before this time (working hours) are not counted. */
  readonly countFromHours: number;
  /**
   * Where the window closes: at the last arrival (a map that keeps up), or at the last case
   * done (a map over capacity, whose cases come out at the roles' pace after arrivals stop).
   */
  readonly windowEnd: 'last-arrival' | 'last-completion';
  readonly seed: number;
}

/** A replication in progress. */
export interface Replication {
  /** Process at most `maxEvents` events; true once every event has been processed. */
  run(maxEvents: number): boolean;
  /** Events processed so far. */
  readonly events: number;
  /** Share of the replication done, 0..1, from the arrivals so far (1 once finished). */
  progress(): number;
  /** Figures so far; final once `run` has returned true. */
  summary(): ReplicationSummary;
}
