/** Reading numeric command-line options with messages that say what was expected. */
import { printable } from './printable';

export class UsageError extends Error {
  override name = 'UsageError';
}

/** A whole number within [min, max], or the fallback when the option is absent. */
export function wholeNumber(
  value: string | undefined,
  option: string,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/_/g, ''));
  if (!/^-?[\d_]+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max)
    throw new UsageError(
      `${option} must be a whole number from ${min} to ${max} (got "${printable(value)}")`,
    );
  return n;
}

/** A number within [min, max], or the fallback when the option is absent. */
export function decimal(
  value: string | undefined,
  option: string,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max)
    throw new UsageError(
      `${option} must be a number from ${min} to ${max} (got "${printable(value)}")`,
    );
  return n;
}
