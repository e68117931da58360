/**
 * Turns a validated formula tree into a tiny register program run by one loop: no mathjs, no
 * scope Map, no closures per node and no allocation per evaluation (it runs up to millions of
 * times in a Monte Carlo). Registers 0..symbols.length-1 hold the inputs, which the caller
 * writes before calling `run`; constants are loaded once at compile time.
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
  Move,
  Jump,
  /** if r[a] !== 1: r[dst] = r[a], jump to b (and; chained comparisons). */
  UnlessOne,
  /** if r[a] !== 0: r[dst] = r[a], jump to b (or). */
  UnlessZero,
  /** if r[a] is NaN: r[dst] = NaN, jump to b (a condition that is neither true nor false). */
  IfNaN,
  /** if r[a] === 0: jump to b (the false branch of a ? b : c). */
  IfZero,
}

const COMPARE_CODES: readonly CompareOp[] = ['<', '>', '<=', '>=', '==', '!='];
const UNARY_CALLS = { abs: Op.Abs, floor: Op.Floor, ceil: Op.Ceil, sqrt: Op.Sqrt, exp: Op.Exp };

export interface Program {
  /** Registers; the first `symbols.length` are the inputs, written by the caller. */
  readonly registers: Float64Array;
  /** Runs the program and returns the formula's value (possibly NaN or ±Infinity). */
  readonly run: () => number;
}

/** Each instruction is four integers: op, dst, a, b (b is a register, a jump target or a code). */
export function compileExpr(expr: Expr, inputCount: number): Program {
  const code: number[] = [];
  const constants: number[] = [];
  let next = inputCount;
  const fresh = (): number => next++;
  const emit = (op: Op, dst: number, a: number, b = 0): number => {
    code.push(op, dst, a, b);
    return code.length - 4;
  };
  const patch = (at: number, target: number): void => {
    code[at + 3] = target;
  };
  const here = (): number => code.length;

  const gen = (node: Expr): number => {
    switch (node.kind) {
      case 'number': {
        const register = fresh();
        constants.push(register, node.value);
        return register;
      }
      case 'input':
        return node.slot;
      case 'unary': {
        const arg = gen(node.arg);
        if (node.op === '+') return arg;
        return emitTo(node.op === '-' ? Op.Neg : Op.Not, arg);
      }
      case 'binary': {
        const left = gen(node.left);
        if (node.op === 'and' || node.op === 'or') {
          const dst = fresh();
          emit(Op.Truth, dst, left);
          const jump = emit(node.op === 'and' ? Op.UnlessOne : Op.UnlessZero, dst, dst);
          emit(Op.Truth, dst, gen(node.right));
          patch(jump, here());
          return dst;
        }
        const right = gen(node.right);
        switch (node.op) {
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
          default: {
            const dst = fresh();
            emit(Op.Compare, dst, left, right);
            code.push(COMPARE_CODES.indexOf(node.op), 0, 0, 0); // operand word for Compare
            return dst;
          }
        }
      }
      case 'chain': {
        const dst = fresh();
        const jumps: number[] = [];
        let previous = gen(node.args[0] ?? { kind: 'number', value: Number.NaN });
        node.ops.forEach((op, index) => {
          const current = gen(node.args[index + 1] ?? { kind: 'number', value: Number.NaN });
          emit(Op.Compare, dst, previous, current);
          code.push(COMPARE_CODES.indexOf(op), 0, 0, 0);
          if (index < node.ops.length - 1) jumps.push(emit(Op.UnlessOne, dst, dst));
          previous = current;
        });
        for (const jump of jumps) patch(jump, here());
        return dst;
      }
      case 'conditional': {
        const dst = fresh();
        const test = fresh();
        emit(Op.Truth, test, gen(node.test));
        const toEndIfNaN = emit(Op.IfNaN, dst, test);
        const toElse = emit(Op.IfZero, dst, test);
        emit(Op.Move, dst, gen(node.then));
        const toEnd = emit(Op.Jump, 0, 0);
        patch(toElse, here());
        emit(Op.Move, dst, gen(node.otherwise));
        patch(toEnd, here());
        patch(toEndIfNaN, here());
        return dst;
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
            return emitTo(Op.Round, x, y ?? gen({ kind: 'number', value: 0 }));
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
  function emitTo(op: Op, a: number, b = 0): number {
    const dst = fresh();
    emit(op, dst, a, b);
    return dst;
  }

  const result = gen(expr);
  const registers = new Float64Array(next);
  for (let i = 0; i < constants.length; i += 2)
    registers[constants[i] ?? 0] = constants[i + 1] ?? 0;
  const program = Int32Array.from(code);
  return { registers, run: () => execute(program, registers, result) };
}

const divide = (x: number, y: number): number => (y === 0 ? Number.NaN : x / y);

function execute(code: Int32Array, r: Float64Array, result: number): number {
  const end = code.length;
  let pc = 0;
  while (pc < end) {
    const op = code[pc] as Op;
    const dst = code[pc + 1] ?? 0;
    const a = code[pc + 2] ?? 0;
    const b = code[pc + 3] ?? 0;
    pc += 4;
    // Registers and jump targets are in range by construction; `?? NaN` only satisfies the types.
    const x = r[a] ?? Number.NaN;
    switch (op) {
      case Op.Add:
        r[dst] = x + (r[b] ?? Number.NaN);
        break;
      case Op.Sub:
        r[dst] = x - (r[b] ?? Number.NaN);
        break;
      case Op.Mul:
        r[dst] = x * (r[b] ?? Number.NaN);
        break;
      case Op.Div:
        r[dst] = divide(x, r[b] ?? Number.NaN);
        break;
      case Op.Pow:
        r[dst] = x ** (r[b] ?? Number.NaN);
        break;
      case Op.Neg:
        r[dst] = -x;
        break;
      case Op.Not:
        r[dst] = 1 - truth(x);
        break;
      case Op.Truth:
        r[dst] = truth(x);
        break;
      case Op.Compare:
        r[dst] = compare(COMPARE_CODES[code[pc] ?? 0] ?? '==', x, r[b] ?? Number.NaN);
        pc += 4;
        break;
      case Op.Min:
        r[dst] = Math.min(x, r[b] ?? Number.NaN);
        break;
      case Op.Max:
        r[dst] = Math.max(x, r[b] ?? Number.NaN);
        break;
      case Op.Abs:
        r[dst] = Math.abs(x);
        break;
      case Op.Round:
        r[dst] = roundHalfAwayFromZero(x, r[b] ?? Number.NaN);
        break;
      case Op.Floor:
        r[dst] = Math.floor(x);
        break;
      case Op.Ceil:
        r[dst] = Math.ceil(x);
        break;
      case Op.Sqrt:
        r[dst] = Math.sqrt(x);
        break;
      case Op.Exp:
        r[dst] = Math.exp(x);
        break;
      case Op.Log:
        r[dst] = Math.log(x);
        break;
      case Op.LogBase:
        r[dst] = Math.log(x) / Math.log(r[b] ?? Number.NaN);
        break;
      case Op.Move:
        r[dst] = x;
        break;
      case Op.Jump:
        pc = b;
        break;
      case Op.UnlessOne:
        if (x !== 1) {
          r[dst] = x;
          pc = b;
        }
        break;
      case Op.UnlessZero:
        if (x !== 0) {
          r[dst] = x;
          pc = b;
        }
        break;
      case Op.IfNaN:
        if (Number.isNaN(x)) {
          r[dst] = Number.NaN;
          pc = b;
        }
        break;
      case Op.IfZero:
        if (x === 0) pc = b;
        break;
    }
  }
  return r[result] ?? Number.NaN;
}
