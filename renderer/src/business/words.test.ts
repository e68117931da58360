import { describe, expect, it } from 'vitest';
import { irrWords } from './words';

describe('irrWords: the IRR as a headline figure', () => {
  it('given a rate, then the figure is the rate a year and there is no note', () => {
    expect(irrWords({ irrAnnual: 0.16, irrReason: null })).toEqual({ value: '16 % a year' });
  });

  it('given no rate, then the figure is a short "None" and the reason goes in the note', () => {
    const words = irrWords({
      irrAnnual: null,
      irrReason: 'the cash flow never changes sign, so there is no rate at which it breaks even',
    });
    expect(words.value).toBe('None');
    expect(words.note).toBe(
      'The cash flow never changes sign, so there is no rate at which it breaks even',
    );
  });
});
