import { describe, expect, it } from 'vitest';
import { STREAM_WORDS } from '../engine/des/rng';
import { drawRange, rangeSampler, rangeStreams, type Sampling } from './sampling';

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

  it('given two paths or two seeds, when streams are made, then they differ', () => {
    const s = rangeStreams(1, ['a', 'b']);
    expect(Array.from(s.subarray(0, 4))).not.toEqual(Array.from(s.subarray(4, 8)));
    expect(Array.from(rangeStreams(1, ['a']))).not.toEqual(Array.from(rangeStreams(2, ['a'])));
  });
});
