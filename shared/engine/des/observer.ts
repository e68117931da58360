/**
 * What a replication tells an observer while it runs: cases arriving and finishing, and each
 * piece of work (an activity) starting and ending, in the order the simulated clock sees
 * them. It is how the event log (event-log.ts) is recorded without the simulator knowing
 * about logs.
 *
 * Contract: a replication without an observer runs exactly as before (each hook sits behind
 * one `observer !== null` test); with one, it draws the same random numbers and gives the
 * same result, byte for byte: hooks only read. Times are working hours from the start of the
 * replication. Tokens and case slots are recycled, so a hook's `token` or `caseSlot` means
 * that token or case only until it ends (`ended`, `finished`).
 */

/** What a token is doing at its step (the simulator's activity codes). */
export const ACT_WORK = 0;
/** A task's wait after its work: a delay that holds nobody. */
export const ACT_WAIT = 1;
/** An AI step's model run: holds nobody. */
export const ACT_LATENCY = 2;
/** An AI step's human review: after a result below the threshold, or a QA sample. */
export const ACT_REVIEW = 3;
/** An AI step's manual fallback while the service is down, by the fallback role. */
export const ACT_FALLBACK_WORK = 4;
/** The same fallback on an AI step with no fallback role: a delay that holds nobody. */
export const ACT_FALLBACK_DELAY = 5;

/** What happened to a model run's result. */
export const OUTCOME_ACCEPTED = 0;
/** Below the confidence threshold: a person reviews it. */
export const OUTCOME_REVIEWED = 1;
/** Auto-accepted, and drawn for a QA review as well (monitoring). */
export const OUTCOME_QA_SAMPLED = 2;

export interface ReplicationObserver {
  /** Case number `index` (0-based arrival order) arrived at `t` into `caseSlot`; `counted` false in the warm-up. */
  arrived(caseSlot: number, index: number, counted: boolean, t: number): void;
  /** `token` of `caseSlot` started activity `act` (an `ACT_` code) at step `step` at `t` (queueing is over). */
  started(token: number, caseSlot: number, step: number, act: number, t: number): void;
  /** The activity `token` started last ended at `t`. */
  ended(token: number, caseSlot: number, step: number, act: number, t: number): void;
  /** The model run of `token`, which just ended, had `outcome` (an `OUTCOME_` code). */
  decided(token: number, outcome: number): void;
  /** A branch of `caseSlot` reached end step `step` at `t`. */
  reachedEnd(caseSlot: number, step: number, t: number): void;
  /** The last branch of `caseSlot` finished at `t`: the case is complete. */
  finished(caseSlot: number, t: number): void;
}
