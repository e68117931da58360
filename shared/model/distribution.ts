/**
 * Distributions: how a duration varies from case to case (variability, not uncertainty).
 * Every value is in the unit named by the field that holds the distribution, e.g.
 * `handlingMinutes`. Shape checks live here; order checks (min <= mode <= max) live in
 * `semantics.ts` so they can name the step they belong to.
 */
import { z } from 'zod';
import { assertNever } from '../util/assert-never';

/** Largest duration we accept, in minutes: a year of continuous time. */
export const MAX_MINUTES = 525_600;

const minutes = z.number().min(0).max(MAX_MINUTES);

export const DistributionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('fixed'), value: minutes }),
  z.strictObject({ type: z.literal('uniform'), min: minutes, max: minutes }),
  z.strictObject({ type: z.literal('triangular'), min: minutes, mode: minutes, max: minutes }),
  z.strictObject({ type: z.literal('exponential'), mean: minutes }),
  z.strictObject({ type: z.literal('normal'), mean: minutes, sd: minutes }),
  z.strictObject({ type: z.literal('lognormal'), mean: minutes, sd: minutes }),
]);

export type Distribution = z.infer<typeof DistributionSchema>;
export type DistributionType = Distribution['type'];

/** The distribution types, in a fixed order: `distributionTypeIndex` numbers them. */
export const DISTRIBUTION_TYPES = [
  'fixed',
  'uniform',
  'triangular',
  'exponential',
  'normal',
  'lognormal',
] as const satisfies readonly DistributionType[];

/** Position of `d.type` in `DISTRIBUTION_TYPES`. */
export function distributionTypeIndex(d: Distribution): number {
  return DISTRIBUTION_TYPES.indexOf(d.type);
}

type Of<T extends DistributionType> = Extract<Distribution, { type: T }>;

/**
 * The standard normal CDF Φ(x), by Hart's double-precision rational approximation as given by
 * West (2005, "Better approximations to cumulative normal functions"): absolute error below
 * 1e-14 everywhere.
 */
export function normalCdf(x: number): number {
  const z = Math.abs(x);
  let tail: number;
  if (z > 37) tail = 0;
  else {
    const e = Math.exp((-z * z) / 2);
    if (z < 7.07106781186547) {
      const n =
        ((((((0.0352624965998911 * z + 0.700383064443688) * z + 6.37396220353165) * z +
          33.912866078383) *
          z +
          112.079291497871) *
          z +
          221.213596169931) *
          z +
          220.206867912376) *
        e;
      const d =
        ((((((0.0883883476483184 * z + 1.75566716318264) * z + 16.064177579207) * z +
          86.7807322029461) *
          z +
          296.564248779674) *
          z +
          637.333633378831) *
          z +
          793.826512519948) *
          z +
        440.413735824752;
      tail = n / d;
    } else {
      const f = z + 1 / (z + 2 / (z + 3 / (z + 4 / (z + 0.65))));
      tail = e / f / 2.506628274631;
    }
  }
  return x > 0 ? 1 - tail : tail;
}

const INV_SQRT_2PI = 0.3989422804014327;

/**
 * Mean of max(0, Y) for Y normal(mean, sd): what the simulator draws, since it clamps normal
 * durations at 0. Equals `mean` to rounding whenever mean >= 8 sd.
 */
function clampedNormalMean(mean: number, sd: number): number {
  if (sd === 0 || mean >= 8 * sd) return mean;
  const a = mean / sd;
  return mean * normalCdf(a) + sd * INV_SQRT_2PI * Math.exp((-a * a) / 2);
}

/**
 * The mean of `d`, whose type is `DISTRIBUTION_TYPES[typeIndex]`. For loops that evaluate the
 * same distributions many times (Monte Carlo): the type is looked up once beforehand, since
 * reading `type` at a spot where all the distributions' shapes pass is slow in V8 (one
 * hidden class per shape, more than its inline caches hold).
 */
export function meanOfType(typeIndex: number, d: Distribution): number {
  switch (typeIndex) {
    case 0:
      return (d as Of<'fixed'>).value;
    case 1: {
      const u = d as Of<'uniform'>;
      return (u.min + u.max) / 2;
    }
    case 2: {
      const t = d as Of<'triangular'>;
      return (t.min + t.mode + t.max) / 3;
    }
    case 4: {
      const n = d as Of<'normal'>;
      return clampedNormalMean(n.mean, n.sd);
    }
    default:
      return (d as Of<'exponential' | 'lognormal'>).mean;
  }
}

/**
 * The mean of what is drawn from `d`, in its own unit. For a normal distribution that is the
 * mean of max(0, Y), since durations cannot be negative and the simulator clamps them at 0: the
 * entered mean whenever mean >= 3 sd (to 0.04 %), higher when the spread reaches below zero.
 * So the flow model, the business case and the simulation count the same work.
 */
export function distributionMean(d: Distribution): number {
  return meanOfType(distributionTypeIndex(d), d);
}

/**
 * The variance of what is drawn from `d`, in its unit squared (a normal clamped at 0, a
 * lognormal with mean 0 is fixed at 0). With the mean it gives the squared coefficient of
 * variation the queueing estimate needs.
 */
export function distributionVariance(d: Distribution): number {
  switch (d.type) {
    case 'fixed':
      return 0;
    case 'uniform':
      return ((d.max - d.min) * (d.max - d.min)) / 12;
    case 'triangular': {
      const { min: a, mode: c, max: b } = d;
      return Math.max(0, (a * a + b * b + c * c - a * b - a * c - b * c) / 18);
    }
    case 'exponential':
      return d.mean * d.mean;
    case 'normal': {
      const { mean, sd } = d;
      if (sd === 0) return 0;
      if (mean >= 8 * sd) return sd * sd;
      const a = mean / sd;
      const phi = INV_SQRT_2PI * Math.exp((-a * a) / 2);
      const m = clampedNormalMean(mean, sd);
      const second = (mean * mean + sd * sd) * normalCdf(a) + mean * sd * phi;
      return Math.max(0, second - m * m);
    }
    case 'lognormal':
      return d.mean <= 0 ? 0 : d.sd * d.sd;
    default:
      return assertNever(d);
  }
}

/**
 * Largest standard deviation of a lognormal as a multiple of its mean. The simulator draws
 * from the underlying normal, whose variance is ln(1 + (sd / mean)^2): for a mean of 5e-324
 * minutes and an sd of 2 that is infinite, and every draw, cycle time and utilisation NaN.
 * A spread of a million times the mean is already far beyond any real duration.
 */
export const MAX_LOGNORMAL_SPREAD = 1e6;

/** Order problems inside one distribution, as sentences without the subject. */
export function distributionProblems(d: Distribution): string[] {
  switch (d.type) {
    case 'fixed':
    case 'exponential':
      return [];
    case 'uniform':
      return d.min > d.max ? ['minimum is larger than its maximum'] : [];
    case 'triangular': {
      const problems: string[] = [];
      if (d.min > d.max) problems.push('minimum is larger than its maximum');
      else if (d.mode < d.min || d.mode > d.max)
        problems.push('most likely value must lie between the minimum and the maximum');
      return problems;
    }
    case 'normal':
      return [];
    case 'lognormal':
      if (d.mean === 0 && d.sd > 0) return ['mean must be above 0 when it varies (lognormal)'];
      return d.sd > d.mean * MAX_LOGNORMAL_SPREAD
        ? ['standard deviation must be at most a million times its mean (lognormal)']
        : [];
    default:
      return assertNever(d);
  }
}
