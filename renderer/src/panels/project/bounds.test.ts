// The panel's number fields take their bounds from the schemas.
import { describe, expect, it } from 'vitest';
import { DemandSchema, MAX_MONEY, RoleSchema, SystemSchema } from '../../../../shared/model/schema';
import { fieldBounds, numberBounds } from './bounds';

describe('bounds of the panel fields', () => {
  it('reads a number schema: a headcount is 0 to 100 000, fractions allowed', () => {
    expect(numberBounds(RoleSchema.shape.headcount)).toEqual({
      min: 0,
      max: 100_000,
      integer: false,
    });
    expect(numberBounds(SystemSchema.shape.integrationCost.unwrap())).toEqual({
      min: 0,
      max: MAX_MONEY,
      integer: false,
    });
    expect(numberBounds(DemandSchema.shape.casesPerPeriod).max).toBe(1e9);
  });

  it('reads plan, adoption, calendar and finance fields by name', () => {
    expect(fieldBounds('monthsToGoLive')).toEqual({ min: 0, max: 240, integer: true });
    expect(fieldBounds('retrainEveryMonths')).toEqual({ min: 1, max: 240, integer: true });
    expect(fieldBounds('steadyShare')).toEqual({ min: 0, max: 1, integer: false });
    expect(fieldBounds('hoursPerDay')).toEqual({ min: 0.5, max: 24, integer: false });
    expect(fieldBounds('discountRateAnnual')).toEqual({ min: -0.5, max: 1, integer: false });
  });

  it('refuses a name that is not such a field, so a typo cannot drop the bounds', () => {
    expect(() => fieldBounds('monthToGoLive')).toThrow(/not a plan/);
  });
});
