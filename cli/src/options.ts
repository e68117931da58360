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

/**
 * A command-line error from node:util's `parseArgs` (its `message`), in one line of our
 * words: its own messages run over several lines and speak of "ambiguous arguments". Only
 * the option's name is taken from the message; an unknown message is kept, on one line.
 */
export function argumentsError(message: string): string {
  const quoted = /^[^']*'([^']*)'/.exec(message)?.[1] ?? '';
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted.split(/[ ,]/)[0] ?? '';
  const name = printable(option);
  if (/argument is ambiguous/.test(message))
    return `${name} is followed by a value that starts with a dash; write it joined with =, as in ${name}=-1`;
  if (/argument missing/.test(message)) return `${name} needs a value after it`;
  if (/does not take an argument/.test(message)) return `${name} takes no value; leave out =...`;
  if (/^Unknown option/.test(message))
    return `unknown option ${name}; flowcase COMMAND --help lists the options of a command`;
  return printable(message.replace(/\s*\n\s*/g, ' '));
}
