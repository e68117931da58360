import { describe, expect, it } from 'vitest';
import { listSummary } from './summaries';

describe('section summaries', () => {
  it('names up to three items, then says how many more', () => {
    expect(listSummary([])).toBe('');
    expect(listSummary(['A'])).toBe('A');
    expect(listSummary(['A', 'B', 'C'])).toBe('A, B, C');
    expect(listSummary(['A', 'B', 'C', 'D', 'E'])).toBe('A, B, C and 2 more');
  });
});
