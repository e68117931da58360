/**
 * Walks a parsed mathjs tree with an allow-list and builds the formula tree (`ir.ts`).
 *
 * Allowed: finite number constants; names of model inputs (the caller's allow-list) and the
 * constants pi and e; + - * / ^ (and the percent sign, 5% = 0.05); unary - and +;
 * < > <= >= == != (also chained, a < b < c); and, or, not; a ? b : c; parentheses; and calls
 * of the functions in `functions.ts` by name. Everything else is refused with a message that
 * names the problem: assignments, function definitions, several statements, property access,
 * indexing, matrices, objects, ranges, text, true/false, unknown or blocked names, operators
 * such as !, ', &, xor, to, and implicit multiplication (`2 x`), which usually hides a
 * missing operator. The tree may have at most MAX_FORMULA_NODES nodes and MAX_FORMULA_DEPTH
 * levels.
 */
import type {
  ConditionalNode,
  ConstantNode,
  FunctionNode,
  MathNode,
  OperatorNode,
  ParenthesisNode,
  RelationalNode,
  SymbolNode,
} from 'mathjs/number';
import { atCharacter, FormulaRejection } from './errors';
import {
  BLOCKED_NAMES,
  FORMULA_FUNCTION_NAMES,
  lookupConstant,
  lookupFunction,
  type FormulaFunctionName,
} from './functions';
import type { BinaryOp, CompareOp, Expr, UnaryOp } from './ir';
import { MAX_FORMULA_DEPTH, type Token } from './lexer';
import { closestName } from './suggest';

export const MAX_FORMULA_NODES = 500;

/** mathjs' number-only parser yields numbers, strings, booleans, null or undefined. */
type AnyConstantNode = ConstantNode<number | string | boolean | null | undefined>;

const FUNCTION_LIST = FORMULA_FUNCTION_NAMES.join(', ');
const ALLOWED_SUMMARY =
  `Only numbers, model names, + - * / ^ %, comparisons, and/or/not, a ? b : c and the ` +
  `functions ${FUNCTION_LIST} are allowed`;

const UNARY: Readonly<Record<string, UnaryOp>> = { unaryMinus: '-', unaryPlus: '+', not: 'not' };
const BINARY: Readonly<Record<string, BinaryOp>> = {
  add: '+',
  subtract: '-',
  multiply: '*',
  divide: '/',
  pow: '^',
  smaller: '<',
  larger: '>',
  smallerEq: '<=',
  largerEq: '>=',
  equal: '==',
  unequal: '!=',
  and: 'and',
  or: 'or',
};
const COMPARE: Readonly<Record<string, CompareOp>> = {
  smaller: '<',
  larger: '>',
  smallerEq: '<=',
  largerEq: '>=',
  equal: '==',
  unequal: '!=',
};

/** Why an operator mathjs knows is refused, keyed by the operator's function name. */
const REFUSED_OPERATORS: Readonly<Record<string, string>> = {
  mod: 'The % sign means percent here (5% = 0.05); the remainder (modulo) operator is not available',
  factorial: 'The factorial operator ! is not available; to negate a condition write not',
  ctranspose: "The ' sign is not allowed (it would transpose a matrix, or start text)",
  transpose: "The ' sign is not allowed (it would transpose a matrix, or start text)",
  xor: 'xor is not available; write (a or b) and not (a and b)',
  to: 'Unit conversion (to, in) is not available; formulas work with plain numbers',
  nullish: 'The ?? operator is not available; write a ? b : c',
  bitAnd: 'The & operator is not available; write and',
  bitOr: 'The | operator is not available; write or',
  bitXor: 'The ^| operator is not available',
  bitNot: 'The ~ operator is not available; write not',
  leftShift: 'Bit shifts (<<) are not available',
  rightArithShift: 'Bit shifts (>>) are not available',
  rightLogShift: 'Bit shifts (>>>) are not available',
  dotMultiply: 'Element-wise operators (.*) are not available; write *',
  dotDivide: 'Element-wise operators (./) are not available; write /',
  dotPow: 'Element-wise operators (.^) are not available; write ^',
};
/** Where to point for a refused operator: the text it is written as. */
const OPERATOR_TEXT: Readonly<Record<string, string>> = {
  mod: '%',
  factorial: '!',
  ctranspose: "'",
  transpose: "'",
  xor: 'xor',
  to: 'to',
  nullish: '??',
  bitAnd: '&',
  bitOr: '|',
  bitXor: '^|',
  bitNot: '~',
  leftShift: '<<',
  rightArithShift: '>>',
  rightLogShift: '>>>',
  dotMultiply: '.*',
  dotDivide: './',
  dotPow: '.^',
};

function is<T extends MathNode>(node: MathNode, type: T['type']): node is T {
  return node.type === type;
}

function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export interface ValidatedFormula {
  readonly expr: Expr;
  /** Model inputs the formula reads, in order of first use; `input.slot` indexes this. */
  readonly symbols: readonly string[];
}

