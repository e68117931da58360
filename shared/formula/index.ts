/**
 * Custom KPI and benefit formulas (DESIGN.md, "Formulas"): mathjs syntax over named model
 * outputs, in a locked-down evaluator.
 *
 * Contract:
 * - `compileFormula(expression, allowedSymbols)` never throws. It returns a `FormulaError`
 *   (message for an analyst, 0-based `position` when known) or a `CompiledFormula`.
 * - Only the parser of a private, number-only mathjs instance is used. The parsed tree passes
 *   an allow-list (`validate.ts`) and is compiled to a small register program (`compile.ts`), so no
 *   mathjs function, JavaScript global or object property is reachable from a formula.
 * - Size is bounded: LIMITS.maxFormulaLength characters, MAX_FORMULA_NODES nodes,
 *   MAX_FORMULA_DEPTH levels. With no loops or definitions, evaluation time is linear in size.
 * - `evaluate(scope)` never throws. Every name in `symbols` must have a finite number in
 *   `scope`; the result is a finite number or a `FormulaError` saying why not (division by
 *   zero, square root of a negative number, overflow, ...).
 * - Results are cached per (expression, allowedSymbols) in a small LRU; a compiled formula is
 *   immutable apart from its private registers (which keep a reference to the columns of the
 *   last `evaluateColumns` call), so sharing it is safe in one thread.
 * - `evaluateColumns` evaluates many scopes at once (the months of a cash flow) with the same
 *   results, lane by lane, as `evaluateAt`.
 */
import { LIMITS } from '../model/limits';
import { compileExpr } from './compile';
import { formulaError, FormulaRejection, type FormulaError } from './errors';
import { explainNonFinite } from './explain';
import { screenExpression, tokenize } from './lexer';
import { LruCache } from '../util/lru';
import { parseFormula } from './parse';
import { validateFormula } from './validate';

export type { FormulaError } from './errors';
export { FORMULA_INPUTS, FORMULA_INPUT_NAMES, type FormulaInput } from './inputs';
export { FORMULA_FUNCTION_NAMES } from './functions';
export { MAX_FORMULA_DEPTH } from './lexer';
export { MAX_FORMULA_NODES } from './validate';

export type FormulaValue = { ok: true; value: number };

export type CompiledFormula = {
  ok: true;
  /** The model inputs the formula reads, in order of first use. */
  symbols: readonly string[];
  evaluate(scope: Readonly<Record<string, number>>): FormulaValue | FormulaError;
  /**
   * The same value as `evaluate`, or NaN where `evaluate` gives an error (then call `evaluate`
   * for the message). Allocates nothing: for loops that evaluate a formula thousands of times.
   */
  evaluateNumber(scope: Readonly<Record<string, number>>): number;
  /**
   * Like `evaluateNumber`, with the values given by position: `values[i]` is the value of
   * `allowedSymbols[i]` as passed to `compileFormula`. No name lookups, nothing allocated.
   */
  evaluateAt(values: ArrayLike<number>): number;
  /**
   * `evaluateAt` for many scopes at once: scope j gives `allowedSymbols[i]` the value
   * `columns[i][j]` (only the columns of `symbols` are read). Writes the value of scopes
   * from..to−1 into `out[j]`, NaN where `evaluate` gives an error. Each instruction runs over
   * all the scopes in one loop; nothing is allocated unless `to` exceeds every earlier call's.
   * Float64Array columns with finite values are read in place; other columns work, scope by
   * scope.
   */
  evaluateColumns(
    columns: readonly ArrayLike<number>[],
    from: number,
    to: number,
    out: Float64Array,
  ): void;
};

const CACHE_SIZE = 256;
// A memo of pure results (same input, same output), not state: safe at module level.
const cache = new LruCache<string, CompiledFormula | FormulaError>(CACHE_SIZE);

const NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const UNSAFE_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

function describeMissing(name: string, value: unknown): string {
  if (typeof value === 'number')
    return `The formula needs ${name}, which has no value here (a cycle time, for one, has none while demand exceeds capacity)`;
  return `No value for ${name}: the model did not provide it`;
}

