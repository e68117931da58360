/**
 * The simulator against queueing theory (issue 3, "Correctness"): every figure here has an
 * exact answer derived by hand, written next to the assertion. A simulated mean passes when
 * it is within max(2 x its 95 % CI half-width, 1 %) of the exact value, at utilisation <= 0.8.
 * Little's law (L = λW) must hold within 0.5 %.
 *
 * The same models are also run through the flow model (analytic), which checks the models
 * themselves and the flow model's Erlang C estimate independently of the simulator.
 *
 * Units: hours (the simulation clock counts working hours), rates per hour.
 */
import { describe, expect, it } from 'vitest';
import { validateProject } from '../../model/parse';
import type { Distribution } from '../../model/distribution';
import { computeFlowModel } from '../flow-model';
import { erlangC } from '../erlang';
import {
  AI_REVIEW_STEP,
  aiReviewModel,
  forkJoinModel,
  jacksonReworkModel,
  mg1Model,
  mm1Model,
  mm5Model,
  type QueueModel,
} from '../testing/queue-models';
import { simulate } from './index';
import { steady, type SteadyResult } from './testing/steady';
import { solved } from '../testing/solved';

type Result = SteadyResult;
interface Estimate {
  readonly mean: number;
  readonly halfWidth: number;
  readonly ci95: readonly [number, number];
}

/**
 * 10 replications of 100 000 cases, the first 10 % of each not counted: 900 000 counted
 * cases per model, about 1 s each on this machine. At ρ = 0.8 a single-server queue's mean
 * wait is strongly autocorrelated, so its CI stays several % wide even so (the tolerance is
 * then the CI's); utilisation, throughput, visits and costs get CIs under 1 %.
 */
const RUN = { cases: 100_000, replications: 10 } as const;

const run = (model: QueueModel, seed: number): Result =>
  steady(simulate(model.project, model.map, { ...RUN, seed }));

/** Passes when |mean - exact| <= max(2 x CI half-width, 1 % of exact). */
function expectNear(estimate: Estimate, exact: number, what: string): void {
  const tolerance = Math.max(2 * estimate.halfWidth, 0.01 * Math.abs(exact));
  const message = `${what}: simulated ${estimate.mean} ± ${estimate.halfWidth}, exact ${exact}`;
  expect(Math.abs(estimate.mean - exact), message).toBeLessThanOrEqual(tolerance);
}

/** Little's law over the simulated run: time-average WIP = throughput x mean cycle time. */
function expectLittle(result: Result, what: string): void {
  const l = result.workInProgress.mean;
  const lambdaW = result.throughputPerHour.mean * result.cycleTimeHours.mean.mean;
  const message = `${what}: L = ${l}, λW = ${lambdaW}`;
  expect(Math.abs(l - lambdaW) / lambdaW, message).toBeLessThanOrEqual(0.005);
}

const role = (result: Result, id: string) => {
  const found = result.roles.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no role ${id} in the result`);
  return found;
};
const step = (result: Result, id: string) => {
  const found = result.steps.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no step ${id} in the result`);
  return found;
};

/**
 * Erlang C written out as in the issue, independently of `erlang.ts`:
 * C(c, a) = [a^c/c! / (1-ρ)] / [Σ_{k<c} a^k/k! + a^c/c! / (1-ρ)], ρ = a/c.
 */
function erlangCBySum(c: number, a: number): number {
  let term = 1; // a^k / k!
  let sum = 0;
  for (let k = 0; k < c; k++) {
    sum += term;
    term = (term * a) / (k + 1);
  }
  const top = term / (1 - a / c);
  return top / (sum + top);
}

/** M/M/c mean wait in queue, hours: Wq = C(c, a) / (cμ - λ), with a = λ/μ. */
function mmcWait(c: number, lambda: number, meanService: number): number {
  const a = lambda * meanService;
  return erlangCBySum(c, a) / (c / meanService - lambda);
}

const M = (minutes: number): number => minutes / 60;

