/**
 * Confidence intervals over replications: the mean of the replications' values with a
 * Student-t 95 % half-width. With one replication the half-width is 0 and the interval is
 * [mean, mean]; it says nothing about precision then. An interval of values that are never
 * negative is cut at 0 (`ci95`); `halfWidth` stays the t half-width.
 */

/** A figure estimated over replications, in the unit of the figure it describes. */
export interface Estimate {
  mean: number;
  halfWidth: number;
  ci95: [number, number];
}

// Two-sided 95 % quantiles of Student's t for 1..30 degrees of freedom.
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
  2.045, 2.042,
];

/** The 97.5 % quantile of Student's t with `df` degrees of freedom (df >= 1). */
export function studentT975(df: number): number {
  const tabled = T975[df - 1];
  if (tabled !== undefined) return tabled;
  // Cornish-Fisher expansion around the normal quantile; error < 1e-4 for df > 30.
  const z = 1.959963984540054;
  const z3 = z * z * z;
  const z5 = z3 * z * z;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df * df);
}

/** Estimate from one value per replication. */
export function estimate(values: readonly number[]): Estimate {
  const n = values.length;
  if (n === 0) return { mean: 0, halfWidth: 0, ci95: [0, 0] };
  const mean = values.reduce((sum, v) => sum + v, 0) / n;
  if (n === 1) return { mean, halfWidth: 0, ci95: [mean, mean] };
  const variance = values.reduce((sum, v) => sum + (v - mean) * (v - mean), 0) / (n - 1);
  const halfWidth = studentT975(n - 1) * Math.sqrt(variance / n);
  // Every figure the simulation estimates is a count, time, cost or share: when no
  // replication gave a negative value, neither does its interval ("-3 to 45 cases").
  const low = mean - halfWidth;
  const floor = values.every((v) => v >= 0) ? Math.max(0, low) : low;
  return { mean, halfWidth, ci95: [floor, mean + halfWidth] };
}
