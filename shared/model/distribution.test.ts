import { describe, expect, it } from 'vitest';
import {
  DISTRIBUTION_TYPES,
  distributionMean,
  distributionTypeIndex,
  distributionVariance,
  normalCdf,
  meanOfType,
  type Distribution,
} from './distribution';

const EXAMPLES: readonly [Distribution, number][] = [
  [{ type: 'fixed', value: 7 }, 7],
  [{ type: 'uniform', min: 2, max: 8 }, 5],
  [{ type: 'triangular', min: 1, mode: 2, max: 6 }, 3],
  [{ type: 'exponential', mean: 4 }, 4],
  [{ type: 'normal', mean: 10, sd: 1 }, 10],
  [{ type: 'lognormal', mean: 12, sd: 3 }, 12],
];

describe('distribution means', () => {
  it('covers every type once', () => {
    expect(EXAMPLES.map(([d]) => d.type)).toEqual([...DISTRIBUTION_TYPES]);
  });

  it.each(EXAMPLES)(
    '%o has mean %d, by type name and by a type index read beforehand',
    (d, mean) => {
      expect(distributionMean(d)).toBe(mean);
      expect(meanOfType(distributionTypeIndex(d), d)).toBe(mean);
      expect(DISTRIBUTION_TYPES[distributionTypeIndex(d)]).toBe(d.type);
    },
  );
});

describe('the mean and variance of what is drawn', () => {
  it('clamps a normal at 0: N(0, 60) draws max(0, Y) with mean 60 φ(0) = 23.936 min', () => {
    // E[max(0, Y)] for Y ~ N(0, σ) is σ/√(2π); E[max(0, Y)²] = σ²/2
    const d: Distribution = { type: 'normal', mean: 0, sd: 60 };
    const mean = 60 / Math.sqrt(2 * Math.PI);
    expect(distributionMean(d)).toBeCloseTo(mean, 10);
    expect(distributionVariance(d)).toBeCloseTo(3600 / 2 - mean * mean, 8);
  });

  it('leaves a normal far from 0 alone, and moves one 5 sd away by 1e-8 %', () => {
    expect(distributionMean({ type: 'normal', mean: 10, sd: 1 })).toBe(10);
    expect(distributionVariance({ type: 'normal', mean: 10, sd: 1 })).toBe(1);
    // E[max(0, Y)] − μ = σ (φ(a) − a (1 − Φ(a))) with a = 5: 2 × 1.0692e-7 / 2
    expect(distributionMean({ type: 'normal', mean: 10, sd: 2 }) - 10).toBeCloseTo(1.0692e-7, 10);
  });

  it('gives the textbook variances', () => {
    expect(distributionVariance({ type: 'fixed', value: 7 })).toBe(0);
    expect(distributionVariance({ type: 'uniform', min: 2, max: 8 })).toBeCloseTo(3, 12);
    // triangular (1, 2, 6): (1 + 4 + 36 − 2 − 6 − 12) / 18 = 21 / 18
    expect(distributionVariance({ type: 'triangular', min: 1, mode: 2, max: 6 })).toBeCloseTo(
      21 / 18,
      12,
    );
    expect(distributionVariance({ type: 'exponential', mean: 4 })).toBe(16);
    expect(distributionVariance({ type: 'lognormal', mean: 12, sd: 3 })).toBe(9);
  });

  it('computes Φ to double precision', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 14);
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316301, 15);
    expect(normalCdf(40)).toBe(1);
  });
});
