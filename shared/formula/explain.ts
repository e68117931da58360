/**
 * The slow path, run only when a formula's result is not a finite number: interprets the tree
 * with the same semantics as `compile.ts` and names the first operation that produced a
 * non-number from numbers, e.g. "The formula divides by zero (cycleTimeHours is 0)".
 */
import { FormulaRejection } from './errors';
import { textOf, type Expr } from './ir';
import { arithmetic, compare, truth } from './operations';

/**
 * A value for a message: the number, or words for one that is not a number an analyst can
 * read (never "Infinity" or "NaN", which people take for a bug, not for their formula).
 */
const show = (value: number): string => {
  if (Number.isFinite(value)) return String(Number(value.toPrecision(6)));
  if (Number.isNaN(value)) return 'no number at all';
  return value > 0 ? 'a number too large to use' : 'a negative number too large to use';
};

function fail(message: string): never {
  throw new FormulaRejection(message);
}

function explainCall(expr: Extract<Expr, { kind: 'call' }>, args: number[], result: number): never {
  const [x = Number.NaN, y = Number.NaN] = args;
  const arg = (index: number): string => {
    const node = expr.args[index];
    return node === undefined ? '' : `${textOf(node)} is ${show(args[index] ?? Number.NaN)}`;
  };
  switch (expr.name) {
    case 'sqrt':
      return fail(`The formula takes the square root of a negative number (${arg(0)})`);
    case 'log':
      if (x <= 0) return fail(`The formula takes the log of zero or a negative number (${arg(0)})`);
      if (args.length > 1 && (y <= 0 || y === 1)) {
        return fail(
          `The formula uses ${show(y)} as a log base; the base must be positive and not 1`,
        );
      }
      break;
    case 'round':
      if (args.length > 1 && !(Number.isInteger(y) && y >= 0 && y <= 15)) {
        return fail(`round needs a whole number of decimals from 0 to 15 (${arg(1)})`);
      }
      break;
    default:
      break;
  }
  return fail(`${expr.text} gives ${show(result)}`);
}

/** Evaluates `expr`; throws a FormulaRejection at the first step that loses finiteness. */
function run(expr: Expr, values: Float64Array): number {
  switch (expr.kind) {
    case 'number':
      return expr.value;
    case 'input':
      return values[expr.slot] ?? Number.NaN;
    case 'unary': {
      const arg = run(expr.arg, values);
      if (expr.op === '-') return -arg;
      return expr.op === '+' ? arg : 1 - truth(arg);
    }
    case 'binary': {
      const left = run(expr.left, values);
      if (expr.op === 'and' || expr.op === 'or') {
        const a = truth(left);
        return (expr.op === 'and' ? a === 1 : a === 0) ? truth(run(expr.right, values)) : a;
      }
      const right = run(expr.right, values);
      const result =
        expr.op === '+' || expr.op === '-' || expr.op === '*' || expr.op === '/' || expr.op === '^'
          ? arithmetic(expr.op, left, right)
          : compare(expr.op, left, right);
      if (Number.isFinite(result)) return result;
      if (expr.op === '/' && right === 0) {
        const divisor = expr.right.kind === 'number' ? '' : ` (${textOf(expr.right)} is 0)`;
        return fail(`The formula divides by zero${divisor}`);
      }
      if (expr.op === '^' && left === 0 && right < 0) {
        return fail(`The formula raises 0 to a negative power (${expr.text})`);
      }
      if (expr.op === '^' && left < 0 && !Number.isInteger(right)) {
        return fail(
          `The formula raises a negative number (${show(left)}) to a fractional power ` +
            `(${show(right)}) in ${expr.text}`,
        );
      }
      return fail(`${expr.text} gives ${show(result)}`);
    }
    case 'chain': {
      let previous = run(expr.args[0] ?? { kind: 'number', value: Number.NaN }, values);
      for (let i = 0; i < expr.ops.length; i += 1) {
        const next = run(expr.args[i + 1] ?? { kind: 'number', value: Number.NaN }, values);
        const op = expr.ops[i];
        const holds = op === undefined ? Number.NaN : compare(op, previous, next);
        if (holds !== 1) return holds;
        previous = next;
      }
      return 1;
    }
    case 'conditional': {
      const t = truth(run(expr.test, values));
      if (t === 1) return run(expr.then, values);
      return t === 0 ? run(expr.otherwise, values) : Number.NaN;
    }
    case 'call': {
      const args = expr.args.map((arg) => run(arg, values));
      const result = expr.fn.apply(args);
      return Number.isFinite(result) ? result : explainCall(expr, args, result);
    }
  }
}

/** The message for a formula whose compiled result was not finite. */
export function explainNonFinite(expr: Expr, values: Float64Array): string {
  try {
    const value = run(expr, values);
    return Number.isFinite(value)
      ? `The formula gives no finite number (${show(value)})`
      : `The formula gives ${show(value)}`;
  } catch (error: unknown) {
    return error instanceof FormulaRejection ? error.message : 'The formula gives no finite number';
  }
}
