import { describe, expect, it } from 'vitest';
import { estimate } from './estimate';

describe('estimate', () => {
  it('given 1, 2 and 3, then the mean is 2 and the half-width t(2) · s / √3 = 4.303 / √3', () => {
    const result = estimate([1, 2, 3]);
    expect(result.mean).toBe(2);
    expect(result.halfWidth).toBeCloseTo(4.303 / Math.sqrt(3), 12);
    expect(result.ci95[1]).toBeCloseTo(2 + 4.303 / Math.sqrt(3), 12);
  });

  it('given values that are never negative, then the interval stops at 0 and the half-width stays', () => {
    // 2 − 2.484 would be below zero: a count of cases cannot be
    const result = estimate([1, 2, 3]);
    expect(result.ci95[0]).toBe(0);
    expect(result.halfWidth).toBeGreaterThan(result.mean);
  });

  it('given a negative value among them, then the interval is the plain t interval', () => {
    const result = estimate([-1, 1]);
    expect(result.ci95[0]).toBeCloseTo(-12.706, 12);
    expect(result.ci95[1]).toBeCloseTo(12.706, 12);
  });

  it('given one replication, then the interval is the value itself', () => {
    expect(estimate([5])).toEqual({ mean: 5, halfWidth: 0, ci95: [5, 5] });
  });
});
