import { describe, expect, it } from 'vitest';
import { STREAM_WORDS } from '../random';
import {
  drawRange,
  drawRangeInto,
  PERT_CELLS,
  pertQuantile,
  rangeSampler,
  rangeStreams,
  type Sampling,
} from './sampling';

const N = 40_000;

function draws(low: number, likely: number, high: number, sampling: Sampling, seed = 1): number[] {
  const sampler = rangeSampler(low, likely, high, sampling);
  const states = rangeStreams(seed, ['x']);
  return Array.from({ length: N }, () => drawRange(sampler, states, 0));
}

const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

/** Mean and variance of triangular(l, m, h) and of PERT (Beta with λ = 4, so α + β = 6). */
const triangular = (l: number, m: number, h: number) => ({
  mean: (l + m + h) / 3,
  variance: (l * l + m * m + h * h - l * m - l * h - m * h) / 18,
});
const pert = (l: number, m: number, h: number) => {
  const mu = (l + 4 * m + h) / 6;
  return { mean: mu, variance: ((mu - l) * (h - mu)) / 7 };
};

describe('range sampling', () => {
  const cases: [number, number, number][] = [
    [40, 44, 50],
    [0.6, 0.85, 0.9],
    [7, 7, 14],
    [100, 300, 300],
  ];
  for (const [l, m, h] of cases) {
    for (const [sampling, moments] of [
      ['triangular', triangular],
      ['pert', pert],
    ] as const) {
      it(`given ${sampling}(${l}, ${m}, ${h}), when drawn ${N} times, then the mean is within 4 standard errors of the exact mean`, () => {
        const xs = draws(l, m, h, sampling);
        const exact = moments(l, m, h);
        const standardError = Math.sqrt(exact.variance / N);
        expect(Math.abs(mean(xs) - exact.mean)).toBeLessThanOrEqual(4 * standardError);
        expect(Math.min(...xs)).toBeGreaterThanOrEqual(l);
        expect(Math.max(...xs)).toBeLessThanOrEqual(h);
      });
    }
  }

  it('given a degenerate range, when drawn, then it is the constant and uses no random numbers', () => {
    const states = rangeStreams(3, ['x']);
    const before = Array.from(states);
    expect(drawRange(rangeSampler(5, 5, 5, 'pert'), states, 0)).toBe(5);
    expect(drawRange(rangeSampler(5, 5, 5, 'triangular'), states, 0)).toBe(5);
    expect(Array.from(states)).toEqual(before);
  });

  it('given the same seed, when streams are made for more paths, then the shared paths draw the same numbers', () => {
    const sampler = rangeSampler(0, 1, 3, 'pert');
    const alone = rangeStreams(9, ['b']);
    const among = rangeStreams(9, ['a', 'b', 'c']);
    for (let i = 0; i < 100; i++)
      expect(drawRange(sampler, among, STREAM_WORDS)).toBe(drawRange(sampler, alone, 0));
  });

  it.each<[number, number, number, Sampling]>([
    [0, 1, 3, 'triangular'],
    [2, 2, 9, 'triangular'],
    [0, 1, 3, 'pert'],
    [-4, 5, 5, 'pert'],
    [5, 5, 5, 'triangular'],
    [5, 5, 5, 'pert'],
  ])(
    'given the range %d/%d/%d (%s), when drawn in bulk, then it gives the one-by-one draws',
    (low, likely, high, sampling) => {
      const sampler = rangeSampler(low, likely, high, sampling);
      const one = rangeStreams(4, ['x']);
      const bulk = rangeStreams(4, ['x']);
      const expected = Array.from({ length: 500 }, () => drawRange(sampler, one, 0));
      const out = new Float64Array(503).fill(-1);
      drawRangeInto(sampler, bulk, 0, out, 3, 500);
      expect([...out.subarray(0, 3)]).toEqual([-1, -1, -1]);
      expect([...out.subarray(3)]).toEqual(expected);
      expect([...bulk]).toEqual([...one]);
    },
  );

  it('given two paths or two seeds, when streams are made, then they differ', () => {
    const s = rangeStreams(1, ['a', 'b']);
    expect(Array.from(s.subarray(0, 4))).not.toEqual(Array.from(s.subarray(4, 8)));
    expect(Array.from(rangeStreams(1, ['a']))).not.toEqual(Array.from(rangeStreams(2, ['a'])));
  });
});

/**
 * Independent Beta CDF for the table check: the power series of ∫0^x t^(a−1) (1−t)^(b−1) dt
 * (x <= 1/2, mirrored above), normalised by the same series at 1/2 from both sides, so no
 * gamma function and no continued fraction is shared with beta.ts.
 */
function partialIntegral(x: number, a: number, b: number): number {
  let term = 1;
  let sum = 0;
  for (let n = 0; n < 2000; n++) {
    const add = term / (a + n);
    sum += add;
    if (n > 5 && Math.abs(add) < 1e-18 * sum) break;
    term *= ((n + 1 - b) / (n + 1)) * x;
  }
  return Math.pow(x, a) * sum;
}

function referenceQuantile(p: number, a: number, b: number): number {
  const total = partialIntegral(0.5, a, b) + partialIntegral(0.5, b, a);
  const cdf = (x: number): number =>
    x <= 0.5 ? partialIntegral(x, a, b) / total : 1 - partialIntegral(1 - x, b, a) / total;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 60 && hi - lo > 1e-16; i++) {
    const mid = (lo + hi) / 2;
    if (cdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

describe('PERT quantile table', () => {
  for (const alpha of [1, 1.01, 1.5, 2, 2.6, 3.7, 4.33, 4.99, 5]) {
    it(`given α = ${alpha}, β = ${6 - alpha}, then knots are exact and interpolated quantiles are within the stated bound`, () => {
      const sampler = rangeSampler(0, (alpha - 1) / 4, 1, 'pert');
      expect(sampler.alpha).toBeCloseTo(alpha, 12);
      const { knots } = sampler.table;
      expect(knots).toHaveLength(PERT_CELLS + 1);
      for (let j = 1; j < PERT_CELLS; j += 97)
        expect(
          Math.abs(
            (knots[j] as number) - referenceQuantile(j / PERT_CELLS, sampler.alpha, sampler.beta),
          ),
        ).toBeLessThan(1e-12);
      let inner = 0;
      let outer = 0;
      const check = (p: number): void => {
        const error = Math.abs(
          pertQuantile(sampler, p) - referenceQuantile(p, sampler.alpha, sampler.beta),
        );
        if (p < 1 / PERT_CELLS || p > 1 - 1 / PERT_CELLS) outer = Math.max(outer, error);
        else inner = Math.max(inner, error);
      };
      for (let i = 0; i < 400; i++) check((i + 0.37) / 400);
      // Dense near both ends, where the quantile bends most.
      for (let i = 0; i < 200; i++) {
        const p = ((i + 0.5) / 200) * (40 / PERT_CELLS);
        check(p);
        check(1 - p);
      }
      expect(inner).toBeLessThanOrEqual(1e-4);
      expect(outer).toBeLessThanOrEqual(1e-3);
    });
  }
});
