import { describe, expect, it } from 'vitest';
import { currencyProblem } from './currency';

describe('the currency field', () => {
  it('accepts three letters in any case', () => {
    expect(currencyProblem('EUR')).toBeNull();
    expect(currencyProblem('usd')).toBeNull();
    expect(currencyProblem(' Gbp ')).toBeNull();
  });
  it('refuses anything else in words', () => {
    for (const text of ['', 'EU', 'EURO', '€', 'E1R'])
      expect(currencyProblem(text)).toBe(
        'The currency is a three-letter code such as EUR, USD or GBP.',
      );
  });
});
