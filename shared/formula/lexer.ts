/**
 * Checks on the raw text before mathjs sees it, and a light tokenizer that finds where a name
 * or operator sits so messages can point at it (mathjs nodes carry no source positions).
 *
 * The screen refuses, with the character it stopped at: text longer than
 * LIMITS.maxFormulaLength, empty text, characters outside printable ASCII (lookalike letters,
 * typographic quotes and dashes, non-breaking spaces), comments (#) and brackets nested deeper than
 * MAX_FORMULA_DEPTH, which keeps mathjs' recursive parser far from the call-stack limit.
 */
import { LIMITS } from '../model/limits';
import { FormulaRejection } from './errors';

/** Deepest nesting of brackets in the text, and of nodes in the parsed tree. */
export const MAX_FORMULA_DEPTH = 50;

const REPLACEMENTS: ReadonlyMap<string, string> = new Map([
  ['\u00A0', 'a non-breaking space; type a normal space'],
  ['\u2212', 'a typographic minus sign; type - instead'],
  ['\u2013', 'a dash; type - for minus'],
  ['\u2014', 'a dash; type - for minus'],
  ['\u00D7', 'a multiplication sign; type * instead'],
  ['\u22C5', 'a multiplication dot; type * instead'],
  ['\u00F7', 'a division sign; type / instead'],
  ['\u2264', 'a less-or-equal sign; type <= instead'],
  ['\u2265', 'a greater-or-equal sign; type >= instead'],
  ['\u2260', 'a not-equal sign; type != instead'],
  ['\u201C', 'a typographic quote; text is not allowed in formulas'],
  ['\u201D', 'a typographic quote; text is not allowed in formulas'],
  ['\u2018', 'a typographic quote; text is not allowed in formulas'],
  ['\u2019', 'a typographic quote; text is not allowed in formulas'],
]);

function describeCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const known = REPLACEMENTS.get(char);
  if (known !== undefined) return `"${char}" (${hex}) is ${known}`;
  if (/\p{L}/u.test(char)) {
    return `"${char}" (${hex}) looks like a letter but is not a plain A–Z letter; retype the name`;
  }
  if (code < 0x20 || code === 0x7f) return `An invisible control character (${hex})`;
  return `"${char}" (${hex}) is not allowed`;
}

/**
 * Refuses text that must not reach the parser. Returns the text with line breaks and tabs
 * turned into spaces (same length, so positions still match the original): a formula may be
 * written over several lines, and is always one expression.
 */
export function screenExpression(expression: string): string {
  if (expression.length > LIMITS.maxFormulaLength) {
    throw new FormulaRejection(
      `The formula is too long: ${expression.length} characters, at most ${LIMITS.maxFormulaLength}`,
      LIMITS.maxFormulaLength,
    );
  }
  if (expression.trim() === '') {
    throw new FormulaRejection(
      'The formula is empty: write an expression such as casesPerMonth * 0.02 * 15',
      0,
    );
  }
  let depth = 0;
  for (let index = 0; index < expression.length; index += 1) {
    const char = expression.charAt(index);
    const code = char.charCodeAt(0);
    const plain = (code >= 0x20 && code < 0x7f) || char === '\t' || char === '\n' || char === '\r';
    if (!plain) {
      const whole = String.fromCodePoint(expression.codePointAt(index) ?? code);
      throw new FormulaRejection(
        `${describeCharacter(whole)} (character ${index + 1}). Formulas use plain letters, ` +
          'digits, spaces and + - * / ^ ( ) , < > = ! ? : %',
        index,
      );
    }
    if (char === '#') {
      throw new FormulaRejection(
        `Comments (#) are not supported (character ${index + 1}); describe the formula in its name`,
        index,
      );
    }
    if (char === '(' || char === '[' || char === '{') {
      depth += 1;
      if (depth > MAX_FORMULA_DEPTH) {
        throw new FormulaRejection(
          `Brackets are nested more than ${MAX_FORMULA_DEPTH} deep at character ${index + 1}; ` +
            'split the formula into simpler parts',
          index,
        );
      }
    } else if (char === ')' || char === ']' || char === '}') {
      depth = Math.max(0, depth - 1);
    }
  }
  return expression.replace(/[\r\n\t]/g, ' ');
}

export type TokenKind = 'name' | 'number' | 'string' | 'operator';
export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** 0-based index of the first character. */
  readonly index: number;
}

const OPERATORS = ['>>>', '<<', '>>', '==', '!=', '<=', '>=', '.*', './', '.^', '?.', '??', '^|'];
const isNameStart = (c: string): boolean => /^[A-Za-z_$]$/.test(c);
const isNamePart = (c: string): boolean => /^[A-Za-z0-9_$]$/.test(c);
const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/** Splits screened text into tokens; only used to locate things for messages. */
export function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < expression.length) {
    const c = expression.charAt(i);
    const start = i;
    if (c === ' ') {
      i += 1;
    } else if (c === '"' || c === "'") {
      i += 1;
      while (i < expression.length && expression.charAt(i) !== c) {
        i += expression.charAt(i) === '\\' ? 2 : 1;
      }
      i += 1;
      tokens.push({ kind: 'string', text: expression.slice(start, i), index: start });
    } else if (isDigit(c) || (c === '.' && isDigit(expression.charAt(i + 1)))) {
      while (i < expression.length && /^[0-9A-Za-z.]$/.test(expression.charAt(i))) i += 1;
      tokens.push({ kind: 'number', text: expression.slice(start, i), index: start });
    } else if (isNameStart(c)) {
      while (i < expression.length && isNamePart(expression.charAt(i))) i += 1;
      tokens.push({ kind: 'name', text: expression.slice(start, i), index: start });
    } else {
      const op = OPERATORS.find((candidate) => expression.startsWith(candidate, i)) ?? c;
      i += op.length;
      tokens.push({ kind: 'operator', text: op, index: start });
    }
  }
  return tokens;
}
