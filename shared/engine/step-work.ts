/**
 * What one visit to a step asks of people and money, in expectation: the split of an AI
 * step into fallback, automated, reviewed and QA-sampled shares (DESIGN.md "The AI step"),
 * shared by the flow model and the simulator so both tell the same story.
 *
 * AI step, per visit: with probability 1 - availability the service is down and the
 * fallback role does the work (with no fallback role the case waits `fallbackMinutes` for
 * the service, holding nobody). Otherwise the model runs (latency, inference cost); a share
 * `automationRate` is auto-accepted and the rest reviewed; `qaSampleRate` of the accepted
 * are reviewed too. With no review role nothing is reviewed and every case is accepted.
 * `escapedErrorRate` of the accepted, unreviewed-by-design cases cost `costPerEscapedError`.
 */
import type { AiStep } from '../model/schema';

export interface AiShares {
  /** Share of visits that take the fallback path. */
  readonly fallback: number;
  /** Share of visits the model handles. */
  readonly model: number;
  /** Share of visits reviewed by the review role (below threshold or QA-sampled). */
  readonly reviewed: number;
  /** Share of visits accepted without the review of their own (auto-accepted). */
  readonly accepted: number;
  /** Expected escaped errors per visit. */
  readonly escapedErrors: number;
}

export function aiShares(step: AiStep): AiShares {
  const model = step.availability;
  const fallback = 1 - model;
  const hasReview = step.reviewRoleId !== null;
  const acceptedShare = hasReview ? step.automationRate : 1;
  const reviewedGivenModel = hasReview
    ? 1 - step.automationRate + step.automationRate * step.qaSampleRate
    : 0;
  return {
    fallback,
    model,
    reviewed: model * reviewedGivenModel,
    accepted: model * acceptedShare,
    escapedErrors: model * acceptedShare * step.escapedErrorRate,
  };
}
