/**
 * Turns a validated formula tree into a tiny register program run by one loop: no mathjs, no
 * scope Map, no closures per node and no allocation per evaluation (it runs up to millions of
 * times in a Monte Carlo).
 *
 * The program runs on lanes: a register file made by `registers(lanes)` is one array per
 * register, lane j of register k at `r[k][j]`, and `run` evaluates every lane in [from, to)
 * one instruction at a time, so evaluating a formula for all 36 months of a cash flow
 * dispatches each instruction once, not 36 times. One lane is a single evaluation. Registers
 * 0..inputCount-1 hold the inputs: the caller writes them, or puts its own arrays there;
 * constants are loaded when the file is made.
 *
 * Having no jumps is what lets lanes run together: `and`, `or`, chained comparisons and
 * `a ? b : c` evaluate both sides and select the one the condition picks. Formulas have no
 * side effects and every operation is total (a bad value is NaN, never an exception), so the
 * side not taken cannot change the result.
 *
 * Semantics are those of `operations.ts` and `functions.ts`, and `explain.ts` interprets the
 * same tree when a result is not finite, so the two must change together (the tests compare
 * them on generated formulas).
 */
import { roundHalfAwayFromZero } from './functions';
import type { CompareOp, Expr } from './ir';
import { compare, truth } from './operations';

const enum Op {
  Add,
  Sub,
  Mul,
  Div,
  Pow,
  Neg,
  Not,
  Truth,
  Compare,
  Min,
  Max,
  Abs,
  Round,
  Floor,
  Ceil,
  Sqrt,
  Exp,
  Log,
  LogBase,
  /** r[dst] = r[a] unless r[a] is 1, else r[b] (and; chained comparisons). */
  UnlessOne,
  /** r[dst] = r[a] unless r[a] is 0, else r[b] (or). */
  UnlessZero,
  /** r[dst] = NaN if r[a] is NaN, else r[b] if r[a] is 1, else the next word's register. */
  Choose,
}

const COMPARE_CODES: readonly CompareOp[] = ['<', '>', '<=', '>=', '==', '!='];
const UNARY_CALLS = { abs: Op.Abs, floor: Op.Floor, ceil: Op.Ceil, sqrt: Op.Sqrt, exp: Op.Exp };

/** One array per register, each with a value per lane. */
export type Registers = Float64Array[];

export interface Program {
  /** A register file for `lanes` evaluations side by side, constants loaded. */
  registers(lanes: number): Registers;
  /**
   * Evaluates lanes [from, to) of `r`, a file made by `registers(lanes)` whose input registers
   * the caller has filled; returns the result's register: lane j's value (possibly NaN or
   * ±Infinity) is `r[result][j]`.
   */
  run(r: Registers, from: number, to: number): number;
}

/**
 * Each instruction is four integers: op, dst, a, b (registers); Compare and Choose take a
 * fifth-to-eighth word whose first integer is the comparison code or the third register.
 */
export function compileExpr(expr: Expr, inputCount: number): Program {
  const code: number[] = [];
  const constants: number[] = [];
  let next = inputCount;
  const fresh = (): number => next++;
  const emitTo = (op: Op, a: number, b = 0, extra?: number): number => {
    const dst = fresh();
    code.push(op, dst, a, b);
    if (extra !== undefined) code.push(extra, 0, 0, 0);
    return dst;
  };
  const constant = (value: number): number => {
    const register = fresh();
    constants.push(register, value);
    return register;
  };

  const gen = (node: Expr): number => {
    switch (node.kind) {
      case 'number':
        return constant(node.value);
      case 'input':
        return node.slot;
      case 'unary': {
        const arg = gen(node.arg);
        if (node.op === '+') return arg;
        return emitTo(node.op === '-' ? Op.Neg : Op.Not, arg);
      }
      case 'binary': {
        const left = gen(node.left);
        const right = gen(node.right);
        switch (node.op) {
          case 'and':
            return emitTo(Op.UnlessOne, emitTo(Op.Truth, left), emitTo(Op.Truth, right));
          case 'or':
            return emitTo(Op.UnlessZero, emitTo(Op.Truth, left), emitTo(Op.Truth, right));
          case '+':
            return emitTo(Op.Add, left, right);
          case '-':
            return emitTo(Op.Sub, left, right);
          case '*':
            return emitTo(Op.Mul, left, right);
          case '/':
            return emitTo(Op.Div, left, right);
          case '^':
            return emitTo(Op.Pow, left, right);
          default:
            return emitTo(Op.Compare, left, right, COMPARE_CODES.indexOf(node.op));
        }
      }
      case 'chain': {
        // a < b <= c: the first comparison that is not 1 (0 or NaN) is the result.
        const args = node.args.map(gen);
        let holds = -1;
        node.ops.forEach((op, index) => {
          const pair = emitTo(
            Op.Compare,
            args[index] ?? constant(Number.NaN),
            args[index + 1] ?? constant(Number.NaN),
            COMPARE_CODES.indexOf(op),
          );
          holds = holds < 0 ? pair : emitTo(Op.UnlessOne, holds, pair);
        });
        return holds < 0 ? constant(Number.NaN) : holds;
      }
      case 'conditional': {
        const test = emitTo(Op.Truth, gen(node.test));
        return emitTo(Op.Choose, test, gen(node.then), gen(node.otherwise));
      }
      case 'call': {
        const args = node.args.map(gen);
        const [x = 0, y] = args;
        switch (node.name) {
          case 'min':
          case 'max': {
            const op = node.name === 'min' ? Op.Min : Op.Max;
            return args.slice(1).reduce((acc, arg) => emitTo(op, acc, arg), x);
          }
          case 'round':
            return emitTo(Op.Round, x, y ?? constant(0));
          case 'log':
            return y === undefined ? emitTo(Op.Log, x) : emitTo(Op.LogBase, x, y);
          case 'pow':
            return emitTo(Op.Pow, x, y ?? x);
          default:
            return emitTo(UNARY_CALLS[node.name], x);
        }
      }
    }
  };

  const result = gen(expr);
  const size = next;
  const program = Int32Array.from(code);
  return {
    registers(lanes) {
      const r = Array.from({ length: size }, () => new Float64Array(lanes));
      for (let i = 0; i < constants.length; i += 2)
        r[constants[i] ?? 0]?.fill(constants[i + 1] ?? 0);
      return r;
    },
    run(r, from, to) {
      execute(program, r, from, to);
      return result;
    },
  };
}

