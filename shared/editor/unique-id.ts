/** Placeholder until the clipboard helper's version lands: see the merge. */
const ALPHABET = /[^a-z0-9_-]+/g;

/** The first of `prefix`, `prefix-2`, `prefix-3`, ... not in `taken`; always a valid id. */
export function uniqueId(prefix: string, taken: ReadonlySet<string>): string {
  const base =
    prefix
      .toLowerCase()
      .replace(ALPHABET, '-')
      .replace(/^[-_]+|[-_]+$/g, '')
      .slice(0, 56) || 'step';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
