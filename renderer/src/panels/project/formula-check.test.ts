import { describe, expect, it } from 'vitest';
import { checkFormula, excerptAt } from './formula-check';

describe('checking a formula as it is typed', () => {
  it('lists the model outputs a sound formula reads', () => {
    expect(checkFormula('casesPerMonth * 12 / fteUsed')).toEqual({
      ok: true,
      inputs: ['casesPerMonth', 'fteUsed'],
    });
  });

  it("gives the checker's message and the text around the place it points at", () => {
    // Given an operator with nothing after it
    const check = checkFormula('casesPerMonth * * 2');
    // Then the message says where, and the excerpt splits at that character
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.message).toBe('Syntax error at character 17: a number or name is missing');
    expect(check.excerpt).toEqual({ before: 'casesPerMonth * ', at: '*', after: ' 2' });
  });

  it('points past the end when the formula stops too early', () => {
    const check = checkFormula('sqrt(');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.excerpt).toEqual({ before: 'sqrt(', at: '', after: '' });
  });

  it('has no excerpt when the checker knows no position', () => {
    const check = checkFormula('casesPerMonth 2');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.excerpt).toBeNull();
  });
});

describe('the excerpt around a position', () => {
  it('cuts long formulas to the neighbourhood, marking the cuts', () => {
    const expression = `${'a'.repeat(30)}#${'b'.repeat(30)}`;
    expect(excerptAt(expression, 30, 5)).toEqual({ before: '…aaaaa', at: '#', after: 'bbbbb…' });
  });

  it('shows line breaks as spaces, so the excerpt stays on one line', () => {
    expect(excerptAt('a +\n* b', 4)).toEqual({ before: 'a + ', at: '*', after: ' b' });
  });
});
