import { describe, expect, it } from 'vitest';
import { capitalised } from './capitalised';

describe('capitalised', () => {
  it('starts a description with a capital, and leaves an empty text empty', () => {
    expect(capitalised('the headcount')).toBe('The headcount');
    expect(capitalised('')).toBe('');
  });
});
