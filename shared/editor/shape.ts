/**
 * Keeping an edited piece of the document inside the file format: a changed step, role,
 * system, plan or the like is checked against its zod schema, and a refusal comes back as one
 * sentence in the validator's words. The parsed value (with defaults filled in) is what the
 * command stores, so the document always reads back as it is held.
 */
import type { z } from 'zod';
import { fromZodIssue } from '../model/issues';

export type Shaped<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * `value` parsed by `schema`, or the first problem as a sentence. With `previous` (what the
 * document held before the edit), the parts of the parsed value equal to its parts are
 * `previous`'s own objects: a step whose automation rate changed keeps its duration objects,
 * so what is drawn from them is not drawn again, and the undo history shares them.
 */
export function shaped<T>(
  schema: z.ZodType<T>,
  value: unknown,
  what: string,
  previous?: T,
): Shaped<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) {
    const clean = withoutNegativeZero(parsed.data);
    return { ok: true, value: previous === undefined ? clean : sharing(previous, clean) };
  }
  const issue = parsed.error.issues[0];
  const message = issue === undefined ? 'is not valid' : fromZodIssue(value, issue).message;
  return { ok: false, reason: `${what}: ${message.replace(/, but the file has/, ', not')}` };
}

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `next`, with every part equal to the same part of `previous` replaced by that part. */
export function sharing<T>(previous: T, next: T): T {
  if (Object.is(previous, next)) return previous;
  if (Array.isArray(previous) && Array.isArray(next)) {
    if (previous.length !== next.length) return next;
    const items = next.map((item: unknown, i) => sharing(previous[i] as unknown, item));
    return (items.every((item, i) => Object.is(item, previous[i])) ? previous : items) as T;
  }
  if (!isPlain(previous) || !isPlain(next)) return next;
  const keys = Object.keys(next);
  if (keys.length !== Object.keys(previous).length) {
    const out: Record<string, unknown> = {};
    for (const key of keys) out[key] = sharing(previous[key], next[key]);
    return out as T;
  }
  let same = true;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const part = Object.prototype.hasOwnProperty.call(previous, key)
      ? sharing(previous[key], next[key])
      : next[key];
    out[key] = part;
    if (!Object.is(part, previous[key])) same = false;
  }
  return (same ? previous : out) as T;
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
