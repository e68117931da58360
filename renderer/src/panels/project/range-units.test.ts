import { describe, expect, it } from 'vitest';
import type { Range } from '../../../../shared/model/schema';
import { rangeUnit, rangeValues } from './range-units';

const range = (path: string, low: number, likely: number, high: number): Range => ({
  path,
  low,
  likely,
  high,
  label: '',
});

describe("a range's unit", () => {
  it('follows the field names of the file format', () => {
    expect(rangeUnit('maps.targets.t.steps.s.automationRate')).toBe('percent');
    expect(rangeUnit('finance.discountRateAnnual')).toBe('percent');
    expect(rangeUnit('roles.clerk.costPerHour')).toBe('money');
    expect(rangeUnit('maps.current.steps.s.handlingMinutes.mode')).toBe('minutes');
    expect(rangeUnit('maps.targets.t.plan.monthsToGoLive')).toBe('months');
    expect(rangeUnit('maps.targets.t.plan.retrainEveryMonths')).toBe('months');
    expect(rangeUnit('calendar.hoursPerDay')).toBe('hours');
    expect(rangeUnit('maps.current.demand.casesPerPeriod')).toBe('number');
    expect(rangeUnit('roles.clerk.headcount')).toBe('number');
  });
});

describe("a range's values in a line", () => {
  it('shows shares as percentages and money with its currency', () => {
    expect(rangeValues(range('maps.current.steps.s.errorRate', 0.006, 0.012, 0.02), 'EUR')).toBe(
      '0.6 – 1.2 – 2 %',
    );
    expect(rangeValues(range('roles.clerk.costPerHour', 40, 44, 50), 'USD')).toBe(
      '40 – 44 – 50 USD',
    );
    expect(rangeValues(range('maps.current.demand.casesPerPeriod', 3500, 4000, 4800), 'EUR')).toBe(
      '3,500 – 4,000 – 4,800',
    );
  });
});
