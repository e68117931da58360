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
    default:
      return (d as Of<'exponential' | 'normal' | 'lognormal'>).mean;
  }
}

/** The mean of a distribution, in its own unit. Normal is truncated at 0 in sampling; the
 * mean reported here is the untruncated parameter, which is what the analyst entered. */
export function distributionMean(d: Distribution): number {
  return meanOfType(distributionTypeIndex(d), d);
}

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
      return d.mean === 0 && d.sd > 0 ? ['mean must be above 0 when it varies (lognormal)'] : [];
    default:
      return assertNever(d);
  }
}
