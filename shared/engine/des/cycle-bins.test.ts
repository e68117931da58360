/**
 * The cycle-time histogram: its fixed grid (cycle-bins.ts), and what the simulator fills it
 * with against a distribution known exactly. With 50 people and one case an hour nobody ever
 * queues (Erlang C(50, 1) < 1e-60), so each cycle time is the handling time itself,
 * exponential with mean 1 h: a bin [a, b) holds the share e^−a − e^−b of the cases. Cases
 * are then independent, so a bin's count is binomial; it passes within 4 standard errors.
 */
import { describe, expect, it } from 'vitest';
import { exponential } from '../../samples/build-helpers';
import {
  alignCycleHistograms,
  combineCycleBins,
  cycleBinOf,
  CYCLE_BIN_SLOTS,
  emptyCycleBins,
} from './cycle-bins';
import { simulate } from './index';
import { aiReviewModel, singleStation } from '../testing/queue-models';

describe('the cycle-time grid', () => {
  it('puts a value on an edge into the bin that starts there, with round edges', () => {
    // Given cycle times on edges, inside bins, below and above the grid
    const counts = emptyCycleBins();
    for (const hours of [0, 0.0005, 2, 2.49, 2.5, 0.063, 9_999, 10_000, 1e9]) {
      const slot = cycleBinOf(hours);
      counts[slot] = (counts[slot] as number) + 1;
    }
    // when they are combined into bins
    const bins = combineCycleBins([counts]);
    const at = (hours: number) =>
      bins.find((b) => b.fromHours <= hours && (b.toHours === null || hours < b.toHours));
    // then each lands in the bin whose edges hold it, and the edges are the round ones
    expect(at(0)).toEqual({ fromHours: 0, toHours: 0.001, cases: 2 });
    expect(at(2)).toEqual({ fromHours: 2, toHours: 2.5, cases: 2 });
    expect(at(2.5)).toEqual({ fromHours: 2.5, toHours: 3.15, cases: 1 });
    expect(at(0.063)).toEqual({ fromHours: 0.063, toHours: 0.08, cases: 1 });
    expect(at(9_999)).toEqual({ fromHours: 8_000, toHours: 10_000, cases: 1 });
    expect(at(1e9)).toEqual({ fromHours: 10_000, toHours: null, cases: 2 });
    // and the bins are contiguous from the first case to the last
    bins.slice(1).forEach((b, i) => expect(b.fromHours).toBe(bins[i]?.toHours));
    expect(bins).toHaveLength(CYCLE_BIN_SLOTS);
  });

  it('adds replications slot by slot and leaves out the empty ends', () => {
    // Given two replications with cases at 1 h and 4 h, and one at 1 h
    const first = emptyCycleBins();
    const second = emptyCycleBins();
    first[cycleBinOf(1)] = 3;
    first[cycleBinOf(4)] = 1;
    second[cycleBinOf(1)] = 2;
    // when combined; then 1 h holds 5, 4 h holds 1, the 4 bins between are there and empty
    const bins = combineCycleBins([first, second]);
    expect(bins.map((b) => b.cases)).toEqual([5, 0, 0, 0, 0, 0, 1]);
    expect(bins[0]?.fromHours).toBe(1);
    expect(bins.at(-1)?.toHours).toBe(5);
    // and with no case at all there are no bins
    expect(combineCycleBins([emptyCycleBins()])).toEqual([]);
  });
});

describe('the simulated cycle-time histogram', () => {
  const { project, map } = singleStation({
    name: 'No queue',
    arrivalsPerHour: 1,
    servers: 50,
    handlingMinutes: exponential(60),
  });
  const result = simulate(project, map, { cases: 20_000, replications: 5, seed: 3 });
  const bins = result.cycleTimeHistogram ?? [];

  it('counts every completed case once', () => {
    // Given the run; then its bins hold exactly the counted cases completed
    expect(result.status).toBe('ok');
    expect(bins.reduce((sum, b) => sum + b.cases, 0)).toBe(result.casesCompleted);
  });

  it('has the exponential distribution’s share in every bin', () => {
    // Given cycle times exponential with mean 1 h; then bin [a, b) holds e^−a − e^−b
    const n = result.casesCompleted;
    for (const bin of bins) {
      const p = Math.exp(-bin.fromHours) - (bin.toHours === null ? 0 : Math.exp(-bin.toHours));
      const standardError = Math.sqrt((p * (1 - p)) / n);
      const what = `bin ${bin.fromHours}–${bin.toHours} h: ${bin.cases} of ${n}, exact share ${p}`;
      expect(Math.abs(bin.cases / n - p), what).toBeLessThanOrEqual(4 * standardError + 1 / n);
    }
  });

  it('holds the reported mean cycle time between its bins’ lower and upper edges', () => {
    // Given every case lies in its bin; then the mean of the lower edges is at most the
    // reported mean and the mean of the upper edges at least
    const n = result.casesCompleted;
    const below = bins.reduce((sum, b) => sum + b.fromHours * b.cases, 0) / n;
    const above = bins.reduce((sum, b) => sum + (b.toHours ?? Infinity) * b.cases, 0) / n;
    const mean = result.cycleTimeHours?.mean.mean ?? NaN;
    expect(below).toBeLessThanOrEqual(mean);
    expect(above).toBeGreaterThanOrEqual(mean);
    // and the exact mean, 1 h, is inside the reported interval
    const [low, high] = result.cycleTimeHours?.mean.ci95 ?? [NaN, NaN];
    expect(low).toBeLessThanOrEqual(1);
    expect(high).toBeGreaterThanOrEqual(1);
  });

  it('lies on the same grid for two different maps', () => {
    // Given the no-queue map and the AI review map; then every edge of either is a grid edge
    const other = aiReviewModel();
    const theirs = simulate(other.project, other.map, { cases: 5_000, replications: 2, seed: 1 });
    for (const bin of theirs.cycleTimeHistogram ?? [])
      expect(combineCycleBins([oneAt(bin.fromHours)])[0]?.fromHours).toBe(bin.fromHours);
    expect(theirs.cycleTimeHistogram?.length).toBeGreaterThan(5);
  });
});

function oneAt(hours: number): Float64Array {
  const counts = emptyCycleBins();
  counts[cycleBinOf(hours)] = 1;
  return counts;
}

describe('histograms of two runs laid on one another', () => {
  it('share the bins from the first either fills to the last, counts kept per run', () => {
    // Given a slow run with cases at 10 h and 20 h, and a fast one with cases at 2 h
    const slow = emptyCycleBins();
    slow[cycleBinOf(10)] = 4;
    slow[cycleBinOf(20)] = 6;
    const fast = emptyCycleBins();
    fast[cycleBinOf(2)] = 7;
    // when aligned
    const aligned = alignCycleHistograms([combineCycleBins([slow]), combineCycleBins([fast])]);
    // then the 11 bins from 2 h to 25 h are there (2, 2.5, 3.15 … 16, 20), the gap empty
    expect(aligned[0]).toEqual({ fromHours: 2, toHours: 2.5, cases: [0, 7] });
    expect(aligned.at(-1)).toEqual({ fromHours: 20, toHours: 25, cases: [6, 0] });
    expect(aligned).toHaveLength(11);
    expect(aligned.find((b) => b.fromHours === 10)?.cases).toEqual([4, 0]);
    expect(aligned.reduce((sum, b) => sum + (b.cases[0] ?? 0), 0)).toBe(10);
    // and nothing at all gives no bins
    expect(alignCycleHistograms([[], []])).toEqual([]);
  });
});
