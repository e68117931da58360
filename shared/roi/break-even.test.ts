/**
 * The break-even automation rate on cash flows small enough to solve by hand. In every case
 * below: 1000 cases a month, 4 live months (go-live after month 2 of 6), 0 % discount,
 * running costs 4 × 1500 and a build of 12 000, so NPV(r) = 4000 × saving per case(r) − 18 000.
 */
import { describe, expect, it } from 'vitest';
import { breakEvenAutomationRate } from './break-even';
import { cashFlow, type CashFlowOptions } from './cash-flow';
import { npv } from './finance';
import type { RoiInputs } from './inputs';
import { figures, simpleInputs } from './testing/simple-inputs';

/** One AI step planned at 80 %, no drift, moving the target's figures by `slope` per unit rate. */
function oneStep(slope: Parameters<typeof figures>, overrides: Partial<RoiInputs> = {}): RoiInputs {
  return simpleInputs({
    aiSteps: [
      { id: 'ai', name: 'AI', automationRate: 0.8, driftPerMonth: 0, slope: figures(...slope) },
    ],
    ...overrides,
  });
}

/** NPV with every AI step at `rate`, straight from the cash flow. */
const npvAt = (inputs: RoiInputs, rate: number, options: CashFlowOptions = {}): number =>
  npv(cashFlow(inputs, { ...options, automationRateOverride: rate }).net, 0);

