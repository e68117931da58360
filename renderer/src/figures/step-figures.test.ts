import { describe, expect, it } from 'vitest';
import { shown } from './step-figures';

describe('shown: a card figure to five significant digits', () => {
  it('given two times a few billionths apart (the queueing estimate after an edit elsewhere), then they are equal', () => {
    expect(shown(0.041822393938042594)).toBe(shown(0.04182239537896471));
    expect(shown(0.7435606060606067)).toBe(0.74356);
  });

  it('given a change the card would show, then it is kept', () => {
    expect(shown(0.04182)).not.toBe(shown(0.04183));
    expect(shown(123.456)).toBe(123.46);
    expect(shown(-2.345678)).toBe(-2.3457);
  });

  it('given nothing, zero or no finite value, then it is passed on as it is', () => {
    expect(shown(null)).toBeNull();
    expect(shown(0)).toBe(0);
    expect(shown(Infinity)).toBe(Infinity);
  });
});
