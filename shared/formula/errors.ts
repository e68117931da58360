/**
 * Formula errors are data. Inside this folder a check may throw `FormulaRejection` to stop a
 * walk early; the public functions in `index.ts` catch it (and anything else) and return a
 * `FormulaError`, so no exception ever leaves the formula module.
 */

/** `position` is the 0-based character index in the expression, or null when unknown. */
export type FormulaError = { ok: false; message: string; position: number | null };

export function formulaError(message: string, position: number | null = null): FormulaError {
  return Object.freeze({ ok: false as const, message, position });
}

/** Thrown only inside shared/formula; always caught before the public API returns. */
export class FormulaRejection extends Error {
  readonly position: number | null;
  constructor(message: string, position: number | null = null) {
    super(message);
    this.name = 'FormulaRejection';
    this.position = position;
  }
}

/** "at character 5" for a 0-based position, or '' when unknown. */
export function atCharacter(position: number | null): string {
  return position === null ? '' : ` at character ${position + 1}`;
}