describe('breakEvenAutomationRate', () => {
  it('given NPV rising with the rate, when solved, then it breaks even from 65 % up', () => {
    // Labour 4 at 80 % falls by 10 per unit rate: 12 − 10r. Saving 10 − (12 − 10r) = 10r − 2,
    // NPV = 40 000 r − 26 000 = 0 at r = 0.65.
    const inputs = oneStep([-10]);
    const result = breakEvenAutomationRate(inputs, 'EUR');
    expect(result).toMatchObject({ direction: 'from', upperRate: null });
    expect(result.rate).toBeCloseTo(0.65, 8);
    expect(npvAt(inputs, result.rate ?? NaN)).toBeCloseTo(0, 3);
    expect(result.summary).toBe(
      'The NPV breaks even at an automation rate of 65 % and is positive above it; the plan assumes 80 %.',
    );
  });

  it('given NPV falling with the rate (escaped errors cost more than the review saved), then it breaks even up to 67.5 %', () => {
    // As above, plus escaped errors: 30 per unit rate (24 at 80 %) against 20 today.
    // Saving (10r − 2) + (20 − 30r) = 18 − 20r, NPV = 54 000 − 80 000 r = 0 at r = 0.675.
    // The old search reported 0 % here: NPV at 0 % is positive, and it assumed a rising NPV.
    const inputs = oneStep([-10, { errors: 30 }], {
      target: figures(4, { ai: 0.5, errors: 24 }),
      current: figures(10, { errors: 20 }),
    });
    const result = breakEvenAutomationRate(inputs, 'EUR');
    expect(result).toMatchObject({ direction: 'up-to', upperRate: null });
    expect(result.rate).toBeCloseTo(0.675, 8);
    expect(npvAt(inputs, result.rate ?? NaN)).toBeCloseTo(0, 3);
    expect(npvAt(inputs, 0.8)).toBeCloseTo(54_000 - 64_000, 6); // the plan loses money
    expect(result.summary).toMatch(
      /^The NPV breaks even at an automation rate of 67\.5 % and is negative above it: .* the plan assumes 80 %\.$/,
    );
  });

  it('given NPV that rises, then falls across zero, when solved, then it is positive only between 10 % and 30 %', () => {
    // Freed capacity at 50 %: a positive labour saving 10r − 2 (r > 0.2) counts half. Errors
    // 7.5 per unit rate (6 at 80 %) against 6.25 today. Saving: 2.5r + 4.25 below r = 0.2,
    // 5.25 − 2.5r above; NPV = 4000 × saving − 18 000 = 0 at r = 0.1 and at r = 0.3, with
    // its peak, 4000 × 4.75 − 18 000 = 1000, at r = 0.2.
    const inputs = oneStep([-10, { errors: 7.5 }], {
      target: figures(4, { ai: 0.5, errors: 6 }),
      current: figures(10, { errors: 6.25 }),
      labourSavings: 'freed-capacity',
      freedCapacityValueShare: 0.5,
    });
    const result = breakEvenAutomationRate(inputs, 'EUR');
    expect(result.direction).toBe('between');
    expect(result.rate).toBeCloseTo(0.1, 8);
    expect(result.upperRate).toBeCloseTo(0.3, 8);
    expect(npvAt(inputs, 0.2)).toBeCloseTo(1000, 6);
    expect(npvAt(inputs, result.rate ?? NaN)).toBeCloseTo(0, 3);
    expect(npvAt(inputs, result.upperRate ?? NaN)).toBeCloseTo(0, 3);
    expect(result.summary).toBe(
      'The NPV is at or above zero only for an automation rate between 10 % and 30 %; the plan assumes 80 %.',
    );
  });

  it('given NPV positive at every rate, then no rate is needed and the summary says the case does not hinge on it', () => {
    // Labour 20 today: saving 8 + 10r, NPV = 14 000 + 40 000 r, lowest 14 000 at 0 %.
    const result = breakEvenAutomationRate(oneStep([-10], { current: figures(20) }), 'EUR');
    expect(result).toEqual({
      direction: 'all',
      rate: null,
      upperRate: null,
      summary:
        'The NPV stays at or above zero at every automation rate from 0 % to 100 % (lowest: ' +
        "€14,000, at 0 %), so the business case does not hinge on the model's automation " +
        'rate; the plan assumes 80 %.',
    });
  });

  it('given NPV negative at every rate, then no rate breaks even and the summary gives the best NPV', () => {
    // The falling case with a build of 72 000: NPV = −6 000 − 80 000 r, highest −6 000 at 0 %.
    const inputs = oneStep([-10, { errors: 30 }], {
      target: figures(4, { ai: 0.5, errors: 24 }),
      current: figures(10, { errors: 20 }),
      oneOff: { ...simpleInputs().oneOff, dataPreparation: 72_000, total: 72_000 },
    });
    expect(breakEvenAutomationRate(inputs, 'EUR')).toEqual({
      direction: 'none',
      rate: null,
      upperRate: null,
      summary:
        'The NPV stays below zero at every automation rate from 0 % to 100 % (highest: ' +
        '-€6,000, at 0 %), so no automation rate makes this scenario worth its cost within ' +
        'the horizon; the plan assumes 80 %.',
    });
  });

  it('given NPV positive on two stretches of rates, then it names both', () => {
    // The rising case, NPV = 40 000 r − 26 000, with a benefit line that costs 5 000 a live
    // month when the rate is strictly between 80 % and 90 %: NPV >= 0 on [65 %, 80 %] and
    // [90 %, 100 %].
    const options: CashFlowOptions = {
      extraBenefit: (months, out) => {
        for (let i = months.firstLive; i < out.length; i++) {
          const rate = months.automationRate[i] as number;
          out[i] = rate > 0.8 && rate < 0.9 ? -5000 : 0;
        }
      },
    };
    const result = breakEvenAutomationRate(oneStep([-10]), 'EUR', options);
    expect(result).toEqual({
      direction: 'several',
      rate: null,
      upperRate: null,
      summary:
        'The NPV is at or above zero only for an automation rate from 65 % to 80 % and from ' +
        '90 % up; the plan assumes 80 %.',
    });
  });

  it('given two AI steps, then one rate is applied to both and the summary says so', () => {
    // Steps at 80 % and 60 %, each lowering labour by 5 per unit rate: labour 11 − 10r at a
    // common rate r, saving 10r − 1, NPV = 40 000 r − 22 000 = 0 at r = 0.55.
    const step = (id: string, automationRate: number) => ({
      id,
      name: id,
      automationRate,
      driftPerMonth: 0,
      slope: figures(-5),
    });
    const inputs = simpleInputs({ aiSteps: [step('a', 0.8), step('b', 0.6)] });
    const result = breakEvenAutomationRate(inputs, 'EUR');
    expect(result.direction).toBe('from');
    expect(result.rate).toBeCloseTo(0.55, 8);
    expect(result.summary).toBe(
      'The NPV breaks even at an automation rate of 55 % and is positive above it; the plan ' +
        'assumes 80 % and 60 % (here one rate stands for every AI step).',
    );
  });

  it('given no AI step, then there is no rate and the summary says why', () => {
    expect(breakEvenAutomationRate(simpleInputs(), 'EUR')).toEqual({
      direction: null,
      rate: null,
      upperRate: null,
      summary: 'This scenario has no AI step, so there is no automation rate to break even on.',
    });
  });
});
