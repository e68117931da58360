import { describe, expect, it } from 'vitest';
import type { MonthRow } from '../../../shared/roi';
import { byQuarter } from './quarters';
import {
  cashFlowScales,
  domainWithZero,
  histogramScales,
  innerHeight,
  innerWidth,
  monthTicks,
  tornadoScale,
  type Box,
} from './scales';

const BOX: Box = { width: 400, height: 200, top: 10, right: 10, bottom: 20, left: 30 };

const rows = (nets: number[]): MonthRow[] => {
  let cumulative = 0;
  return nets.map((net, i) => {
    cumulative += net;
    return { month: i + 1, benefit: Math.max(0, net), cost: Math.max(0, -net), net, cumulative };
  });
};

describe('chart scales', () => {
  it('always include zero, and give a flat chart an axis', () => {
    expect(domainWithZero([5, 10])).toEqual([0, 10]);
    expect(domainWithZero([-5, -10])).toEqual([-10, 0]);
    expect(domainWithZero([-3, 7, Number.NaN, Infinity])).toEqual([-3, 7]);
    expect(domainWithZero([0, 0])).toEqual([-1, 1]);
    expect(domainWithZero([])).toEqual([-1, 1]);
  });

  it('tick every month up to a year, then every 3, 6 or 12, always from month 1', () => {
    expect(monthTicks(6)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(monthTicks(36)).toEqual([1, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36]);
    expect(monthTicks(60)).toEqual([1, 6, 12, 18, 24, 30, 36, 42, 48, 54, 60]);
    expect(monthTicks(120).slice(0, 3)).toEqual([1, 12, 24]);
  });

  it('put every month in its own band and both net and cumulative inside the plot', () => {
    // Given a build phase of losses, then gains
    const monthly = rows([-100, -100, 50, 80, 120]);
    const { x, y } = cashFlowScales(monthly, BOX);
    // Then month bands run left to right within the plot
    expect(x.domain()).toEqual([1, 2, 3, 4, 5]);
    expect(x(1)).toBeGreaterThanOrEqual(0);
    expect((x(5) ?? 0) + x.bandwidth()).toBeLessThanOrEqual(innerWidth(BOX));
    // And the lowest cumulative and the highest net fit, zero between them
    for (const m of monthly) {
      for (const v of [m.net, m.cumulative]) {
        expect(y(v)).toBeGreaterThanOrEqual(0);
        expect(y(v)).toBeLessThanOrEqual(innerHeight(BOX));
      }
    }
    expect(y(0)).toBeGreaterThan(0);
    expect(y(0)).toBeLessThan(innerHeight(BOX));
  });

  it("span the tornado's bar ends and base NPV", () => {
    const x = tornadoScale([-50, 200, 30, 120], 80, BOX);
    expect(x(-50)).toBeGreaterThanOrEqual(0);
    expect(x(200)).toBeLessThanOrEqual(innerWidth(BOX));
    expect(x(-50)).toBeLessThan(x(0));
  });

  it('map the histogram from the first bin edge to the last, counts from zero', () => {
    const bins = [
      { from: -10, to: 0, count: 3 },
      { from: 0, to: 10, count: 7 },
    ];
    const { x, y } = histogramScales(bins, BOX);
    expect(x(-10)).toBe(0);
    expect(x(10)).toBe(innerWidth(BOX));
    expect(y(0)).toBe(innerHeight(BOX));
    expect(y(7)).toBeGreaterThanOrEqual(0);
    // A single bin of equal values still has width
    const one = histogramScales([{ from: 5, to: 5, count: 4 }], BOX);
    expect(one.x(5)).toBeCloseTo(innerWidth(BOX) / 2);
  });
});

describe('cash flow by quarter', () => {
  it('sums three months at a time and keeps the cumulative of the last, a short last quarter included', () => {
    const quarters = byQuarter(rows([1, 2, 3, 4, 5, 6, 7]));
    expect(
      quarters.map((q) => [q.quarter, q.firstMonth, q.lastMonth, q.net, q.cumulative]),
    ).toEqual([
      [1, 1, 3, 6, 6],
      [2, 4, 6, 15, 21],
      [3, 7, 7, 7, 28],
    ]);
  });
});
