import { describe, expect, it } from 'vitest';
import { monthlyFactor, npv, paybackMonth } from './finance';
import { adoptionShare } from './adoption';

describe('npv', () => {
  it('discounts end-of-month flows by (1 + r)^(-m/12)', () => {
    // Given a yearly rate whose monthly equivalent is exactly 1 % (r = 1.01^12 - 1)
    const rate = Math.pow(1.01, 12) - 1;
    // When -1000 then four months of +300 are discounted
    // Then NPV = -1000/1.01 + 300/1.01^2 + 300/1.01^3 + 300/1.01^4 + 300/1.01^5 = 168.9004...
    const byHand =
      -1000 / 1.01 + 300 / 1.01 ** 2 + 300 / 1.01 ** 3 + 300 / 1.01 ** 4 + 300 / 1.01 ** 5;
    expect(npv([-1000, 300, 300, 300, 300], rate)).toBeCloseTo(byHand, 9);
    expect(byHand).toBeCloseTo(168.9004, 3);
    // And at 0 % it is the plain sum
    expect(npv([-1000, 300, 300, 300, 300], 0)).toBeCloseTo(200, 12);
  });
});

describe('monthlyFactor', () => {
  it.each([-1, -0.5, 0, 0.03, 0.08, 1, 10])('is (1 + %d)^(1/12) to the last few digits', (r) => {
    expect(monthlyFactor(r)).toBeCloseTo(Math.pow(1 + r, 1 / 12), 14);
  });
  it('compounds back to the yearly rate over twelve months', () => {
    expect(monthlyFactor(0.08) ** 12).toBeCloseTo(1.08, 14);
  });
});

describe('paybackMonth', () => {
  it('is the first month whose cumulative net is >= 0', () => {
    // cumulative: -600, -1200, -750, -300, +150
    expect(paybackMonth([-600, -600, 450, 450, 450, 450])).toBe(5);
    expect(paybackMonth([-600, -600, 600, 600])).toBe(4); // exactly zero counts
  });
  it('is null when the money never comes back within the horizon', () => {
    expect(paybackMonth([-600, 100, 100])).toBeNull();
  });
  it('ignores leading months in which nothing happens', () => {
    expect(paybackMonth([0, 0, -100, 150])).toBe(4);
  });
});

describe('adoptionShare', () => {
  const ramp = { startShare: 0, steadyShare: 0.8, monthsToSteady: 6, curve: 'linear' as const };
  it('ramps 0 -> 80 % over 6 months after go-live, linearly', () => {
    // Go-live after month 3: months 1-3 none; month 4 is the first live month (0 %), month 10 reaches 80 %
    const shares = Array.from({ length: 12 }, (_, i) => adoptionShare(i + 1, 3, ramp));
    const expected = [0, 0, 0, 0, 0.8 / 6, 1.6 / 6, 0.4, 3.2 / 6, 4 / 6, 0.8, 0.8, 0.8];
    shares.forEach((share, i) => expect(share).toBeCloseTo(expected[i] as number, 12));
  });
  it('follows a smooth S-curve with the same ends and midpoint', () => {
    const s = { ...ramp, curve: 's-curve' as const };
    expect(adoptionShare(4, 3, s)).toBe(0);
    expect(adoptionShare(7, 3, s)).toBeCloseTo(0.4, 12); // halfway: 3x² - 2x³ at x = 0.5 is 0.5
    expect(adoptionShare(5, 3, s)).toBeCloseTo(0.8 * (3 / 36 - 2 / 216), 12); // x = 1/6
    expect(adoptionShare(10, 3, s)).toBeCloseTo(0.8, 12);
  });
  it('is steady at once when there is no ramp', () => {
    expect(adoptionShare(1, 0, { ...ramp, monthsToSteady: 0 })).toBe(0.8);
  });
});
