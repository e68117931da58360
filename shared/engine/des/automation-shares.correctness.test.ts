/**
 * The simulated automation shares against the shares the AI step's own numbers give by hand
 * (DESIGN.md "The AI step"): per visit the service is down with probability 1 − availability
 * (fallback); otherwise automationRate of the model's results is auto-accepted and the rest
 * reviewed; qaSampleRate of the accepted is also QA-reviewed. A simulated share passes when
 * it is within 2 × its 95 % half-width of the exact share, with a fixed seed.
 */
import { describe, expect, it } from 'vitest';
import { ai, chain, end, start } from '../../samples/build-helpers';
import type { Estimate } from './estimate';
import { simulate } from './index';
import {
  AI_REVIEW_STEP,
  aiReviewModel,
  mm1Model,
  pool,
  queueProject,
} from '../testing/queue-models';

const RUN = { cases: 20_000, replications: 10, seed: 5 } as const;

function expectNear(estimate: Estimate, exact: number, what: string): void {
  const message = `${what}: simulated ${estimate.mean} ± ${estimate.halfWidth}, exact ${exact}`;
  // An interval this run cannot have: 20 000 visits a replication give half-widths near 0.003.
  expect(estimate.halfWidth, message).toBeLessThan(0.01);
  expect(Math.abs(estimate.mean - exact), message).toBeLessThanOrEqual(2 * estimate.halfWidth);
}

describe('automation shares', () => {
  it('converge to the AI step’s shares: availability 0.8, automation rate 0.75, QA 0.2', () => {
    // Given Start -> AI step -> End, the service up 80 % of the time, 75 % auto-accepted and
    // 20 % of the accepted QA-sampled; when it is simulated
    const { project, map } = aiReviewModel();
    const result = simulate(project, map, RUN);
    const shares = result.automation;
    if (shares === null) throw new Error('a map with an AI step has automation shares');
    // then fallback = 1 − 0.8 = 0.2, auto-accepted = 0.8 × 0.75 = 0.6,
    // reviewed = 0.8 × 0.25 = 0.2, QA-sampled = 0.6 × 0.2 = 0.12
    expectNear(shares.fallback, 0.2, 'fallback');
    expectNear(shares.autoAccepted, 0.6, 'auto-accepted');
    expectNear(shares.reviewed, 0.2, 'reviewed');
    expectNear(shares.qaSampled, 0.12, 'QA-sampled');
    // and the three outcomes add up to every visit
    const sum = shares.fallback.mean + shares.autoAccepted.mean + shares.reviewed.mean;
    expect(sum).toBeCloseTo(1, 12);
    // and every counted case visits the AI step once
    expect(shares.aiStepVisits).toBe(result.casesCompleted);
  });

  it('with no review role, every model result is accepted and nothing is reviewed', () => {
    // Given the same AI step without a review role
    const { project, map } = queueProject({
      name: 'AI step without review',
      arrivalsPerHour: 10,
      roles: [pool('clerk', 2, 30)],
      steps: [
        start('start', 'Arrive', [0, 1]),
        ai({ ...AI_REVIEW_STEP, reviewRoleId: null, ownerRoleId: null, cell: [1, 1] }),
        end('end', 'Done', [2, 1]),
      ],
      flows: chain('start', 'ai', 'end'),
    });
    // when it is simulated
    const shares = simulate(project, map, RUN).automation;
    if (shares === null) throw new Error('a map with an AI step has automation shares');
    // then auto-accepted = availability = 0.8, fallback 0.2, and reviewed none at all
    expectNear(shares.autoAccepted, 0.8, 'auto-accepted');
    expectNear(shares.fallback, 0.2, 'fallback');
    expect(shares.reviewed.mean).toBe(0);
    expect(shares.qaSampled.mean).toBe(0);
  });

  it('are null on a map without an AI step', () => {
    // Given M/M/1, which has no AI step; when it is simulated; then there are no shares
    const { project, map } = mm1Model();
    const result = simulate(project, map, { cases: 5_000, replications: 2, seed: 1 });
    expect(result.status).toBe('ok');
    expect(result.automation).toBeNull();
  });
});