export function validateFormula(
  root: MathNode,
  allowedSymbols: ReadonlySet<string>,
  tokens: readonly Token[],
): ValidatedFormula {
  const symbols: string[] = [];
  const seenNames = new Map<string, number>();
  let nodeCount = 0;

  /** Position of the next unvisited use of `name` (names after a '.' are properties). */
  const nextNamePosition = (name: string): number | null => {
    const seen = seenNames.get(name) ?? 0;
    seenNames.set(name, seen + 1);
    let count = 0;
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i];
      if (token?.kind !== 'name' || token.text !== name) continue;
      if (tokens[i - 1]?.text === '.' || tokens[i - 1]?.text === '?.') continue;
      if (count === seen) return token.index;
      count += 1;
    }
    return null;
  };
  const firstToken = (...texts: string[]): number | null =>
    tokens.find((token) => texts.includes(token.text))?.index ?? null;
  const reject = (message: string, position: number | null = null): never => {
    throw new FormulaRejection(message, position);
  };

  const unknownName = (name: string, position: number | null, asFunction: boolean): never => {
    const where = atCharacter(position);
    if (BLOCKED_NAMES.has(name)) {
      return reject(
        `"${name}"${where} is not available in formulas. Only numbers, model names and the ` +
          `functions ${FUNCTION_LIST} are allowed`,
        position,
      );
    }
    const candidates = asFunction ? FORMULA_FUNCTION_NAMES : [...allowedSymbols];
    const guess = closestName(name, candidates);
    const hint = guess === null ? '' : ` Did you mean ${guess}?`;
    const what = asFunction ? 'function' : 'name';
    const list = candidates.length === 0 ? '(none)' : candidates.join(', ');
    return reject(`Unknown ${what} "${name}"${where}.${hint} Available: ${list}`, position);
  };

  const symbol = (node: SymbolNode): Expr => {
    const name = node.name;
    const position = nextNamePosition(name);
    if (allowedSymbols.has(name)) {
      let slot = symbols.indexOf(name);
      if (slot < 0) slot = symbols.push(name) - 1;
      return { kind: 'input', name, slot };
    }
    const constant = lookupConstant(name);
    if (constant !== undefined) return { kind: 'number', value: constant };
    if (lookupFunction(name) !== undefined) {
      return reject(
        `${name}${atCharacter(position)} is a function: call it with values in parentheses, ` +
          `e.g. ${name}(a, b)`,
        position,
      );
    }
    return unknownName(name, position, false);
  };

  const constant = (node: AnyConstantNode): Expr => {
    const value = node.value;
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return { kind: 'number', value };
      const position = firstToken('NaN', 'Infinity');
      if (Number.isNaN(value)) return reject('NaN is not a number a formula can use', position);
      const huge =
        tokens.find((token) => token.kind === 'number' && !Number.isFinite(Number(token.text)))
          ?.index ?? position;
      return reject(
        `A number in the formula is too large (or Infinity)${atCharacter(huge)}; ` +
          'numbers must be finite',
        huge,
      );
    }
    if (typeof value === 'string') {
      const position = tokens.find((token) => token.kind === 'string')?.index ?? null;
      return reject(
        `Text in quotes${atCharacter(position)} is not allowed; a formula works with numbers`,
        position,
      );
    }
    if (typeof value === 'boolean') {
      const position = firstToken('true', 'false');
      return reject(
        `true and false are not allowed${atCharacter(position)}; write 1 or 0`,
        position,
      );
    }
    return reject(
      `"${String(value)}" is not a number. ${ALLOWED_SUMMARY}`,
      firstToken('null', 'undefined'),
    );
  };

  const operator = (node: OperatorNode<never, never>, depth: number): Expr => {
    // OperatorNode<never, never> is the widest form mathjs' types allow; read fields as strings.
    const fn: string = node.fn;
    const opText: string = node.op;
    const args = node.args;
    if (node.implicit) {
      return reject(
        `An operator is missing between "${args[0]?.toString() ?? ''}" and ` +
          `"${args[1]?.toString() ?? ''}": write * to multiply`,
      );
    }
    const unary = own(UNARY, fn);
    const [left, right] = args;
    if (unary !== undefined && args.length === 1 && left !== undefined) {
      return {
        kind: 'unary',
        op: unary,
        arg: walk(left, depth + 1),
        get text(): string {
          return node.toString();
        },
      };
    }
    const binary = own(BINARY, fn);
    if (binary !== undefined && args.length === 2 && left !== undefined && right !== undefined) {
      return {
        kind: 'binary',
        op: binary,
        left: walk(left, depth + 1),
        right: walk(right, depth + 1),
        // Read only when a result needs explaining (explain.ts): printing every node up front
        // costs time quadratic in the formula's size.
        get text(): string {
          return node.toString();
        },
      };
    }
    const refused = own(REFUSED_OPERATORS, fn);
    const written = own(OPERATOR_TEXT, fn);
    const position = written === undefined ? null : firstToken(written);
    return reject(
      refused === undefined
        ? `The operator "${opText}"${atCharacter(position)} is not allowed. ${ALLOWED_SUMMARY}`
        : `${refused}${atCharacter(position).replace(' at', ' (at')}${position === null ? '' : ')'}`,
      position,
    );
  };

  const call = (node: FunctionNode<MathNode>, depth: number): Expr => {
    const fnNode = node.fn;
    if (!is<SymbolNode>(fnNode, 'SymbolNode')) {
      const position = firstToken('.', '?.', '[', '(');
      return reject(
        `Only named functions can be called (${FUNCTION_LIST}); property access and calling ` +
          `the result of a call are not allowed${atCharacter(position)}`,
        position,
      );
    }
    const name = fnNode.name;
    const position = nextNamePosition(name);
    const fn = lookupFunction(name);
    if (fn === undefined) {
      if (allowedSymbols.has(name)) {
        return reject(
          `${name}${atCharacter(position)} is a value, not a function; write * to multiply, ` +
            `e.g. ${name} * (...)`,
          position,
        );
      }
      return unknownName(name, position, true);
    }
    if (node.args.length < fn.minArgs || node.args.length > fn.maxArgs) {
      const count = node.args.length;
      return reject(
        `${name}${atCharacter(position)} was given ${count} value${count === 1 ? '' : 's'}; ` +
          `write ${fn.signature}`,
        position,
      );
    }
    return {
      kind: 'call',
      name: name as FormulaFunctionName, // lookupFunction found it, so it is one of the names
      fn,
      args: node.args.map((arg) => walk(arg, depth + 1)),
      // Read only when a result needs explaining (explain.ts): printing every node up front
      // costs time quadratic in the formula's size.
      get text(): string {
        return node.toString();
      },
    };
  };

  const relational = (node: RelationalNode, depth: number): Expr => {
    const ops = node.conditionals.map((conditional) => {
      const op = own(COMPARE, conditional);
      return op ?? reject(`The comparison "${conditional}" is not allowed. ${ALLOWED_SUMMARY}`);
    });
    return {
      kind: 'chain',
      ops,
      args: node.params.map((param) => walk(param, depth + 1)),
      // Read only when a result needs explaining (explain.ts): printing every node up front
      // costs time quadratic in the formula's size.
      get text(): string {
        return node.toString();
      },
    };
  };

  function walk(node: MathNode, depth: number): Expr {
    nodeCount += 1;
    if (nodeCount > MAX_FORMULA_NODES) {
      reject(`The formula is too large: more than ${MAX_FORMULA_NODES} parts; split it up`);
    }
    if (depth > MAX_FORMULA_DEPTH) {
      reject(`The formula is nested more than ${MAX_FORMULA_DEPTH} levels deep; split it up`);
    }
    if (is<AnyConstantNode>(node, 'ConstantNode')) return constant(node);
    if (is<SymbolNode>(node, 'SymbolNode')) return symbol(node);
    if (is<ParenthesisNode>(node, 'ParenthesisNode')) return walk(node.content, depth + 1);
    if (is<OperatorNode<never, never>>(node, 'OperatorNode')) return operator(node, depth);
    if (is<FunctionNode<MathNode>>(node, 'FunctionNode')) return call(node, depth);
    if (is<RelationalNode>(node, 'RelationalNode')) return relational(node, depth);
    if (is<ConditionalNode>(node, 'ConditionalNode')) {
      return {
        kind: 'conditional',
        test: walk(node.condition, depth + 1),
        then: walk(node.trueExpr, depth + 1),
        otherwise: walk(node.falseExpr, depth + 1),
        // Read only when a result needs explaining (explain.ts): printing every node up front
        // costs time quadratic in the formula's size.
        get text(): string {
          return node.toString();
        },
      };
    }
    return refuseNode(node);
  }

  const refuseNode = (node: MathNode): never => {
    const at = (position: number | null): string => atCharacter(position);
    switch (node.type) {
      case 'AssignmentNode': {
        const position = firstToken('=');
        return reject(
          `Assignments are not allowed${at(position)}: a formula computes a value. ` +
            'To compare two values write ==',
          position,
        );
      }
      case 'FunctionAssignmentNode': {
        const position = firstToken('=');
        return reject(`Functions cannot be defined inside a formula${at(position)}`, position);
      }
      case 'BlockNode': {
        const position = firstToken(';');
        return reject(
          `A formula is a single expression${at(position)}: remove the ; between parts`,
          position,
        );
      }
      case 'AccessorNode':
      case 'IndexNode': {
        const position = firstToken('.', '?.', '[');
        return reject(
          `Property access and indexing (. or [ ]) are not allowed${at(position)}`,
          position,
        );
      }
      case 'ArrayNode': {
        const position = firstToken('[');
        return reject(
          `Lists and matrices ([ ]) are not allowed${at(position)}; a formula works with ` +
            'single numbers',
          position,
        );
      }
      case 'ObjectNode': {
        const position = firstToken('{');
        return reject(`Objects ({ }) are not allowed${at(position)}`, position);
      }
      case 'RangeNode': {
        const position = firstToken(':');
        return reject(
          `Ranges (a:b) are not allowed${at(position)}; for a condition write a ? b : c`,
          position,
        );
      }
      default:
        return reject(ALLOWED_SUMMARY);
    }
  };

  const expr = walk(root, 1);
  return { expr, symbols };
}
