/**
 * Duration distributions compiled into flat tables (hours) and sampled with exactly one
 * uniform per draw (none for `fixed`), by inverse CDF, so one step's numbers never shift
 * another's random draws.
 *
 * Promises, per type (parameters as the analyst entered them, in minutes; samples in hours):
 * - fixed: the value. uniform: min + (max - min) u. triangular: inverse CDF.
 * - exponential: -mean ln(1 - u).
 * - normal: mean + sd z, **clamped** at 0. Clamping keeps the mean closest to the entered one
 *   (for sd = mean it rises by 8 %, where resampling would raise it by 29 %); every engine
 *   counts the clamped mean (`distributionMean`), so the flow model and the simulation agree.
 * - lognormal: the mean and sd are those of the distribution itself, converted to the
 *   underlying normal's mu = ln(mean) - sigma^2 / 2, sigma^2 = ln(1 + sd^2 / mean^2).
 */
import type { Distribution } from '../../model/distribution';
import { assertNever } from '../../util/assert-never';
import { inverseNormal, nextUniform } from '../../random';

export const D_FIXED = 0;
export const D_UNIFORM = 1;
export const D_TRIANGULAR = 2;
export const D_EXPONENTIAL = 3;
export const D_NORMAL = 4;
export const D_LOGNORMAL = 5;

/** Distributions by slot: type code and up to four parameters, all in hours. */
export interface DistributionTable {
  readonly type: Int8Array;
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly c: Float64Array;
  readonly d: Float64Array;
}

export function createDistributionTable(slots: number): DistributionTable {
  return {
    type: new Int8Array(slots),
    a: new Float64Array(slots),
    b: new Float64Array(slots),
    c: new Float64Array(slots),
    d: new Float64Array(slots),
  };
}

const H = 1 / 60;

/** Store distribution `dist` (minutes) in `slot` of `table` (hours). */
export function setDistribution(table: DistributionTable, slot: number, dist: Distribution): void {
  const set = (type: number, a: number, b = 0, c = 0, d = 0): void => {
    table.type[slot] = type;
    table.a[slot] = a;
    table.b[slot] = b;
    table.c[slot] = c;
    table.d[slot] = d;
  };
  switch (dist.type) {
    case 'fixed':
      return set(D_FIXED, dist.value * H);
    case 'uniform':
      return set(D_UNIFORM, dist.min * H, (dist.max - dist.min) * H);
    case 'triangular': {
      const [lo, mode, hi] = [dist.min * H, dist.mode * H, dist.max * H];
      if (hi <= lo) return set(D_FIXED, lo);
      // a = min, b = max, c = CDF at the mode, d unused: sqrt terms are computed from a, b, mode.
      return set(D_TRIANGULAR, lo, hi, (mode - lo) / (hi - lo), mode);
    }
    case 'exponential':
      return set(D_EXPONENTIAL, dist.mean * H);
    case 'normal':
      return dist.sd === 0
        ? set(D_FIXED, dist.mean * H)
        : set(D_NORMAL, dist.mean * H, dist.sd * H);
    case 'lognormal': {
      if (dist.mean <= 0 || dist.sd === 0) return set(D_FIXED, dist.mean * H);
      const ratio = dist.sd / dist.mean;
      const sigma2 = Math.log(1 + ratio * ratio);
      return set(D_LOGNORMAL, Math.log(dist.mean * H) - sigma2 / 2, Math.sqrt(sigma2));
    }
    default:
      return assertNever(dist);
  }
}

/**
 * One sample, in hours, from `slot` of `table`, drawing from the stream at `offset` of
 * `states` (see rng.ts). Never negative.
 */
export function sampleHours(
  table: DistributionTable,
  slot: number,
  states: Int32Array,
  offset: number,
): number {
  const type = table.type[slot] as number;
  const a = table.a[slot] as number;
  if (type === D_FIXED) return a;
  const u = nextUniform(states, offset);
  switch (type) {
    case D_EXPONENTIAL:
      return -a * Math.log(1 - u);
    case D_UNIFORM:
      return a + (table.b[slot] as number) * u;
    case D_TRIANGULAR: {
      const b = table.b[slot] as number;
      const mode = table.d[slot] as number;
      return u < (table.c[slot] as number)
        ? a + Math.sqrt(u * (b - a) * (mode - a))
        : b - Math.sqrt((1 - u) * (b - a) * (b - mode));
    }
    case D_NORMAL: {
      const x = a + (table.b[slot] as number) * inverseNormal(u);
      return x > 0 ? x : 0;
    }
    case D_LOGNORMAL:
      return Math.exp(a + (table.b[slot] as number) * inverseNormal(u));
    default:
      return a;
  }
}
