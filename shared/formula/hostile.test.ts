import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFormula, FORMULA_INPUT_NAMES, type FormulaError } from './index';

function rejection(expression: string): FormulaError {
  const result = compileFormula(expression, FORMULA_INPUT_NAMES);
  if (result.ok) throw new Error(`expected "${expression.slice(0, 60)}" to be rejected`);
  return result;
}

const NOT_AVAILABLE =
  /is not available in formulas\. Only numbers, model names and the functions min, max/;

describe('compileFormula: hostile and broken expressions are rejected with a clear message', () => {
  // Given each expression, when it is compiled, then it is refused with this message (and
  // position, 0-based, where one is known).
  it.each<[string, RegExp, number | null]>([
    // From mathjs' security page: functions that alter or re-enter the parser
    ['import({}, {override: true})', /^"import" at character 1 is not available/, 0],
    ['createUnit("foo")', /^"createUnit" at character 1 is not available/, 0],
    ['evaluate("1+1")', /^"evaluate" at character 1 is not available/, 0],
    ['parse("2")', /^"parse" at character 1 is not available/, 0],
    ['compile("2")', /^"compile" at character 1 is not available/, 0],
    ['simplify("x + x")', /^"simplify" at character 1 is not available/, 0],
    ['derivative("x^2", "x")', /^"derivative" at character 1 is not available/, 0],
    ['typed("x")', /^"typed" at character 1 is not available/, 0],
    ['1 + config({})', /^"config" at character 5 is not available/, 4],
    ['simplify', /^"simplify" at character 1 is not available/, 0],
    // Definitions, assignments and several statements
    ['f(x) = x', /^Functions cannot be defined inside a formula at character 6$/, 5],
    ['a = 2', /^Assignments are not allowed at character 3: .* write ==$/, 2],
    ['fteUsed = 2', /^Assignments are not allowed/, 8],
    ['1; 2', /^A formula is a single expression at character 2: remove the ;/, 1],
    // Data structures and ranges (huge matrices cannot even be built)
    ['[1, 2, 3]', /^Lists and matrices \(\[ \]\) are not allowed at character 1/, 0],
    ['{a: 1}', /^Objects \(\{ \}\) are not allowed at character 1$/, 0],
    ['zeros(1e9, 1e9)', /^"zeros" at character 1 is not available/, 0],
    ['ones(1e6)', /^"ones" at character 1 is not available/, 0],
    ['range(1, 1e9)', /^"range" at character 1 is not available/, 0],
    ['1:1e9', /^Ranges \(a:b\) are not allowed at character 2/, 1],
    ['"str"', /^Text in quotes at character 1 is not allowed; a formula works with numbers$/, 0],
    ["'str'", /^Text in quotes at character 1 is not allowed/, 0],
    // Reaching JavaScript through properties
    [
      'x.constructor',
      /^Property access and indexing \(\. or \[ \]\) are not allowed at character 2$/,
      1,
    ],
    ['casesPerMonth["constructor"]', /^Property access and indexing/, 13],
    [
      'cos.constructor("return process")',
      /^Only named functions can be called .* at character 4$/,
      3,
    ],
    ['cos.constructor("return process")()', /^Syntax error at character 35/, 34],
    ['Function("return process")()', /^Syntax error at character 28/, 27],
    ['Function("return 1")', NOT_AVAILABLE, 0],
    ['process', NOT_AVAILABLE, 0],
    ['globalThis', NOT_AVAILABLE, 0],
    ['constructor', NOT_AVAILABLE, 0],
    ['__proto__', NOT_AVAILABLE, 0],
    ['casesPerMonth?.constructor', /^Property access and indexing/, 13],
    // Unknown names, with a suggestion when one is close
    [
      'casesPerMont * 2',
      /^Unknown name "casesPerMont" at character 1\. Did you mean casesPerMonth\? Available: casesPerMonth, cycleTimeHours, /,
      0,
    ],
    ['fteUsed + bonus', /^Unknown name "bonus" at character 11\. Available: casesPerMonth/, 10],
    [
      'Max(1, 2)',
      /^Unknown function "Max" at character 1\. Did you mean max\? Available: min, max/,
      0,
    ],
    ['cos(month)', /^Unknown function "cos" at character 1\. Available: min, max, abs/, 0],
    ['max', /^max at character 1 is a function: call it with values in parentheses/, 0],
    ['fteUsed(2)', /^fteUsed at character 1 is a value, not a function; write \* to multiply/, 0],
    [
      'round(1, 2, 3)',
      /^round at character 1 was given 3 values; write round\(x\) or round\(x, decimals\)$/,
      0,
    ],
    ['min()', /^min at character 1 was given 0 values/, 0],
    // Syntax errors, with position
    ['casesPerMonth *', /^Syntax error at character 16: the formula ends too early/, 15],
    ['(1 + 2', /^Syntax error at character 7: a closing parenthesis \) is missing$/, 6],
    ['1 +* 2', /^Syntax error at character 4: a number or name is missing$/, 3],
    ['month > 1 ? 2', /^Syntax error at character 14: a \? b needs ": c" for the other case$/, 13],
    ['', /^The formula is empty/, 0],
    ['  \n ', /^The formula is empty/, 0],
    // Operators outside the allow-list
    [
      '2 casesPerMonth',
      /^An operator is missing between "2" and "casesPerMonth": write \* to multiply$/,
      null,
    ],
    ['5!', /^The factorial operator ! is not available.*\(at character 2\)$/, 1],
    ['7 % 3', /^The % sign means percent here .*modulo.*\(at character 3\)$/, 2],
    ['1 xor 0', /^xor is not available/, 2],
    ['5 cm to inch', /^Unit conversion \(to, in\) is not available/, 5],
    ['1 & 2', /^The & operator is not available; write and/, 2],
    ["fteUsed'", /^The ' sign is not allowed/, 7],
    ['month ?? 1', /^The \?\? operator is not available/, 6],
    ['true', /^true and false are not allowed at character 1; write 1 or 0$/, 0],
    ['NaN', /^NaN is not a number a formula can use$/, 0],
    ['1e400 + 1', /^A number in the formula is too large \(or Infinity\) at character 1/, 0],
    ['# note\n1', /^Comments \(#\) are not supported \(character 1\)/, 0],
    // Unicode lookalikes and typography pasted from documents
    ['\u0441asesPerMonth', /^"с" \(U\+0441\) looks like a letter but is not a plain A–Z letter/, 0],
    ['casesPer\u039Conth', /^"Μ" \(U\+039C\) looks like a letter/, 8],
    ['1 \u2013 2', /^"–" \(U\+2013\) is a dash; type - for minus \(character 3\)/, 2],
    ['2 \u00D7 3', /^"×" \(U\+00D7\) is a multiplication sign; type \* instead/, 2],
    ['1\u00A0+ 1', /^"\u00A0" \(U\+00A0\) is a non-breaking space/, 1],
    ['1 + \u0000', /^An invisible control character \(U\+0000\)/, 4],
    ['\u{1D465} + 1', /^"\u{1D465}" \(U\+1D465\) looks like a letter/u, 0],
    // Size limits
    ['1+'.repeat(1000) + '1', /^The formula is too long: 2001 characters, at most 2000$/, 2000],
    ['x'.repeat(100_000), /^The formula is too long: 100000 characters/, 2000],
    ['('.repeat(5000) + '1' + ')'.repeat(5000), /^The formula is too long/, 2000],
    [
      '('.repeat(60) + '1' + ')'.repeat(60),
      /^Brackets are nested more than 50 deep at character 51/,
      50,
    ],
    ['-'.repeat(1000) + '1', /^The formula is nested more than 50 levels deep/, null],
    [
      '1+'.repeat(600) + '1',
      /^The formula is (too large: more than 500 parts|nested more than 50)/,
      null,
    ],
    [
      'max(' + '1,'.repeat(600) + '1)',
      /^The formula is too large: more than 500 parts; split it up$/,
      null,
    ],
  ])('%s', (expression, message, position) => {
    const error = rejection(expression);
    expect(error.message).toMatch(message);
    expect(error.position).toBe(position);
  });

  it('rejects a model name that could reach an object prototype', () => {
    const result = compileFormula('constructor + 1', ['constructor']);
    expect(result).toMatchObject({
      ok: false,
      message: '"constructor" cannot be used as a model name in formulas',
    });
  });

  it('never reaches Function, process, globalThis or constructor, whatever the allow-list says', () => {
    // Given names that are JavaScript globals or properties, passed as if they were inputs
    for (const name of ['Function', 'process', 'globalThis', 'toString', 'valueOf']) {
      const result = compileFormula(`${name} + 1`, [name]);
      // When the formula is evaluated with an empty scope
      const value = result.ok ? result.evaluate({}) : result;
      // Then nothing from the JavaScript environment is read: the value is missing
      expect(value).toMatchObject({
        ok: false,
        message: `No value for ${name}: the model did not provide it`,
      });
    }
  });
});

describe('compileFormula: never throws', () => {
  const names = ['casesPerMonth', 'fteUsed', 'month', 'min', 'max', 'round', 'log', 'import', 'x'];
  const formulaLike = fc.stringMatching(
    /^[a-zA-Z0-9 .,+\-*/^%()<>=!?:;'"[\]{}&|~#\u00A0\u0441]{0,80}$/,
  );
  const tokens = fc
    .array(
      fc.oneof(
        fc.constantFrom(...names, ...FORMULA_INPUT_NAMES),
        fc.constantFrom(
          '+',
          '-',
          '*',
          '/',
          '^',
          '%',
          '(',
          ')',
          ',',
          '?',
          ':',
          '<',
          '==',
          'and',
          'not',
          ' ',
        ),
        fc.double({ noNaN: true }).map(String),
        fc.integer().map(String),
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(' '));
  const scope = Object.fromEntries(FORMULA_INPUT_NAMES.map((name, index) => [name, index - 3]));

  it('on arbitrary strings, formula-like text and token soup (fixed seed)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), formulaLike, tokens), (text) => {
        // When any text is compiled and, if accepted, evaluated
        const result = compileFormula(text, FORMULA_INPUT_NAMES);
        // Then the result is data: an error with a message, or a finite value or error
        if (!result.ok) {
          expect(result.message.length).toBeGreaterThan(0);
          return;
        }
        const value = result.evaluate(scope);
        if (value.ok) expect(Number.isFinite(value.value)).toBe(true);
        else expect(value.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 500, seed: 20_240_601 },
    );
  });
});
