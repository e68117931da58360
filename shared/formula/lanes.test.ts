import fc from 'fast-check';
import { create, all } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { compileFormula, type CompiledFormula } from './index';

// An independent oracle: the full mathjs evaluator, on plain numbers.
if (all === undefined) throw new Error('mathjs does not export all');
const oracle = create(all, { number: 'number' });

const NAMES = ['a', 'b', 'c'] as const;

/** Formulas over a, b, c with every operator and function the compiler knows. */
const formula: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...NAMES, '0', '1', '2', '0.5', '-3', '1e3', 'pi'),
    fc
      .tuple(
        tie('expr'),
        fc.constantFrom('+', '-', '*', '/', '^', '<', '>', '<=', '>=', '==', '!=', 'and', 'or'),
        tie('expr'),
      )
      .map(([x, op, y]) => `(${x} ${op} ${y})`),
    tie('expr').map((x) => `(-${x})`),
    tie('expr').map((x) => `(not ${x})`),
    fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([t, x, y]) => `(${t} ? ${x} : ${y})`),
    fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([x, y, z]) => `(${x} < ${y} <= ${z})`),
    fc
      .tuple(fc.constantFrom('abs', 'floor', 'ceil', 'sqrt', 'exp', 'log', 'round'), tie('expr'))
      .map(([f, x]) => `${f}(${x})`),
    fc
      .tuple(fc.constantFrom('min', 'max', 'pow', 'log', 'round'), tie('expr'), tie('expr'))
      .map(([f, x, y]) => `${f}(${x}, ${y})`),
  ),
})).expr;

const value = fc.constantFrom(0, 1, -1, 2, 0.5, -2.5, 3, 10, 1e-3, 7.25);
const scope = fc.record({ a: value, b: value, c: value });

function compiled(expression: string): CompiledFormula {
  const result = compileFormula(expression, NAMES);
  if (!result.ok) throw new Error(`"${expression}" did not compile: ${result.message}`);
  return result;
}

describe('evaluateColumns: many scopes at once', () => {
  it('gives, lane by lane, exactly what evaluateNumber gives for each scope', () => {
    fc.assert(
      fc.property(
        formula,
        fc.array(scope, { minLength: 1, maxLength: 12 }),
        fc.nat(3),
        (expression, scopes, from) => {
          const f = compiled(expression);
          const to = from + scopes.length;
          const columns = NAMES.map((name) => {
            const column = new Float64Array(to).fill(Number.NaN);
            scopes.forEach((s, j) => (column[from + j] = s[name]));
            return column;
          });
          const out = new Float64Array(to).fill(42);
          f.evaluateColumns(columns, from, to, out);
          scopes.forEach((s, j) =>
            expect(Object.is(out[from + j], f.evaluateNumber(s))).toBe(true),
          );
          // Lanes before `from` are left alone.
          for (let j = 0; j < from; j++) expect(out[j]).toBe(42);
        },
      ),
      { numRuns: 400, seed: 20261123 },
    );
  });

  it('agrees with mathjs wherever the formula gives a finite number', () => {
    let compared = 0;
    fc.assert(
      fc.property(formula, scope, (expression, s) => {
        const ours = compiled(expression).evaluateNumber(s);
        if (Number.isNaN(ours)) return; // errors are ours to define (x / 0 is not Infinity)
        const theirs: unknown = oracle.evaluate(expression, { ...s });
        const expected = typeof theirs === 'boolean' ? Number(theirs) : theirs;
        if (typeof expected !== 'number') return; // mathjs went complex: ours reports an error
        compared++;
        expect(ours).toBeCloseTo(expected, 9);
      }),
      { numRuns: 1000, seed: 20261123 },
    );
    expect(compared).toBeGreaterThan(300);
  });

  it('marks a scope with a missing or non-finite input as NaN, as evaluateNumber does', () => {
    const f = compiled('a > 0 ? 1 : 2');
    const out = new Float64Array(3);
    f.evaluateColumns([[1, Number.POSITIVE_INFINITY, -1], [], []], 0, 3, out);
    expect([...out]).toEqual([1, Number.NaN, 2]);
  });

  it('does not let the side a condition skips spoil the result', () => {
    const out = new Float64Array(3);
    const a = Float64Array.of(3, 3, 0);
    const b = Float64Array.of(0, 2, 0);
    const none = new Float64Array(3);
    compiled('b > 0 ? a / b : 7').evaluateColumns([a, b, none], 0, 3, out);
    expect([...out]).toEqual([7, 1.5, 7]);
    compiled('b == 0 or a / b > 1').evaluateColumns([a, b, none], 0, 3, out);
    expect([...out]).toEqual([1, 1, 1]);
    compiled('b != 0 and a / b > 1').evaluateColumns([a, b, none], 0, 3, out);
    expect([...out]).toEqual([0, 1, 0]);
  });

  it('fails exactly where the step-by-step explanation finds no finite number', () => {
    // `evaluate` explains a failed result by interpreting the tree anew (explain.ts), lazily
    // like mathjs: if that interpretation found a finite value the message would show it.
    let failures = 0;
    fc.assert(
      fc.property(formula, scope, (expression, s) => {
        const result = compiled(expression).evaluate(s);
        if (result.ok) return;
        failures++;
        expect(result.message).not.toMatch(/gives no finite number \(-?\d/);
      }),
      { numRuns: 1000, seed: 20261124 },
    );
    expect(failures).toBeGreaterThan(50);
  });
});
