// What the formula checker says about an expression as it is typed, and where: the message and
// an excerpt of the expression around the character it points at, for showing under the text
// area. The check is `compileFormula` against the model outputs the ROI engine offers, the same
// one the project's validation runs, so the field and the problems list agree.
import { compileFormula, FORMULA_INPUT_NAMES } from '../../../../shared/formula';

export type FormulaCheck =
  | { readonly ok: true; readonly inputs: readonly string[] }
  | {
      readonly ok: false;
      readonly message: string;
      /** The expression around the position, split at it; null when no position is known. */
      readonly excerpt: FormulaExcerpt | null;
    };

export interface FormulaExcerpt {
  /** Text before the character, with "…" when cut. */
  readonly before: string;
  /** The character pointed at; '' at the end of the expression. */
  readonly at: string;
  /** Text after it, with "…" when cut. */
  readonly after: string;
}

/** The checker's verdict on `expression`. */
export function checkFormula(expression: string): FormulaCheck {
  const compiled = compileFormula(expression, FORMULA_INPUT_NAMES);
  if (compiled.ok) return { ok: true, inputs: compiled.symbols };
  return {
    ok: false,
    message: compiled.message,
    excerpt: compiled.position === null ? null : excerptAt(expression, compiled.position),
  };
}

/**
 * `expression` around the 0-based `position`, at most `radius` characters either side, on one
 * line (line breaks and tabs shown as spaces).
 */
export function excerptAt(expression: string, position: number, radius = 18): FormulaExcerpt {
  const text = expression.replace(/[\r\n\t]/g, ' ');
  const at = Math.max(0, Math.min(text.length, position));
  const from = Math.max(0, at - radius);
  const to = Math.min(text.length, at + 1 + radius);
  return {
    before: `${from > 0 ? '…' : ''}${text.slice(from, at)}`,
    at: text.slice(at, at + 1),
    after: `${text.slice(at + 1, to)}${to < text.length ? '…' : ''}`,
  };
}
