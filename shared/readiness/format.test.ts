import { describe, expect, it } from 'vitest';
import { percent } from './format';

describe('percent', () => {
  it('says a share too large to write in words, never "Infinity %" or an exponent', () => {
    // given the utilisation of a role of almost no one, and ordinary shares
    // when they are written as percentages
    // then the huge ones read in words and the ordinary ones as before
    expect(percent(Number.POSITIVE_INFINITY, 0)).toBe('far more than 100 %');
    expect(percent(1e300, 0)).toBe('far more than 100 %');
    expect(percent(Number.NEGATIVE_INFINITY)).toBe('far below 0 %');
    expect(percent(Number.NaN)).toBe('an unknown share');
    expect(percent(1.61, 0)).toBe('161 %');
    expect(percent(0.995)).toBe('99.5 %');
  });
});