describe('the queue models themselves (analytic side, no simulation)', () => {
  const models: [string, QueueModel][] = [
    ['M/M/1', mm1Model()],
    ['M/M/5', mm5Model()],
    ['M/G/1', mg1Model({ type: 'uniform', min: 30, max: 90 })],
    ['Jackson', jacksonReworkModel()],
    ['AI review', aiReviewModel()],
    [
      'fork/join',
      forkJoinModel({ left: { type: 'fixed', value: 30 }, right: { type: 'fixed', value: 45 } }),
    ],
  ];
  it.each(models)('%s is a valid project', (_, model) => {
    // Given a builder's project, when it is validated, then it has no issues.
    const parsed = validateProject(JSON.parse(JSON.stringify(model.project)));
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  it('the Erlang C written out equals erlang.ts', () => {
    // Given the issue's sum form and the stable recursion in erlang.ts, they agree.
    for (const [c, a] of [
      [1, 0.8],
      [5, 4],
      [2, 1.2],
      [3, 2.4],
      [2, 1.6],
    ] as const)
      expect(erlangCBySum(c, a)).toBeCloseTo(erlangC(c, a), 12);
  });

  it('M/M/1: utilisation 0.8, and the Erlang C estimate is W = 5 h exactly', () => {
    // Given λ = 0.8/h, μ = 1/h; when the flow model runs;
    // then ρ = λ/μ = 0.8, Wq = ρ/(μ - λ) = 4 h, W = 1/(μ - λ) = 5 h (Erlang C with c = 1
    // is exactly M/M/1, so the estimate is exact here).
    const { project, map } = mm1Model();
    const flow = solved(computeFlowModel(project, map));
    expect(flow.arrivalsPerHour).toBeCloseTo(0.8, 12);
    expect(flow.roles[0]?.utilisation).toBeCloseTo(0.8, 12);
    expect(flow.roles[0]?.queueWaitHours).toBeCloseTo(4, 12);
    expect(flow.cycleTimeHoursEstimate).toBeCloseTo(5, 12);
    expect(flow.workInProgressEstimate).toBeCloseTo(4, 12);
  });

  it('M/M/5: utilisation 0.8, and the estimate is W = 5744/77 s', () => {
    // Given λ = 1/12 per s, μ = 1/48 per s, c = 5: a = 4, ρ = 0.8, C(5, 4) = 0.5541...,
    // Wq = C/(cμ - λ) = 48 C s = 2048/77 s, W = Wq + 48 s = 5744/77 s.
    const { project, map } = mm5Model();
    const flow = solved(computeFlowModel(project, map));
    expect(flow.roles[0]?.utilisation).toBeCloseTo(0.8, 12);
    expect(48 * erlangCBySum(5, 4)).toBeCloseTo(2048 / 77, 10);
    expect(flow.cycleTimeHoursEstimate).toBeCloseTo(5744 / 77 / 3600, 12);
  });

  it('Jackson network: 1.25 visits to the loop, and the estimate is the exact 8.25 h', () => {
    // Visits: the loop is left with probability 0.8, so Prepare and Check are visited
    // 1/(1 - 0.2) = 1.25 times. λ_P = λ_C = 0.625/h, λ_F = 0.5/h.
    // Prepare M/M/1: ρ = 0.625 x 0.8 = 0.5, W = 1/(1.25 - 0.625) = 1.6 h per visit.
    // Check M/M/2: a = 0.625 x 1.92 = 1.2, ρ = 0.6, C(2, 1.2) = 1.8/4 = 0.45,
    //   Wq = 0.45 x 1.92/(2 - 1.2) = 1.08 h, W = 3.0 h per visit.
    // Finish M/M/1: ρ = 0.5, W = 1/(1 - 0.5) = 2 h, plus the 0.5 h wait.
    // Jackson's theorem makes each station an M/M/c with its own λ; by Little's law the
    // end-to-end mean is Σ visits x W per visit = 1.25 x 1.6 + 1.25 x 3 + 2 + 0.5 = 8.25 h.
    const { project, map } = jacksonReworkModel();
    const flow = solved(computeFlowModel(project, map));
    const visits = Object.fromEntries(flow.steps.map((s) => [s.id, s.visitsPerCase]));
    expect(visits.prepare).toBeCloseTo(1.25, 12);
    expect(visits.check).toBeCloseTo(1.25, 12);
    expect(visits.finish).toBeCloseTo(1, 12);
    const util = Object.fromEntries(flow.roles.map((r) => [r.id, r.utilisation]));
    expect(util).toEqual({
      preparer: expect.closeTo(0.5, 12) as number,
      checker: expect.closeTo(0.6, 12) as number,
      finisher: expect.closeTo(0.5, 12) as number,
    });
    expect(mmcWait(2, 0.625, 1.92)).toBeCloseTo(1.08, 12);
    expect(flow.cycleTimeHoursEstimate).toBeCloseTo(8.25, 10);
  });

  it('AI step with review: shares, pools at 0.8, cost per case and the exact estimate', () => {
    // Shares per case: fallback 1 - 0.8 = 0.2; model 0.8; reviewed 0.8 x (0.25 + 0.75 x 0.2)
    // = 0.32. So λ_fallback = 2/h and λ_review = 3.2/h (Poisson thinning of Poisson arrivals,
    // after a fixed latency, stays Poisson).
    // Clerk M/M/2: a = 2 x 0.8 = 1.6, ρ = 0.8. Reviewer M/M/3: a = 3.2 x 0.75 = 2.4, ρ = 0.8.
    // Cost: labour 0.32 x 0.75 h x 40 + 0.2 x 0.8 h x 30 = 9.6 + 4.8 = 14.4; AI 0.8 x 0.05
    // = 0.04; escaped errors 0.8 x 0.75 x 0.02 x 100 = 1.2; total 15.64.
    // Cycle: 0.2 (Wq_f + 0.8) + 0.8 (1/60 h) + 0.32 (Wq_r + 0.75).
    const { project, map } = aiReviewModel();
    const flow = solved(computeFlowModel(project, map));
    const util = Object.fromEntries(flow.roles.map((r) => [r.id, r.utilisation]));
    expect(util.reviewer).toBeCloseTo(0.8, 12);
    expect(util.clerk).toBeCloseTo(0.8, 12);
    expect(flow.costPerCase.labour).toBeCloseTo(14.4, 10);
    expect(flow.costPerCase.ai).toBeCloseTo(0.04, 12);
    expect(flow.costPerCase.errors).toBeCloseTo(1.2, 10);
    expect(flow.costPerCase.total).toBeCloseTo(15.64, 10);
    expect(flow.cycleTimeHoursEstimate).toBeCloseTo(aiReviewCycle(), 10);
    expect(AI_REVIEW_STEP.availability).toBe(0.8);
  });

  it('fork/join of fixed branches: the estimate is the exact max of the branches', () => {
    // Left takes 30 min, Right 45 + 60 min of waiting: the join waits for the slower one,
    // so every case takes exactly max(0.5, 1.75) = 1.75 h.
    const { project, map } = forkJoinModel({
      left: { type: 'fixed', value: 30 },
      right: { type: 'fixed', value: 45 },
      rightWait: { type: 'fixed', value: 60 },
    });
    expect(computeFlowModel(project, map).cycleTimeHoursEstimate).toBeCloseTo(1.75, 10);
  });
});

/** Exact mean cycle time of `aiReviewModel`, hours (derivation in the test above). */
function aiReviewCycle(): number {
  const fallback = 0.2 * (mmcWait(2, 2, 0.8) + 0.8);
  const model = 0.8 * M(1);
  const review = 0.32 * (mmcWait(3, 3.2, 0.75) + 0.75);
  return fallback + model + review;
}

// Each test simulates ~1 M cases (1-2 s alone); allow for a busy machine.
describe('the simulator reproduces queueing theory', { timeout: 60_000 }, () => {
  it('M/M/1 (λ = 0.8/h, μ = 1/h): W = 5 h, Wq = 4 h, Lq = 3.2, L = 4, ρ = 0.8', () => {
    // Given an M/M/1 station at ρ = 0.8; when simulated;
    // then W = 1/(μ - λ) = 5 h, Wq = ρ/(μ - λ) = 4 h, Lq = λ Wq = 3.2, L = λ W = 4,
    // utilisation = ρ = 0.8, throughput = λ = 0.8/h. The sojourn time of M/M/1 FIFO is
    // exponential with rate μ - λ = 0.2/h, so its quantiles are -ln(1 - q)/0.2:
    // p50 = 5 ln 2, p90 = 5 ln 10, p95 = 5 ln 20.
    const result = run(mm1Model(), 1);
    expect(result.stable).toBe(true);
    expectNear(result.cycleTimeHours.mean, 5, 'W');
    expectNear(step(result, 'work').meanWaitHours, 4, 'Wq');
    expectNear(role(result, 'station').meanQueueLength, 3.2, 'Lq');
    expectNear(result.workInProgress, 4, 'L');
    expectNear(role(result, 'station').utilisation, 0.8, 'ρ');
    expectNear(result.throughputPerHour, 0.8, 'throughput');
    expectNear(result.cycleTimeHours.p50, 5 * Math.LN2, 'p50');
    expectNear(result.cycleTimeHours.p90, 5 * Math.log(10), 'p90');
    expectNear(result.cycleTimeHours.p95, 5 * Math.log(20), 'p95');
    expectLittle(result, 'M/M/1');
  });

  it('M/M/5 (λ = 1/12 per s, μ = 1/48 per s): W = 5744/77 s by Erlang C', () => {
    // Given c = 5, a = λ/μ = 4, ρ = 0.8: C(5, 4) by the sum form, Wq = C/(cμ - λ)
    // = 48 C s = 2048/77 s, W = Wq + 48 s = 5744/77 s; Lq = λ Wq; in hours: / 3600.
    const result = run(mm5Model(), 2);
    const wq = 2048 / 77 / 3600;
    expectNear(result.cycleTimeHours.mean, 5744 / 77 / 3600, 'W');
    expectNear(step(result, 'work').meanWaitHours, wq, 'Wq');
    expectNear(role(result, 'station').meanQueueLength, 300 * wq, 'Lq');
    expectNear(role(result, 'station').utilisation, 0.8, 'ρ');
    expect(role(result, 'station').servers).toBe(5);
    expectLittle(result, 'M/M/5');
  });

  const mg1Cases: [string, Distribution, number][] = [
    // Pollaczek–Khinchine: Wq = λ E[S²] / (2(1 - ρ)), λ = 0.8/h, E[S] = 1 h, ρ = 0.8, so
    // Wq = 0.8 E[S²] / 0.4 = 2 E[S²] with E[S²] = Var(S) + 1 in h².
    // fixed 60 min: Var = 0, Wq = 2 h (M/D/1).
    ['fixed 60 min (M/D/1)', { type: 'fixed', value: 60 }, 2],
    // uniform(30, 90) min: Var = 60²/12 = 300 min² = 1/12 h², Wq = 2 x 13/12 = 13/6 h.
    ['uniform 30-90 min', { type: 'uniform', min: 30, max: 90 }, 13 / 6],
    // triangular(30, 60, 90): Var = (a² + b² + c² - ab - ac - bc)/18 = 2700/18 = 150 min²
    // = 1/24 h², Wq = 2 x 25/24 = 25/12 h.
    ['triangular 30/60/90 min', { type: 'triangular', min: 30, mode: 60, max: 90 }, 25 / 12],
    // lognormal with mean 60 and sd 30 min: Var = 1/4 h², Wq = 2 x 5/4 = 2.5 h.
    ['lognormal mean 60 sd 30 min', { type: 'lognormal', mean: 60, sd: 30 }, 2.5],
    // normal(60, 10) truncated at 0: the truncated mass is Φ(-6) ≈ 1e-9, negligible;
    // Var = 100 min² = 1/36 h², Wq = 2 x 37/36 = 37/18 h.
    ['normal 60 sd 10 min', { type: 'normal', mean: 60, sd: 10 }, 37 / 18],
  ];
  it.each(mg1Cases)('M/G/1 with %s: Pollaczek–Khinchine', (_, service, wq) => {
    // Given an M/G/1 station at ρ = 0.8; when simulated; then Wq is the P-K value (see the
    // table), W = Wq + 1 h, Lq = λ Wq = 0.8 Wq.
    const result = run(mg1Model(service), 3);
    expectNear(step(result, 'work').meanWaitHours, wq, 'Wq');
    expectNear(result.cycleTimeHours.mean, wq + 1, 'W');
    expectNear(role(result, 'station').meanQueueLength, 0.8 * wq, 'Lq');
    expectNear(role(result, 'station').utilisation, 0.8, 'ρ');
  });

  it('Jackson network with a rework loop: W = Σ visits x time per visit = 8.25 h', () => {
    // Derivation in "the queue models themselves" above: visits 1.25 / 1.25 / 1, per-visit
    // sojourn 1.6 / 3.0 / 2 h plus the 0.5 h wait; W = 2 + 3.75 + 2.5 = 8.25 h.
    // Per-visit queue waits: Prepare 1.6 - 0.8 = 0.8 h, Check 1.08 h, Finish 2 - 1 = 1 h;
    // queue lengths Lq = λ_i Wq_i: 0.625 x 0.8 = 0.5, 0.625 x 1.08 = 0.675, 0.5 x 1 = 0.5.
    const result = run(jacksonReworkModel(), 4);
    expectNear(result.cycleTimeHours.mean, 8.25, 'W');
    expectNear(step(result, 'prepare').visitsPerCase, 1.25, 'visits to Prepare');
    expectNear(step(result, 'check').visitsPerCase, 1.25, 'visits to Check');
    expectNear(step(result, 'finish').visitsPerCase, 1, 'visits to Finish');
    expectNear(step(result, 'prepare').meanWaitHours, 0.8, 'Wq Prepare');
    expectNear(step(result, 'check').meanWaitHours, 1.08, 'Wq Check');
    expectNear(step(result, 'finish').meanWaitHours, 1, 'Wq Finish');
    expectNear(role(result, 'preparer').meanQueueLength, 0.5, 'Lq preparer');
    expectNear(role(result, 'checker').meanQueueLength, 0.675, 'Lq checker');
    expectNear(role(result, 'finisher').meanQueueLength, 0.5, 'Lq finisher');
    expectNear(role(result, 'preparer').utilisation, 0.5, 'ρ preparer');
    expectNear(role(result, 'checker').utilisation, 0.6, 'ρ checker');
    expectNear(role(result, 'finisher').utilisation, 0.5, 'ρ finisher');
    expectLittle(result, 'Jackson');
  });

  it('AI step with a review queue: M/M/3 review pool at λ_r = λ x availability x ((1-r) + r q)', () => {
    // λ_r = 10 x 0.8 x (0.25 + 0.75 x 0.2) = 3.2/h into 3 reviewers at 45 min: ρ = 0.8;
    // λ_f = 10 x 0.2 = 2/h into 2 clerks at 48 min: ρ = 0.8. Both streams are Bernoulli
    // thinnings of a Poisson stream (the review one after a fixed latency), so Poisson:
    // each pool is an M/M/c. Wq by Erlang C; the AI step's queue wait per visit is
    // 0.2 Wq_f + 0.32 Wq_r; cycle and cost as derived above (aiReviewCycle, 15.64 total).
    const result = run(aiReviewModel(), 5);
    const wqReview = mmcWait(3, 3.2, 0.75);
    const wqFallback = mmcWait(2, 2, 0.8);
    expectNear(role(result, 'reviewer').utilisation, 0.8, 'ρ reviewer');
    expectNear(role(result, 'clerk').utilisation, 0.8, 'ρ clerk');
    expectNear(role(result, 'reviewer').meanQueueLength, 3.2 * wqReview, 'Lq reviewer');
    expectNear(role(result, 'clerk').meanQueueLength, 2 * wqFallback, 'Lq clerk');
    expectNear(step(result, 'ai').meanWaitHours, 0.2 * wqFallback + 0.32 * wqReview, 'Wq AI');
    expectNear(result.cycleTimeHours.mean, aiReviewCycle(), 'W');
    expectNear(result.costPerCase.labour, 14.4, 'labour cost');
    expectNear(result.costPerCase.ai, 0.04, 'AI cost');
    expectNear(result.costPerCase.errors, 1.2, 'escaped-error cost');
    expectNear(result.costPerCase.total, 15.64, 'total cost');
    expectLittle(result, 'AI review');
  });

  it('fork/join of fixed branches with ample people: every case takes max = 1.75 h', () => {
    // Left 30 min; Right 45 min then a 60-min wait holding nobody. λ = 1/h against 50 people
    // per branch: P(50 busy) is the Poisson(≤ 1.75) tail at 50, about 1e-50, so nobody
    // queues. The join waits for the slower branch: every cycle time is exactly 1.75 h, so
    // mean, p50, p90 and p95 are all 1.75 h, and no step has any queue wait.
    const result = run(
      forkJoinModel({
        left: { type: 'fixed', value: 30 },
        right: { type: 'fixed', value: 45 },
        rightWait: { type: 'fixed', value: 60 },
      }),
      6,
    );
    expectNear(result.cycleTimeHours.mean, 1.75, 'W');
    expectNear(result.cycleTimeHours.p50, 1.75, 'p50');
    expectNear(result.cycleTimeHours.p90, 1.75, 'p90');
    expectNear(result.cycleTimeHours.p95, 1.75, 'p95');
    expect(step(result, 'left').meanWaitHours.mean).toBe(0);
    expect(step(result, 'right').meanWaitHours.mean).toBe(0);
    expectNear(step(result, 'left').visitsPerCase, 1, 'visits to Left');
    expectNear(step(result, 'right').visitsPerCase, 1, 'visits to Right');
    expectLittle(result, 'fork/join fixed');
  });

  it('fork/join of two uniform(0, 60 min) branches after an M/M/1: W = 1 + 2/3 h', () => {
    // Prepare is M/M/1 with λ = 1/h, μ = 2/h: W = 1/(μ - λ) = 1 h; its departures are
    // Poisson (Burke), and the branches never queue (50 people each, as above). The cycle
    // is Prepare + max(X, Y) with X, Y independent uniform(0, 1) h: P(max <= t) = t², so
    // E[max] = ∫ 2t² dt = 2/3 h. The flow model's estimate takes the max of the means
    // (0.5 h), which underestimates: that is why it is only an estimate.
    const model = forkJoinModel({
      left: { type: 'uniform', min: 0, max: 60 },
      right: { type: 'uniform', min: 0, max: 60 },
      prepareMinutes: { type: 'exponential', mean: 30 },
    });
    expect(computeFlowModel(model.project, model.map).cycleTimeHoursEstimate).toBeCloseTo(1.5, 10);
    const result = run(model, 7);
    expectNear(result.cycleTimeHours.mean, 1 + 2 / 3, 'W');
    expectNear(step(result, 'prepare').meanWaitHours, 0.5, 'Wq Prepare');
    expectLittle(result, 'fork/join uniform');
  });

  it('fork/join of two uniform(0, 60 min) branches alone: the quantiles of the max', () => {
    // With no station before the split the cycle time is max(X, Y) alone, whose CDF is t²
    // on [0, 1] h: p50 = √0.5, p90 = √0.9, p95 = √0.95 hours; mean 2/3 h.
    const result = run(
      forkJoinModel({
        left: { type: 'uniform', min: 0, max: 60 },
        right: { type: 'uniform', min: 0, max: 60 },
      }),
      8,
    );
    expectNear(result.cycleTimeHours.mean, 2 / 3, 'W');
    expectNear(result.cycleTimeHours.p50, Math.sqrt(0.5), 'p50');
    expectNear(result.cycleTimeHours.p90, Math.sqrt(0.9), 'p90');
    expectNear(result.cycleTimeHours.p95, Math.sqrt(0.95), 'p95');
  });
});
