import { describe, expect, it } from 'vitest';
import { FIELD_BOUNDS } from './range-bounds';

describe('FIELD_BOUNDS', () => {
  it('reads the plan, adoption, calendar and finance limits off the schema', () => {
    expect(FIELD_BOUNDS.get('retrainEveryMonths')).toEqual({ min: 1, max: 240, wholeNumber: true });
    expect(FIELD_BOUNDS.get('horizonMonths')).toEqual({ min: 1, max: 240, wholeNumber: true });
    expect(FIELD_BOUNDS.get('discountRateAnnual')).toEqual({
      min: -0.5,
      max: 1,
      wholeNumber: false,
    });
    expect(FIELD_BOUNDS.get('hoursPerDay')).toEqual({ min: 0.5, max: 24, wholeNumber: false });
    expect(FIELD_BOUNDS.get('steadyShare')).toMatchObject({ min: 0, max: 1 });
    expect(FIELD_BOUNDS.has('curve')).toBe(false);
  });
});
