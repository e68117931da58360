/**
 * The internal rate of return against rates known by construction: each cash flow below is
 * built from its roots, so the expected rate is known before any code runs.
 */
import { describe, expect, it } from 'vitest';
import { irr } from './irr';

/** Annualised from a monthly rate, as DESIGN.md states: (1 + i)^12 − 1. */
const annual = (monthly: number): number => Math.pow(1 + monthly, 12) - 1;

describe('irr', () => {
  it('finds 10 % a year when 1000 grows to 1100 in twelve months', () => {
    // Σ N(m)/(1+i)^m = 0 with N(1) = -1000, N(13) = 1100: (1+i)^12 = 1.1, so annualised 10 %
    const flows = [-1000, ...Array<number>(11).fill(0), 1100];
    const result = irr(flows);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.irrAnnual).toBeCloseTo(0.1, 10);
      expect(result.irrMonthly).toBeCloseTo(Math.pow(1.1, 1 / 12) - 1, 12);
    }
  });

  it('finds the monthly rate of an annuity: -1000 then 12 x 88.85 is 1 % a month', () => {
    // 1000 = 88.848789 × (1 - 1.01^-12) / 0.01, so i = 1 %, annualised 1.01^12 - 1 = 12.6825 %
    const payment = 1000 / ((1 - Math.pow(1.01, -12)) / 0.01);
    const result = irr([-1000 * 1.01, ...Array<number>(12).fill(payment * 1.01)]);
    expect(result.ok && result.irrMonthly).toBeCloseTo(0.01, 10);
    expect(result.ok && result.irrAnnual).toBeCloseTo(Math.pow(1.01, 12) - 1, 10);
  });

  it.each([
    // -100 then 100 (1 + i) a month later: the root is i, whatever grid a method scans.
    [0, [-100, 100]],
    [0.1, [-100, 110]],
    [0.05, [-100, 105]],
    [0.5, [-100, 150]],
    [-0.5, [-100, 50]],
    [-0.2, [-100, 80]],
    [3, [-100, 400]],
  ])('given a root of exactly %d a month, when solved, then it is that rate', (monthly, flows) => {
    const result = irr(flows);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.irrMonthly).toBeCloseTo(monthly, 12);
    const yearly = annual(monthly);
    expect(Math.abs(result.irrAnnual - yearly)).toBeLessThanOrEqual(1e-12 * Math.max(1, yearly));
  });

  it('given -100 then +100, when solved, then the rate of return is exactly 0 %', () => {
    expect(irr([-100, 100])).toEqual({ ok: true, irrMonthly: 0, irrAnnual: 0 });
  });

  it('given months with nothing before, between and after, when solved, then they change nothing', () => {
    // -100 x^3 + 110 x^15 = 0 with x = 1/(1+i): the zero months before and after cancel, and
    // (1+i)^12 = 1.1 is 10 % a year.
    const result = irr([0, 0, -100, ...Array<number>(11).fill(0), 110, 0, 0]);
    expect(result.ok && result.irrAnnual).toBeCloseTo(0.1, 10);
  });

  it.each([
    ['1 % a month', 0.01],
    ['0.5 % a month', 0.005],
    ['-0.29 % a month (half the money lost)', Math.pow(0.5, 1 / 239) - 1],
    ['40 % a month', 0.4],
  ])(
    'given 240 months, an outlay in month 1 and one return in month 240, then it finds %s',
    (_, monthly) => {
      // -1000 in month 1 comes back as 1000 (1 + i)^239 in month 240; every month between is 0.
      const flows = new Array<number>(240).fill(0);
      flows[0] = -1000;
      flows[239] = 1000 * Math.pow(1 + monthly, 239);
      const result = irr(flows);
      expect(result).toMatchObject({ ok: true });
      if (result.ok) expect(result.irrMonthly).toBeCloseTo(monthly, 10);
    },
  );

  it('given 240 months of a build, then zero months, then benefits, then it finds the one rate', () => {
    // 12 months of -10 000, 12 months of 0, 216 months of +2 000: exactly one sign change, so
    // exactly one rate, where Σ N(m) x^m = 0. At 1 % a month: -10 000 a(12) + 2 000 a(216)/1.01^24
    // with a(n) = (1 - 1.01^-n)/0.01 is positive, at 3 % negative: the rate lies between.
    const flows = [
      ...Array<number>(12).fill(-10_000),
      ...Array<number>(12).fill(0),
      ...Array<number>(216).fill(2_000),
    ];
    const result = irr(flows);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const pv = (i: number) => flows.reduce((s, n, m) => s + n / Math.pow(1 + i, m + 1), 0);
    expect(pv(0.01)).toBeGreaterThan(0);
    expect(pv(0.03)).toBeLessThan(0);
    expect(result.irrMonthly).toBeGreaterThan(0.01);
    expect(result.irrMonthly).toBeLessThan(0.03);
    expect(Math.abs(pv(result.irrMonthly))).toBeLessThan(1e-6);
  });

  it('reports no rate, with the reason, when the flow never changes sign', () => {
    expect(irr([100, 200, 300])).toEqual({
      ok: false,
      reason: 'the cash flow never changes sign, so there is no rate at which it breaks even',
    });
  });

  it('given two true roots, when solved, then no rate is reported and the reason names both', () => {
    // -100 + 230/(1+i) - 132/(1+i)^2 = 0 at i = 10 % and i = 20 % a month:
    // -100 g² + 230 g - 132 = -100 (g - 1.1)(g - 1.2) with g = 1 + i.
    // Annualised 1.1^12 - 1 = 213.8 % and 1.2^12 - 1 = 791.6 %.
    expect(irr([-100, 230, -132])).toEqual({
      ok: false,
      reason:
        'the cash flow breaks even at 213.8 % and at 791.6 % a year, so there is no single rate of return',
    });
  });

  it('given three roots, one exactly at 0 %, when solved, then each is named once', () => {
    // 100 (g - 1)(g - 1.1)(g - 1.2) = 100 g³ - 330 g² + 362 g - 132.
    expect(irr([100, -330, 362, -132])).toEqual({
      ok: false,
      reason:
        'the cash flow breaks even at 0 %, at 213.8 % and at 791.6 % a year, so there is no single rate of return',
    });
  });

  it('given two sign changes and no root, when solved, then the reason says so', () => {
    // -100 g² + 250 g - 200 has no real root (250² < 4 × 100 × 200): the value stays negative.
    expect(irr([-100, 250, -200])).toEqual({
      ok: false,
      reason:
        'the cash flow changes sign but its present value stays below zero at every rate, so there is no rate at which it breaks even',
    });
  });

  it('given two sign changes and one root, when solved, then that root is the rate', () => {
    // A dip in month 3 (a retraining): -100, +60, -10, +70. Cubic in g with one positive root;
    // at the reported rate the present value is zero to rounding.
    const flows = [-100, 60, -10, 70];
    const result = irr(flows);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const g = 1 + result.irrMonthly;
    expect(-100 / g + 60 / g ** 2 - 10 / g ** 3 + 70 / g ** 4).toBeCloseTo(0, 10);
  });

  it('given a return too large to state, when solved, then it says so instead of Infinity', () => {
    const result = irr([-1, 1e300]);
    expect(result).toEqual({
      ok: false,
      reason:
        'the cash flow earns back its outlay so many times over that the yearly rate of return is too large to state',
    });
  });
});