const divide = (x: number, y: number): number => (y === 0 ? Number.NaN : x / y);

/**
 * Runs every instruction over lanes [from, to). Registers are in range by construction, and
 * every register has at least `to` lanes; the `as` casts only satisfy the types.
 */
function execute(code: Int32Array, r: Registers, from: number, to: number): void {
  for (let pc = 0; pc < code.length; pc += 4) {
    const op = code[pc] as Op;
    const d = r[code[pc + 1] as number] as Float64Array;
    const x = r[code[pc + 2] as number] as Float64Array;
    const y = r[code[pc + 3] as number] as Float64Array;
    switch (op) {
      case Op.Add:
        for (let j = from; j < to; j++) d[j] = (x[j] as number) + (y[j] as number);
        break;
      case Op.Sub:
        for (let j = from; j < to; j++) d[j] = (x[j] as number) - (y[j] as number);
        break;
      case Op.Mul:
        for (let j = from; j < to; j++) d[j] = (x[j] as number) * (y[j] as number);
        break;
      case Op.Div:
        for (let j = from; j < to; j++) d[j] = divide(x[j] as number, y[j] as number);
        break;
      case Op.Pow:
        for (let j = from; j < to; j++) d[j] = (x[j] as number) ** (y[j] as number);
        break;
      case Op.Neg:
        for (let j = from; j < to; j++) d[j] = -(x[j] as number);
        break;
      case Op.Not:
        for (let j = from; j < to; j++) d[j] = 1 - truth(x[j] as number);
        break;
      case Op.Truth:
        for (let j = from; j < to; j++) d[j] = truth(x[j] as number);
        break;
      case Op.Compare: {
        const how = COMPARE_CODES[code[pc + 4] ?? 0] ?? '==';
        for (let j = from; j < to; j++) d[j] = compare(how, x[j] as number, y[j] as number);
        pc += 4;
        break;
      }
      case Op.Min:
        for (let j = from; j < to; j++) d[j] = Math.min(x[j] as number, y[j] as number);
        break;
      case Op.Max:
        for (let j = from; j < to; j++) d[j] = Math.max(x[j] as number, y[j] as number);
        break;
      case Op.Abs:
        for (let j = from; j < to; j++) d[j] = Math.abs(x[j] as number);
        break;
      case Op.Round:
        for (let j = from; j < to; j++)
          d[j] = roundHalfAwayFromZero(x[j] as number, y[j] as number);
        break;
      case Op.Floor:
        for (let j = from; j < to; j++) d[j] = Math.floor(x[j] as number);
        break;
      case Op.Ceil:
        for (let j = from; j < to; j++) d[j] = Math.ceil(x[j] as number);
        break;
      case Op.Sqrt:
        for (let j = from; j < to; j++) d[j] = Math.sqrt(x[j] as number);
        break;
      case Op.Exp:
        for (let j = from; j < to; j++) d[j] = Math.exp(x[j] as number);
        break;
      case Op.Log:
        for (let j = from; j < to; j++) d[j] = Math.log(x[j] as number);
        break;
      case Op.LogBase:
        for (let j = from; j < to; j++) d[j] = Math.log(x[j] as number) / Math.log(y[j] as number);
        break;
      case Op.UnlessOne:
        for (let j = from; j < to; j++) {
          const v = x[j] as number;
          d[j] = v !== 1 ? v : (y[j] as number);
        }
        break;
      case Op.UnlessZero:
        for (let j = from; j < to; j++) {
          const v = x[j] as number;
          d[j] = v !== 0 ? v : (y[j] as number);
        }
        break;
      case Op.Choose: {
        const otherwise = r[code[pc + 4] as number] as Float64Array;
        for (let j = from; j < to; j++) {
          const t = x[j] as number;
          d[j] = t === 1 ? (y[j] as number) : t === 0 ? (otherwise[j] as number) : Number.NaN;
        }
        pc += 4;
        break;
      }
    }
  }
}
