import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../samples';
import {
  compileFormula,
  FORMULA_INPUT_NAMES,
  FORMULA_INPUTS,
  type CompiledFormula,
  type FormulaError,
} from './index';

const SCOPE: Readonly<Record<string, number>> = {
  casesPerMonth: 4000,
  cycleTimeHours: 24,
  cycleTimeHoursCurrent: 40,
  cycleTimeHoursTarget: 24,
  cycleTimeReductionHours: 16,
  cycleTimeReductionDays: 2,
  costPerCaseCurrent: 12.5,
  costPerCaseTarget: 7.5,
  errorsPerMonth: 30,
  errorsPerMonthCurrent: 80,
  errorsAvoidedPerMonth: 50,
  fteUsed: 4,
  fteFreed: 1.5,
  automationRate: 0.6,
  adoptionShare: 0.8,
  month: 7,
};

function compiled(expression: string): CompiledFormula {
  const result = compileFormula(expression, FORMULA_INPUT_NAMES);
  if (!result.ok) throw new Error(`expected ${expression} to compile: ${result.message}`);
  return result;
}

function valueOf(expression: string, scope: Readonly<Record<string, number>> = SCOPE): number {
  const result = compiled(expression).evaluate(scope);
  if (!result.ok) throw new Error(`expected ${expression} to evaluate: ${result.message}`);
  return result.value;
}

function evaluationError(
  expression: string,
  scope: Readonly<Record<string, number>>,
): FormulaError {
  const result = compiled(expression).evaluate(scope);
  if (result.ok) throw new Error(`expected ${expression} to fail, got ${result.value}`);
  return result;
}

describe('compileFormula: valid formulas', () => {
  it.each([
    // Given a formula and hand-computed values from SCOPE
    ['casesPerMonth * 0.02 * cycleTimeReductionDays * 15', 4000 * 0.02 * 2 * 15], // 2400
    ['casesPerMonth * 12 / fteUsed', 12_000],
    ['(errorsPerMonthCurrent - errorsPerMonth) * 0.3 * 85', 50 * 0.3 * 85], // 1275
    ['cycleTimeHours / 8', 3],
    ['casesPerMonth * 0.03 * min(cycleTimeReductionHours / 4, 1) * 12', 4000 * 0.03 * 12], // 1440
    ['fteFreed * 8 * 220 / 12', 220],
    ['-fteFreed + +2', 0.5],
    ['2 ^ 3 ^ 2', 512],
    ['2 + 3 * 4 - 10 / 5', 12],
    ['5%', 0.05],
    ['casesPerMonth * 2%', 80],
    ['max(0, min(1, automationRate * 2))', 1],
    ['max(1, 7, 3, 5)', 7],
    ['abs(-3) + floor(2.7) + ceil(2.1)', 3 + 2 + 3],
    ['round(2.5) + round(-2.5)', 0],
    ['round(1.005, 2)', 1.01],
    ['sqrt(16) + pow(2, 10)', 4 + 1024],
    ['log(exp(2))', 2],
    ['log(1000, 10)', 3],
    ['round(pi, 4) + round(e, 3)', 3.1416 + 2.718],
    ['month > 6 ? 100 : 0', 100],
    ['month <= 6 ? 100 : 0', 0],
    ['1 < month < 12', 1],
    ['12 > month > 8', 0],
    ['0.1 + 0.2 == 0.3', 1],
    ['month != 7', 0],
    ['month >= 7 and adoptionShare > 0.5', 1],
    ['month < 7 or not (fteUsed == 4)', 0],
    ['fteUsed > 0 ? casesPerMonth / fteUsed : 0', 1000],
    ['casesPerMonth\n  * 2\r\n\t+ 1', 8001],
    ['(\n casesPerMonth\n + 1\n)', 4001],
  ])('%s = %d', (expression, expected) => {
    // When it is compiled and evaluated
    const value = valueOf(expression);
    // Then the value matches the hand computation
    expect(value).toBeCloseTo(expected, 10);
  });

  it('lists the model inputs a formula reads, in order of first use, once each', () => {
    // Given a formula that uses fteUsed twice and a constant
    const formula = compiled('fteUsed * casesPerMonth / fteUsed + pi');
    // Then symbols names the inputs only
    expect(formula.symbols).toEqual(['fteUsed', 'casesPerMonth']);
  });

  it('lets a model input shadow a constant of the same name', () => {
    // Given an allow-list that contains "e"
    const result = compileFormula('e * 2', ['e']);
    // When evaluated with e = 5
    // Then the input wins over Euler's number
    expect(result.ok && result.evaluate({ e: 5 })).toEqual({ ok: true, value: 10 });
  });

  it('returns the same compiled formula for the same expression and names (cache)', () => {
    const first = compileFormula('casesPerMonth + 1', FORMULA_INPUT_NAMES);
    const second = compileFormula('casesPerMonth + 1', FORMULA_INPUT_NAMES);
    expect(second).toBe(first);
    // and a different allow-list is a different entry
    expect(compileFormula('casesPerMonth + 1', ['casesPerMonth'])).not.toBe(first);
  });
});