function build(expression: string, allowedSymbols: readonly string[]): CompiledFormula {
  for (const name of allowedSymbols) {
    if (!NAME.test(name) || UNSAFE_NAMES.has(name)) {
      throw new FormulaRejection(`"${name}" cannot be used as a model name in formulas`);
    }
  }
  const text = screenExpression(expression);
  const tree = parseFormula(text);
  const { expr, symbols } = validateFormula(tree, new Set(allowedSymbols), tokenize(text));
  const program = compileExpr(expr, symbols.length);
  /** The single-lane file: input `slot` is `single[slot][0]`, written before each `run`. */
  const single = program.registers(1);
  const setInput = (slot: number, value: number): void => {
    (single[slot] as Float64Array)[0] = value;
  };
  const frozenSymbols = Object.freeze([...symbols]);
  /** The formula at the inputs written; NaN or ±Infinity when not finite. */
  const run = (): number => single[program.run(single, 0, 1)]?.[0] ?? Number.NaN;
  /** `run()` when finite (−0 as 0), else NaN; never throws. */
  const runOrNaN = (): number => {
    try {
      const value = run();
      return Number.isFinite(value) ? (value === 0 ? 0 : value) : Number.NaN;
    } catch {
      return Number.NaN;
    }
  };

  const evaluate = (scope: Readonly<Record<string, number>>): FormulaValue | FormulaError => {
    try {
      for (let slot = 0; slot < frozenSymbols.length; slot += 1) {
        const name = frozenSymbols[slot] ?? '';
        const value: unknown = scope[name];
        if (typeof value !== 'number' || !Number.isFinite(value)) {
          return formulaError(describeMissing(name, value));
        }
        setInput(slot, value);
      }
      const value = run();
      if (Number.isFinite(value)) return { ok: true, value: value === 0 ? 0 : value };
      const inputs = Float64Array.from(frozenSymbols, (_, slot) => single[slot]?.[0] ?? Number.NaN);
      return formulaError(explainNonFinite(expr, inputs));
    } catch {
      return formulaError('The formula could not be evaluated');
    }
  };
  const evaluateNumber = (scope: Readonly<Record<string, number>>): number => {
    try {
      for (let slot = 0; slot < frozenSymbols.length; slot += 1) {
        const value: unknown = scope[frozenSymbols[slot] ?? ''];
        if (typeof value !== 'number' || !Number.isFinite(value)) return Number.NaN;
        setInput(slot, value);
      }
    } catch {
      return Number.NaN; // a scope whose reading throws
    }
    return runOrNaN();
  };
  const positions = Int32Array.from(frozenSymbols, (name) => allowedSymbols.indexOf(name));
  const evaluateAt = (values: ArrayLike<number>): number => {
    for (let slot = 0; slot < positions.length; slot += 1) {
      const value = values[positions[slot] as number];
      if (value === undefined || !Number.isFinite(value)) return Number.NaN;
      setInput(slot, value);
    }
    return runOrNaN();
  };
  /** `evaluateAt` of scope j of `columns`. */
  const evaluateLane = (columns: readonly ArrayLike<number>[], j: number): number => {
    for (let slot = 0; slot < positions.length; slot += 1) {
      const value = columns[positions[slot] as number]?.[j];
      if (value === undefined || !Number.isFinite(value)) return Number.NaN;
      setInput(slot, value);
    }
    return runOrNaN();
  };
  // The many-lane file, grown to the widest call so far. Its input registers are the
  // caller's columns themselves (the program never writes an input register).
  let lanes = 0;
  let wide = program.registers(0);
  const evaluateColumns = (
    columns: readonly ArrayLike<number>[],
    from: number,
    to: number,
    out: Float64Array,
  ): void => {
    if (to > lanes) {
      lanes = to;
      wide = program.registers(lanes);
    }
    const r = wide;
    let allFinite = true;
    for (let slot = 0; slot < positions.length && allFinite; slot += 1) {
      const column = columns[positions[slot] as number];
      if (!(column instanceof Float64Array) || column.length < to) {
        allFinite = false;
        break;
      }
      r[slot] = column;
      // x − x is 0 for a finite x and NaN for NaN and ±Infinity.
      for (let j = from; j < to; j++)
        if ((column[j] as number) - (column[j] as number) !== 0) allFinite = false;
    }
    // An input is missing, not finite or not in a Float64Array: the rare case, lane by lane
    // as `evaluateAt` does.
    if (!allFinite) {
      for (let j = from; j < to; j++) out[j] = evaluateLane(columns, j);
      return;
    }
    try {
      const result = r[program.run(r, from, to)] as Float64Array;
      for (let j = from; j < to; j++) {
        const value = result[j] as number;
        // + 0 turns −0 into 0 and leaves every other number as it is.
        out[j] = value - value === 0 ? value + 0 : Number.NaN;
      }
    } catch {
      out.fill(Number.NaN, from, to);
    }
  };
  return Object.freeze({
    ok: true as const,
    symbols: frozenSymbols,
    evaluate,
    evaluateNumber,
    evaluateAt,
    evaluateColumns,
  });
}

/**
 * Checks and compiles a formula over the given model names. Never throws; cached.
 * @param expression mathjs syntax, e.g. `casesPerMonth * 0.02 * max(0, cycleTimeReductionDays)`
 * @param allowedSymbols names the formula may read, usually FORMULA_INPUT_NAMES
 */
export function compileFormula(
  expression: string,
  allowedSymbols: readonly string[],
): CompiledFormula | FormulaError {
  try {
    if (typeof expression !== 'string') return formulaError('The formula must be text');
    if (expression.length > LIMITS.maxFormulaLength * 2) {
      // Too long to be worth a cache key; the screen gives the message.
      return formulaError(
        `The formula is too long: ${expression.length} characters, at most ${LIMITS.maxFormulaLength}`,
        LIMITS.maxFormulaLength,
      );
    }
    const key = `${expression}\u0000${allowedSymbols.join('\u0001')}`;
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    let result: CompiledFormula | FormulaError;
    try {
      result = build(expression, allowedSymbols);
    } catch (error: unknown) {
      result =
        error instanceof FormulaRejection
          ? formulaError(error.message, error.position)
          : formulaError('The formula could not be read');
    }
    cache.set(key, result);
    return result;
  } catch {
    return formulaError('The formula could not be read');
  }
}
