/**
 * Summaries of Monte Carlo draws. NPV percentiles interpolate linearly between order
 * statistics (Hyndman & Fan type 7, the default of R and NumPy). Payback months are whole
 * months where "never within the horizon" is +∞, so their percentiles are order statistics
 * (the smallest value with at least p of the draws at or below it) and one that lands on
 * "never" is null.
 */

/** Percentile p (0..1) of values sorted ascending, interpolated (type 7). */
export function percentileSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(n - 1, lo + 1)] as number;
  return a + (h - lo) * (b - a);
}

/** Percentile p of sorted whole months (+∞ = never) as an order statistic; null on never. */
export function monthPercentileSorted(sorted: Float64Array, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const value = sorted[Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1))] as number;
  return Number.isFinite(value) ? value : null;
}

export interface HistogramBin {
  /** Lower edge, in the project currency (inclusive). */
  from: number;
  /** Upper edge (exclusive, except the last bin's, which is inclusive). */
  to: number;
  count: number;
}

/** `bins` equal-width bins from the smallest to the largest value; one bin when all are equal. */
export function histogram(sorted: Float64Array, bins: number): HistogramBin[] {
  const n = sorted.length;
  if (n === 0) return [];
  const min = sorted[0] as number;
  const max = sorted[n - 1] as number;
  if (!(max > min)) return [{ from: min, to: max, count: n }];
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < n; i++) {
    const bin = Math.min(bins - 1, Math.floor(((sorted[i] as number) - min) / width));
    counts[bin] = (counts[bin] as number) + 1;
  }
  return counts.map((count, i) => ({
    from: min + i * width,
    to: i === bins - 1 ? max : min + (i + 1) * width,
    count,
  }));
}