describe('compileFormula: the sample projects', () => {
  const formulas = SAMPLES.flatMap((sample) =>
    sample.project.formulas.map((formula) => [sample.slug, formula.name, formula.expression]),
  );

  it('has formulas to check', () => {
    expect(formulas.length).toBeGreaterThanOrEqual(6);
  });

  it.each(formulas)(
    '%s: "%s" compiles and evaluates over FORMULA_INPUTS',
    (_slug, _name, expression) => {
      // Given a sample formula and every model input set
      const result = compileFormula(expression ?? '', FORMULA_INPUT_NAMES);
      // Then it compiles and gives a finite number
      expect(result).toMatchObject({ ok: true });
      if (result.ok) expect(result.evaluate(SCOPE).ok).toBe(true);
    },
  );

  it('describes every model input once, with a unit', () => {
    const names = FORMULA_INPUTS.map((input) => input.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(FORMULA_INPUT_NAMES);
    for (const input of FORMULA_INPUTS) {
      expect(input.name).toMatch(/^[a-z][A-Za-z]*$/);
      expect(input.unit).not.toBe('');
      expect(input.description).not.toBe('');
    }
    expect(Object.keys(SCOPE).sort()).toEqual([...names].sort());
  });
});

describe('evaluate: results that are not finite numbers', () => {
  it('names the divisor that is zero', () => {
    // Given cycle time 0
    const error = evaluationError('casesPerMonth / cycleTimeHours', {
      ...SCOPE,
      cycleTimeHours: 0,
    });
    // Then the message says so
    expect(error.message).toBe('The formula divides by zero (cycleTimeHours is 0)');
  });

  it('names a divisor expression that is zero', () => {
    const error = evaluationError('1 / (fteUsed - 4)', SCOPE);
    expect(error.message).toBe('The formula divides by zero (fteUsed - 4 is 0)');
  });

  it('does not let min() hide a division by zero', () => {
    const error = evaluationError('min(1 / 0, 5)', SCOPE);
    expect(error.message).toBe('The formula divides by zero');
  });

  it('reports the square root of a negative number (NaN)', () => {
    const error = evaluationError('sqrt(-1)', SCOPE);
    expect(error.message).toBe('The formula takes the square root of a negative number (-1 is -1)');
    expect(evaluationError('sqrt(fteUsed - 5)', SCOPE).message).toBe(
      'The formula takes the square root of a negative number (fteUsed - 5 is -1)',
    );
  });

  it.each([
    ['log(month - 7)', 'The formula takes the log of zero or a negative number (month - 7 is 0)'],
    ['log(2, 1)', 'The formula uses 1 as a log base; the base must be positive and not 1'],
    ['exp(1000)', 'exp(1000) gives a number too large to use'],
    ['1e308 * 10', '1e+308 * 10 gives a number too large to use'],
    ['pow(-8, 0.5)', 'pow(-8, 0.5) gives no number at all'],
    ['-1e308 * 10', '-1e+308 * 10 gives a negative number too large to use'],
    [
      '(-8) ^ 0.5',
      'The formula raises a negative number (-8) to a fractional power (0.5) in (-8) ^ 0.5',
    ],
    ['0 ^ -1', 'The formula raises 0 to a negative power (0 ^ (-1))'],
    ['round(1, 2.5)', 'round needs a whole number of decimals from 0 to 15 (2.5 is 2.5)'],
    ['sqrt(-1) > 0 ? 1 : 2', 'The formula takes the square root of a negative number (-1 is -1)'],
  ])('%s -> %s', (expression, message) => {
    expect(evaluationError(expression, SCOPE).message).toBe(message);
  });

  it('does not evaluate the branch a condition skips', () => {
    expect(valueOf('fteUsed > 0 ? 1 / 0 : 7', { ...SCOPE, fteUsed: 0 })).toBe(7);
    expect(valueOf('0 and 1 / 0')).toBe(0);
    expect(valueOf('1 or 1 / 0')).toBe(1);
  });

  it('reports a missing or non-finite input instead of computing with it', () => {
    const formula = compiled('casesPerMonth * fteUsed');
    const missing = formula.evaluate({ casesPerMonth: 1 });
    expect(missing).toEqual({
      ok: false,
      message: 'No value for fteUsed: the model did not provide it',
      position: null,
    });
    const nan = formula.evaluate({ casesPerMonth: Number.NaN, fteUsed: 1 });
    expect(nan.ok === false && nan.message).toBe(
      'The formula needs casesPerMonth, which has no value here (a cycle time, for one, has none while demand exceeds capacity)',
    );
  });

  it('never throws, even for a scope that is not an object', () => {
    const formula = compiled('casesPerMonth + 1');
    const notAScope = null as unknown as Record<string, number>;
    expect(formula.evaluate(notAScope)).toMatchObject({ ok: false });
  });
});
