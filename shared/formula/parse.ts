/**
 * The private mathjs instance. It holds only the parser (`parseDependencies` from the
 * number-only build, configured for plain JavaScript numbers): no evaluator, units, matrices,
 * BigNumber or complex numbers. Formulas are never evaluated by mathjs; the validated tree is
 * compiled by `compile.ts`, so `import`, `evaluate`, `createUnit` and the rest are not just
 * blocked but absent from anything a formula can reach.
 *
 * `parseFormula` turns mathjs syntax errors into analyst-readable `FormulaRejection`s with a
 * 0-based position, and any other failure (such as the parser running out of stack) into a
 * plain message.
 */
import { create, parseDependencies, type MathNode } from 'mathjs/number';
import { FormulaRejection } from './errors';

if (parseDependencies === undefined) throw new Error('mathjs does not provide parseDependencies');
const math = create({ parseDependencies }, { number: 'number' });

/** mathjs message (without its "(char N)" suffix) -> words for an analyst. */
const SYNTAX_MESSAGES: readonly (readonly [RegExp, string])[] = [
  [/^Value expected/, 'a number or name is missing'],
  [/^Unexpected end of expression/, 'the formula ends too early; something is missing'],
  [/^Parenthesis \) expected/, 'a closing parenthesis ) is missing'],
  [/^Parenthesis ] expected/, 'a closing bracket ] is missing'],
  [/^False part of conditional expression expected/, 'a ? b needs ": c" for the other case'],
  [/^Unexpected operator (.*)/, 'the operator "$1" is not allowed here'],
  [/^Unexpected part "(.*)"/, '"$1" is unexpected here; is an operator missing?'],
  [/^Unterminated string/, 'a quote is not closed (and text is not allowed in formulas)'],
  [/^Comma , expected/, 'a comma is missing'],
];

function describeSyntaxError(raw: string): string {
  const bare = raw.replace(/\s*\(char \d+\)\s*$/, '');
  for (const [pattern, words] of SYNTAX_MESSAGES) {
    if (pattern.test(bare)) return bare.replace(pattern, words);
  }
  return bare;
}

function charOf(error: Error): number | null {
  const value: unknown = Reflect.get(error, 'char');
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : null;
}

/** Parses screened text into a mathjs tree; never evaluates anything. */
export function parseFormula(expression: string): MathNode {
  try {
    return math.parse(expression);
  } catch (error: unknown) {
    if (error instanceof RangeError) {
      throw new FormulaRejection('The formula is nested too deeply; split it into simpler parts');
    }
    if (error instanceof Error) {
      const char = charOf(error);
      const position = char === null ? null : Math.min(char - 1, expression.length);
      const where = char === null ? '' : ` at character ${char}`;
      throw new FormulaRejection(
        `Syntax error${where}: ${describeSyntaxError(error.message)}`,
        position,
      );
    }
    throw new FormulaRejection('The formula could not be read');
  }
}
