/**
 * New ids for steps and flows the editor creates or pastes. Owns one promise: the id it gives
 * is valid for the file format (`IdSchema`: a letter or digit, then up to 63 letters, digits,
 * `-` or `_`) and is not in the set of ids already taken, whatever text it starts from.
 */

/** Longest id the file format accepts (`IdSchema`). */
const MAX_ID_LENGTH = 64;
/** The file format's id rule (`IdSchema`). */
const VALID_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
/** Used when nothing of the prefix survives cleaning. */
const FALLBACK = 'step';

/**
 * `text` in the id alphabet: lowercase, accents dropped (é -> e), every run of other
 * characters (spaces, punctuation, letters outside a-z) as one `-`, no `-` or `_` at either
 * end; `'step'` when nothing is left. At most 64 characters.
 */
function cleanPrefix(text: string): string {
  const cleaned = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+/, '');
  return trimEnd(cleaned.slice(0, MAX_ID_LENGTH)) || FALLBACK;
}

const trimEnd = (text: string): string => text.replace(/[-_]+$/, '');

/**
 * `prefix` itself when it is a valid id not in `taken`; otherwise the first of `prefix`,
 * `prefix-2`, `prefix-3`, ... that is not in `taken`, after cleaning
 * `prefix` to the id alphabet (lowercase; spaces and other characters become `-`; `'step'`
 * when nothing is left). The prefix is shortened as far as the suffix needs, so the id is
 * never longer than 64 characters.
 *
 * @example uniqueId('Match invoice to PO', new Set(['match-invoice-to-po'])) // 'match-invoice-to-po-2'
 */
export function uniqueId(prefix: string, taken: ReadonlySet<string>): string {
  // An id that is already valid and free stays exactly as it is: a step pasted into another
  // map keeps its id, so current and target still compare step by step.
  if (VALID_ID.test(prefix) && !taken.has(prefix)) return prefix;
  const base = cleanPrefix(prefix);
  if (!taken.has(base)) return base;
  // Candidates for different n always differ (each ends in its own "-n"), so this ends after
  // at most taken.size + 1 tries.
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${trimEnd(base.slice(0, MAX_ID_LENGTH - suffix.length))}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
