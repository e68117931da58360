/**
 * The validated formula: a small tree of number operations that `compile.ts` turns into a
 * closure and `explain.ts` interprets to say why a result is not a finite number. It holds no
 * mathjs objects, so nothing mathjs can do is reachable from an evaluated formula.
 *
 * Values are plain numbers; a comparison or logical operator gives 1 (true) or 0 (false), and
 * a condition counts as true when it is not 0.
 */
import type { FormulaFunction, FormulaFunctionName } from './functions';

export type CompareOp = '<' | '>' | '<=' | '>=' | '==' | '!=';
export type ArithmeticOp = '+' | '-' | '*' | '/' | '^';
export type LogicalOp = 'and' | 'or';
export type BinaryOp = ArithmeticOp | CompareOp | LogicalOp;
export type UnaryOp = '-' | '+' | 'not';

export type Expr =
  | { readonly kind: 'number'; readonly value: number }
  /** A model input; `slot` indexes the compiled formula's `symbols`. */
  | { readonly kind: 'input'; readonly name: string; readonly slot: number }
  | { readonly kind: 'unary'; readonly op: UnaryOp; readonly arg: Expr; readonly text: string }
  | {
      readonly kind: 'binary';
      readonly op: BinaryOp;
      readonly left: Expr;
      readonly right: Expr;
      readonly text: string;
    }
  /** `a < b <= c`: true when every neighbouring pair holds. */
  | {
      readonly kind: 'chain';
      readonly ops: readonly CompareOp[];
      readonly args: readonly Expr[];
      readonly text: string;
    }
  | {
      readonly kind: 'conditional';
      readonly test: Expr;
      readonly then: Expr;
      readonly otherwise: Expr;
      readonly text: string;
    }
  | {
      readonly kind: 'call';
      readonly name: FormulaFunctionName;
      readonly fn: FormulaFunction;
      readonly args: readonly Expr[];
      readonly text: string;
    };

/** How a sub-expression reads in a message: the input's name or the formula text. */
export function textOf(expr: Expr): string {
  switch (expr.kind) {
    case 'number':
      return String(expr.value);
    case 'input':
      return expr.name;
    default:
      return expr.text;
  }
}
