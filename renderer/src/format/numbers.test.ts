import { describe, expect, it } from 'vitest';
import { countOf } from './numbers';

describe('countOf: a count with its noun', () => {
  it('given exactly one, then the noun is singular', () => {
    expect(countOf(1, 'flow')).toBe('1 flow');
  });

  it('given none or several, then the noun is plural, the number grouped', () => {
    expect(countOf(0, 'step')).toBe('0 steps');
    expect(countOf(1200, 'step')).toBe('1,200 steps');
    expect(countOf(2, 'case', 'cases')).toBe('2 cases');
  });
});
