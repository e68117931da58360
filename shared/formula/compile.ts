/**
 * Turns a validated formula tree into a tiny register program run by one loop: no mathjs, no
 * scope Map, no closures per node and no allocation per evaluation (it runs up to millions of
 * times in a Monte Carlo).
 *
 * The program runs on lanes: a register file made by `registers(lanes)` holds each register
 * `lanes` times side by side (register k's lane j at k × lanes + j), and `run` evaluates every
 * lane in [from, to) one instruction at a time, so evaluating a formula for all 36 months of a
 * cash flow dispatches each instruction once, not 36 times. One lane is a single evaluation.
 * Registers 0..inputCount-1 hold the inputs, which the caller writes before `run`; constants
 * are loaded when the file is made.
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

export interface Program {
  /** A register file for `lanes` evaluations side by side, constants loaded. */
  registers(lanes: number): Float64Array;
  /**
   * Evaluates lanes [from, to) of `r`, a file made by `registers(lanes)` whose input registers
   * the caller has written; returns the result's register: lane j's value (possibly NaN or
   * ±Infinity) is at `result × lanes + j`.
   */
  run(r: Float64Array, lanes: number, from: number, to: number): number;
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
      const r = new Float64Array(size * lanes);
      for (let i = 0; i < constants.length; i += 2)
        r.fill(
          constants[i + 1] ?? 0,
          (constants[i] ?? 0) * lanes,
          ((constants[i] ?? 0) + 1) * lanes,
        );
      return r;
    },
    run(r, lanes, from, to) {
      execute(program, r, lanes, from, to);
      return result;
    },
  };
}

const divide = (x: number, y: number): number => (y === 0 ? Number.NaN : x / y);

/**
 * Runs every instruction over lanes [from, to). Registers are in range by construction; the
 * `?? NaN` and `?? 0` only satisfy the types.
 */
function execute(code: Int32Array, r: Float64Array, lanes: number, from: number, to: number): void {
  for (let pc = 0; pc < code.length; pc += 4) {
    const op = code[pc] as Op;
    const dst = (code[pc + 1] ?? 0) * lanes;
    const a = (code[pc + 2] ?? 0) * lanes;
    const b = (code[pc + 3] ?? 0) * lanes;
    switch (op) {
      case Op.Add:
        for (let j = from; j < to; j++) r[dst + j] = (r[a + j] ?? NaN) + (r[b + j] ?? NaN);
        break;
      case Op.Sub:
        for (let j = from; j < to; j++) r[dst + j] = (r[a + j] ?? NaN) - (r[b + j] ?? NaN);
        break;
      case Op.Mul:
        for (let j = from; j < to; j++) r[dst + j] = (r[a + j] ?? NaN) * (r[b + j] ?? NaN);
        break;
      case Op.Div:
        for (let j = from; j < to; j++) r[dst + j] = divide(r[a + j] ?? NaN, r[b + j] ?? NaN);
        break;
      case Op.Pow:
        for (let j = from; j < to; j++) r[dst + j] = (r[a + j] ?? NaN) ** (r[b + j] ?? NaN);
        break;
      case Op.Neg:
        for (let j = from; j < to; j++) r[dst + j] = -(r[a + j] ?? NaN);
        break;
      case Op.Not:
        for (let j = from; j < to; j++) r[dst + j] = 1 - truth(r[a + j] ?? NaN);
        break;
      case Op.Truth:
        for (let j = from; j < to; j++) r[dst + j] = truth(r[a + j] ?? NaN);
        break;
      case Op.Compare: {
        const how = COMPARE_CODES[code[pc + 4] ?? 0] ?? '==';
        for (let j = from; j < to; j++) r[dst + j] = compare(how, r[a + j] ?? NaN, r[b + j] ?? NaN);
        pc += 4;
        break;
      }
      case Op.Min:
        for (let j = from; j < to; j++) r[dst + j] = Math.min(r[a + j] ?? NaN, r[b + j] ?? NaN);
        break;
      case Op.Max:
        for (let j = from; j < to; j++) r[dst + j] = Math.max(r[a + j] ?? NaN, r[b + j] ?? NaN);
        break;
      case Op.Abs:
        for (let j = from; j < to; j++) r[dst + j] = Math.abs(r[a + j] ?? NaN);
        break;
      case Op.Round:
        for (let j = from; j < to; j++)
          r[dst + j] = roundHalfAwayFromZero(r[a + j] ?? NaN, r[b + j] ?? NaN);
        break;
      case Op.Floor:
        for (let j = from; j < to; j++) r[dst + j] = Math.floor(r[a + j] ?? NaN);
        break;
      case Op.Ceil:
        for (let j = from; j < to; j++) r[dst + j] = Math.ceil(r[a + j] ?? NaN);
        break;
      case Op.Sqrt:
        for (let j = from; j < to; j++) r[dst + j] = Math.sqrt(r[a + j] ?? NaN);
        break;
      case Op.Exp:
        for (let j = from; j < to; j++) r[dst + j] = Math.exp(r[a + j] ?? NaN);
        break;
      case Op.Log:
        for (let j = from; j < to; j++) r[dst + j] = Math.log(r[a + j] ?? NaN);
        break;
      case Op.LogBase:
        for (let j = from; j < to; j++)
          r[dst + j] = Math.log(r[a + j] ?? NaN) / Math.log(r[b + j] ?? NaN);
        break;
      case Op.UnlessOne:
        for (let j = from; j < to; j++) {
          const x = r[a + j] ?? NaN;
          r[dst + j] = x !== 1 ? x : (r[b + j] ?? NaN);
        }
        break;
      case Op.UnlessZero:
        for (let j = from; j < to; j++) {
          const x = r[a + j] ?? NaN;
          r[dst + j] = x !== 0 ? x : (r[b + j] ?? NaN);
        }
        break;
      case Op.Choose: {
        const otherwise = (code[pc + 4] ?? 0) * lanes;
        for (let j = from; j < to; j++) {
          const t = r[a + j] ?? NaN;
          r[dst + j] = t === 1 ? (r[b + j] ?? NaN) : t === 0 ? (r[otherwise + j] ?? NaN) : NaN;
        }
        pc += 4;
        break;
      }
    }
  }
}
