/**
 * The functions and constants a formula may use, as plain number functions. Nothing else can
 * be called: the validator refuses any other name in call position, so mathjs' own functions
 * (import, evaluate, parse, createUnit, ...) are never reachable.
 *
 * Semantics follow mathjs for numbers: `round` rounds half away from zero and takes an
 * optional number of decimals (0–15); `log(x, base)` defaults to the natural logarithm.
 * A result outside the function's domain is NaN, which evaluation reports as an error.
 */

export interface FormulaFunction {
  readonly minArgs: number;
  /** `Infinity` for variadic functions. */
  readonly maxArgs: number;
  /** How to call it, for messages and the editor's help. */
  readonly signature: string;
  readonly apply: (args: readonly number[]) => number;
}

/** Rounds half away from zero on the shortest decimal form of `x`, as mathjs does. */
export function roundHalfAwayFromZero(x: number, decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) return Number.NaN;
  if (!Number.isFinite(x)) return x;
  const magnitude = Math.abs(x);
  const text = String(magnitude);
  if (text.includes('e')) {
    const factor = 10 ** decimals;
    return (Math.sign(x) * Math.round(magnitude * factor)) / factor;
  }
  const shifted = Math.round(Number(`${text}e${decimals}`));
  return Math.sign(x) * Number(`${shifted}e-${decimals}`);
}

const first = (args: readonly number[]): number => args[0] ?? Number.NaN;
const second = (args: readonly number[]): number => args[1] ?? Number.NaN;

const FUNCTIONS = {
  min: { minArgs: 1, maxArgs: Infinity, signature: 'min(a, b, ...)', apply: (a) => Math.min(...a) },
  max: { minArgs: 1, maxArgs: Infinity, signature: 'max(a, b, ...)', apply: (a) => Math.max(...a) },
  abs: { minArgs: 1, maxArgs: 1, signature: 'abs(x)', apply: (a) => Math.abs(first(a)) },
  round: {
    minArgs: 1,
    maxArgs: 2,
    signature: 'round(x) or round(x, decimals)',
    apply: (a) => roundHalfAwayFromZero(first(a), a.length > 1 ? second(a) : 0),
  },
  floor: { minArgs: 1, maxArgs: 1, signature: 'floor(x)', apply: (a) => Math.floor(first(a)) },
  ceil: { minArgs: 1, maxArgs: 1, signature: 'ceil(x)', apply: (a) => Math.ceil(first(a)) },
  sqrt: { minArgs: 1, maxArgs: 1, signature: 'sqrt(x)', apply: (a) => Math.sqrt(first(a)) },
  exp: { minArgs: 1, maxArgs: 1, signature: 'exp(x)', apply: (a) => Math.exp(first(a)) },
  log: {
    minArgs: 1,
    maxArgs: 2,
    signature: 'log(x) or log(x, base)',
    apply: (a) => (a.length > 1 ? Math.log(first(a)) / Math.log(second(a)) : Math.log(first(a))),
  },
  pow: {
    minArgs: 2,
    maxArgs: 2,
    signature: 'pow(x, y)',
    apply: (a) => first(a) ** second(a),
  },
} as const satisfies Record<string, FormulaFunction>;

export type FormulaFunctionName = keyof typeof FUNCTIONS;

export const FORMULA_FUNCTION_NAMES: readonly FormulaFunctionName[] = Object.freeze(
  Object.keys(FUNCTIONS).filter((name): name is FormulaFunctionName =>
    Object.hasOwn(FUNCTIONS, name),
  ),
);

/** Looks a function up by own key only, so `constructor` or `__proto__` never match. */
export function lookupFunction(name: string): FormulaFunction | undefined {
  return Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name as FormulaFunctionName] : undefined;
}

/** Named constants. A model input with the same name takes precedence. */
const CONSTANTS: ReadonlyMap<string, number> = new Map([
  ['pi', Math.PI],
  ['e', Math.E],
]);

export function lookupConstant(name: string): number | undefined {
  return CONSTANTS.get(name);
}

/**
 * Names from mathjs that are dangerous or that an analyst may know from its docs; a formula
 * using one gets a message saying it is deliberately unavailable rather than "unknown".
 */
export const BLOCKED_NAMES: ReadonlySet<string> = new Set([
  'import',
  'createUnit',
  'evaluate',
  'parse',
  'compile',
  'simplify',
  'derivative',
  'resolve',
  'typed',
  'config',
  'reviver',
  'chain',
  'help',
  'matrix',
  'zeros',
  'ones',
  'range',
  'identity',
  'random',
  'unit',
  'string',
  'format',
  'print',
  'eval',
  'Function',
  'constructor',
  'prototype',
  '__proto__',
  'process',
  'globalThis',
  'window',
  'require',
]);
