/** Small statistics for the editor benchmark's samples (milliseconds, frames). */

/** The `q` quantile of `values` (nearest rank on the sorted values); NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] as number;
}

export const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return Number.isInteger(mid)
    ? ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
    : (sorted[Math.floor(mid)] as number);
};

/** Intervals between successive frame times. */
export function deltas(times: readonly number[]): number[] {
  return times.slice(1).map((t, i) => t - (times[i] as number));
}
