import { describe, expect, it } from 'vitest';
import type { Adoption } from '../../../../shared/model/schema';
import { describeRamp, rampPoints, steadyMonth } from './adoption-curve';

const plan = (adoption: Partial<Adoption>, monthsToGoLive = 9) => ({
  monthsToGoLive,
  adoption: {
    startShare: 0.3,
    steadyShare: 0.8,
    monthsToSteady: 6,
    curve: 'linear' as const,
    ...adoption,
  },
});

describe('the adoption ramp preview', () => {
  it('is nothing before go-live, starts at the start share, and settles at the steady share', () => {
    // Given a plan that goes live after month 9 and ramps linearly over 6 months
    const points = rampPoints(plan({}), 36);
    // Then there is a point for every month 0..36
    expect(points).toHaveLength(37);
    expect(points[9]).toEqual({ month: 9, share: 0 });
    expect(points[10]?.share).toBeCloseTo(0.3);
    expect(points[13]?.share).toBeCloseTo(0.55);
    expect(steadyMonth(plan({}))).toBe(16);
    expect(points[16]?.share).toBeCloseTo(0.8);
    expect(points[36]?.share).toBeCloseTo(0.8);
  });

  it('draws an S-curve flatter at both ends than the straight line', () => {
    const s = rampPoints(plan({ curve: 's-curve' }), 36);
    const l = rampPoints(plan({}), 36);
    expect(s[11]?.share).toBeLessThan(l[11]?.share ?? 0);
    expect(s[15]?.share).toBeGreaterThan(l[15]?.share ?? 0);
    expect(s[13]?.share).toBeCloseTo(l[13]?.share ?? 0);
  });

  it('goes past a short horizon far enough to show the ramp settle', () => {
    expect(rampPoints(plan({}, 20), 12)).toHaveLength(20 + 1 + 6 + 1 + 1);
  });

  it('says the ramp in words, and when it runs past the horizon', () => {
    expect(describeRamp(plan({}), 36)).toBe(
      'Go-live after month 9: 30 % of cases in month 10, 80 % from month 16.',
    );
    expect(describeRamp(plan({}), 12)).toBe(
      'Go-live after month 9: 30 % of cases in month 10, 80 % from month 16 (after the horizon).',
    );
    expect(describeRamp(plan({ monthsToSteady: 0 }, 40), 36)).toBe(
      'Go-live after month 40, past the 36-month horizon: 80 % of cases from month 41.',
    );
  });
});
