/**
 * Keeping an edited piece of the document inside the file format: a changed step, role,
 * system, plan or the like is checked against its zod schema, and a refusal comes back as one
 * sentence in the validator's words. The parsed value (with defaults filled in) is what the
 * command stores, so the document always reads back as it is held.
 */
import type { z } from 'zod';
import { fromZodIssue } from '../model/issues';

export type Shaped<T> = { ok: true; value: T } | { ok: false; reason: string };

/** `value` parsed by `schema`, or the first problem as a sentence. */
export function shaped<T>(schema: z.ZodType<T>, value: unknown, what: string): Shaped<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: withoutNegativeZero(parsed.data) };
  const issue = parsed.error.issues[0];
  const message = issue === undefined ? 'is not valid' : fromZodIssue(value, issue).message;
  return { ok: false, reason: `${what}: ${message.replace(/, but the file has/, ', not')}` };
}

/**
 * `value` with every -0 turned into 0: JSON writes -0 as 0, so a document holding -0 would not
 * read back as itself. Copies only the objects that hold one.
 */
function withoutNegativeZero<T>(value: T): T {
  if (typeof value === 'number') return (Object.is(value, -0) ? 0 : value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let changed = false;
    const items = value.map((item: unknown) => {
      const clean = withoutNegativeZero(item);
      if (!Object.is(clean, item)) changed = true;
      return clean;
    });
    return (changed ? items : value) as T;
  }
  let copy: Record<string, unknown> | null = null;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const clean = withoutNegativeZero(item);
    if (!Object.is(clean, item)) {
      copy ??= { ...(value as Record<string, unknown>) };
      copy[key] = clean;
    }
  }
  return (copy ?? value) as T;
}
