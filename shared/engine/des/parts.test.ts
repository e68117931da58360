/**
 * The simulator's building blocks: the event heap breaks time ties first-in first-out, the
 * histogram's quantiles stay within 0.5 %, samples keep their means (the means every engine
 * counts), and Student-t intervals use the right quantiles.
 */
import { describe, expect, it } from 'vitest';
import { distributionMean, type Distribution } from '../../model/distribution';
import { createStreams } from '../../random';
import { estimate, studentT975 } from './estimate';
import { EventHeap } from './event-heap';
import { LogHistogram } from './histogram';
import { createDistributionTable, sampleHours, setDistribution } from './sampling';

describe('EventHeap', () => {
  it('pops in time order, ties in the order they were pushed', () => {
    const heap = new EventHeap();
    const times = [5, 1, 3, 1, 5, 0, 3, 1];
    times.forEach((t, i) => heap.push(t, i));
    const popped: number[] = [];
    while (heap.size > 0) popped.push(heap.pop());
    expect(popped).toEqual([5, 1, 3, 7, 2, 6, 0, 4]);
  });
});

describe('LogHistogram', () => {
  it('gives quantiles within 0.5 % of the exact ones', () => {
    const histogram = new LogHistogram();
    for (let i = 1; i <= 10_000; i++) histogram.add(i / 100);
    for (const q of [0.5, 0.9, 0.95]) expect(histogram.quantile(q) / (q * 100)).toBeCloseTo(1, 2);
    expect(histogram.quantile(1)).toBe(100);
  });
});

describe('sampleHours', () => {
  const meanOf = (dist: Distribution): number => {
    const table = createDistributionTable(1);
    setDistribution(table, 0, dist);
    const states = createStreams(3, 0, 1);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) sum += sampleHours(table, 0, states, 0);
    return (sum / 100_000) * 60;
  };

  it.each<[Distribution, number]>([
    [{ type: 'fixed', value: 6 }, 6],
    [{ type: 'uniform', min: 2, max: 10 }, 6],
    [{ type: 'triangular', min: 1, mode: 2, max: 9 }, 4],
    [{ type: 'exponential', mean: 6 }, 6],
    [{ type: 'normal', mean: 6, sd: 1 }, 6],
    [{ type: 'lognormal', mean: 6, sd: 3 }, 6],
  ])('keeps the mean of %o (minutes) within 1.5 %', (dist, mean) => {
    expect(meanOf(dist) / mean).toBeCloseTo(1, 1);
    expect(Math.abs(meanOf(dist) / mean - 1)).toBeLessThan(0.015);
  });

  it('clamps a normal at 0 instead of going negative', () => {
    const table = createDistributionTable(1);
    setDistribution(table, 0, { type: 'normal', mean: 1, sd: 5 });
    const states = createStreams(3, 0, 1);
    for (let i = 0; i < 1000; i++)
      expect(sampleHours(table, 0, states, 0)).toBeGreaterThanOrEqual(0);
  });

  it('draws a clamped normal whose mean is the one the flow model counts', () => {
    // Given N(1, 5) minutes: clamped at 0, its mean is 2.5 min, not 1 (distributionMean)
    const dist: Distribution = { type: 'normal', mean: 1, sd: 5 };
    expect(distributionMean(dist)).toBeGreaterThan(2.4);
    // then 100 000 draws average to it within 1.5 %
    expect(Math.abs(meanOf(dist) / distributionMean(dist) - 1)).toBeLessThan(0.015);
  });
});

describe('estimate', () => {
  it('uses Student t: 4 replications of 1, 2, 3, 4 give 2.5 +- 3.182 x sd / 2', () => {
    const e = estimate([1, 2, 3, 4]);
    expect(e.mean).toBe(2.5);
    expect(e.halfWidth).toBeCloseTo((3.182 * Math.sqrt(5 / 3)) / 2, 10);
    expect(studentT975(100)).toBeCloseTo(1.984, 3);
  });
});
