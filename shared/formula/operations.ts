/**
 * The number semantics shared by the fast compiled path (`compile.ts`) and the slow path that
 * explains a failure (`explain.ts`), so both always agree on what a formula computes.
 *
 * - Division by zero gives NaN, so that `min(x / 0, 5)` cannot quietly hide it.
 * - Comparisons use mathjs' tolerance (relative 1e-12, absolute 1e-15), so
 *   `0.1 + 0.2 == 0.3` is true as in mathjs; a NaN operand makes the result NaN.
 */
import type { ArithmeticOp, CompareOp } from './ir';

const REL_TOL = 1e-12;
const ABS_TOL = 1e-15;

export function nearlyEqual(a: number, b: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= Math.max(REL_TOL * Math.max(Math.abs(a), Math.abs(b)), ABS_TOL);
}

export function compare(op: CompareOp, a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.NaN;
  switch (op) {
    case '==':
      return nearlyEqual(a, b) ? 1 : 0;
    case '!=':
      return nearlyEqual(a, b) ? 0 : 1;
    case '<':
      return a < b && !nearlyEqual(a, b) ? 1 : 0;
    case '>':
      return a > b && !nearlyEqual(a, b) ? 1 : 0;
    case '<=':
      return a <= b || nearlyEqual(a, b) ? 1 : 0;
    case '>=':
      return a >= b || nearlyEqual(a, b) ? 1 : 0;
  }
}

export function arithmetic(op: ArithmeticOp, a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? Number.NaN : a / b;
    case '^':
      return a ** b;
  }
}

/** Truth of a condition: NaN stays undecided (NaN), anything else is true unless 0. */
export function truth(value: number): number {
  if (Number.isNaN(value)) return Number.NaN;
  return value === 0 ? 0 : 1;
}
