/** What falls outside the horizon when go-live is at or after its end, by hand. */
import { describe, expect, it } from 'vitest';
import { writeInput } from '../model/input-path';
import { minimalProject } from '../model/testing/minimal-project';
import type { Project, TargetMap } from '../model/schema';
import { computeRoi } from './roi';

/** The minimal project (one-off costs 120,750 EUR) with another horizon and go-live. */
function planned(horizonMonths: number, monthsToGoLive: number): Project {
  const horizon = writeInput(minimalProject(), 'finance.horizonMonths', horizonMonths) as Project;
  return writeInput(horizon, 'maps.targets.ai.plan.monthsToGoLive', monthsToGoLive) as Project;
}
const target = (p: Project): TargetMap => p.maps.targets[0] as TargetMap;

describe('outsideHorizon', () => {
  it('given go-live after month 9 and a 6-month horizon, when computed, then a third of the build and every benefit fall outside, in words', () => {
    // The build, 120,750, is spread over 9 months (13,416.67 a month): months 1-6 charge
    // 80,500 within the horizon; months 7-9, 40,250, fall outside it.
    const roi = computeRoi(planned(6, 9), target(planned(6, 9)));
    expect(roi.oneOff.total).toBeCloseTo(120_750, 9);
    expect(roi.totalCost).toBeCloseTo(80_500, 6);
    expect(roi.totalBenefit).toBe(0);
    expect(roi.outsideHorizon).toEqual({
      oneOffCost: 40_250,
      message:
        'Go-live is planned after month 9 but the horizon ends at month 6: €40,250 of the ' +
        '€120,750 one-off costs (months 7 to 9 of the build) and every benefit and running ' +
        'cost after go-live fall outside it, so the business case shows part of the build only.',
    });
  });

  it('given go-live after month 7 and a 6-month horizon, then one build month falls outside', () => {
    // 120,750 / 7 = 17,250 a month; month 7 falls outside.
    const roi = computeRoi(planned(6, 7), target(planned(6, 7)));
    expect(roi.outsideHorizon?.oneOffCost).toBeCloseTo(17_250, 6);
    expect(roi.outsideHorizon?.message).toContain('(month 7 of the build)');
  });

  it('given go-live at the end of the horizon, then the build is inside and every benefit outside', () => {
    const roi = computeRoi(planned(6, 6), target(planned(6, 6)));
    expect(roi.totalCost).toBeCloseTo(120_750, 6);
    expect(roi.outsideHorizon).toEqual({
      oneOffCost: 0,
      message:
        'Go-live is planned after month 6, when the horizon ends: every benefit and running ' +
        'cost after go-live falls outside it, so the business case shows the build only.',
    });
  });

  it('given go-live before the end of the horizon, then nothing is reported outside it', () => {
    expect(computeRoi(planned(7, 6), target(planned(7, 6))).outsideHorizon).toBeNull();
    expect(computeRoi(minimalProject(), target(minimalProject())).outsideHorizon).toBeNull();
  });
});
