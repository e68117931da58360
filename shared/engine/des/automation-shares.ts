/**
 * What happened at the AI steps, as shares of their visits: accepted automatically, sent to
 * a person for review (below the confidence threshold), or done by the fallback path (the
 * service was down). Per replication the three add up to 1; over replications each gets a
 * Student-t 95 % interval like every other figure (estimate.ts).
 *
 * Only visits of counted cases (arriving after the warm-up) count, all AI steps of the map
 * together. The expected shares of one AI step are `aiShares` (step-work.ts): fallback
 * 1 − availability, auto-accepted availability × automationRate (× 1 with no review role),
 * reviewed the rest; QA-sampled is the part of the auto-accepted also reviewed.
 */
import { estimate, type Estimate } from './estimate';

/** One replication's AI-step visits by counted cases, by what happened; disjoint. */
export interface AiOutcomeCounts {
  /** Auto-accepted and not sampled for QA: nobody looked at it. */
  readonly accepted: number;
  /** Auto-accepted, and drawn for a QA review as well. */
  readonly qaSampled: number;
  /** Below the confidence threshold: a person reviewed it. */
  readonly reviewed: number;
  /** The service was down: the fallback role (or a wait) did the work. */
  readonly fallback: number;
}

/** Shares of AI-step visits (0..1), each over replications with its 95 % interval. */
export interface AutomationShares {
  /** AI-step visits by counted cases, all replications. */
  readonly aiStepVisits: number;
  /** Accepted without a review of their own (QA-sampled included): the automation rate achieved. */
  readonly autoAccepted: Estimate;
  /** Sent to human review, below the threshold. */
  readonly reviewed: Estimate;
  /** Handled by the fallback path. */
  readonly fallback: Estimate;
  /** Auto-accepted and also QA-reviewed: part of `autoAccepted`. */
  readonly qaSampled: Estimate;
}

const visitsOf = (c: AiOutcomeCounts): number => c.accepted + c.qaSampled + c.reviewed + c.fallback;

/**
 * The shares over `replications` (in replication order); a replication in which no counted
 * case reached an AI step has no share and is left out. Null when none has one (the map has
 * no AI step, or no counted case went through one).
 */
export function automationShares(
  replications: readonly AiOutcomeCounts[],
): AutomationShares | null {
  const seen = replications.filter((c) => visitsOf(c) > 0);
  if (seen.length === 0) return null;
  const share = (pick: (c: AiOutcomeCounts) => number): Estimate =>
    estimate(seen.map((c) => pick(c) / visitsOf(c)));
  return {
    aiStepVisits: seen.reduce((sum, c) => sum + visitsOf(c), 0),
    autoAccepted: share((c) => c.accepted + c.qaSampled),
    reviewed: share((c) => c.reviewed),
    fallback: share((c) => c.fallback),
    qaSampled: share((c) => c.qaSampled),
  };
}
