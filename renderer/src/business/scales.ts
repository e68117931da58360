/**
 * Geometry of the business case's charts, apart from their drawing so it can be tested: the
 * value domains (always including zero, so a bar's length means its amount), the month ticks
 * of a horizon, and the SVG boxes. Charts draw in a fixed view box and scale to their column.
 */
import { scaleBand, scaleLinear } from '@visx/scale';
import type { MonthRow } from '../../../shared/roi';
import type { HistogramBin } from '../../../shared/uncertainty';

export interface Box {
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export const innerWidth = (b: Box): number => b.width - b.left - b.right;
export const innerHeight = (b: Box): number => b.height - b.top - b.bottom;

/** The smallest and largest of `values` and 0; [−1, 1] when all are 0 (a flat chart still has an axis). */
export function domainWithZero(values: Iterable<number>): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo === hi) return [-1, 1];
  return [lo, hi];
}

/** Which months of a horizon of `h` get a tick: every month up to 12, then every 3, 6 or 12. */
export function monthTicks(h: number): number[] {
  const every = h <= 12 ? 1 : h <= 36 ? 3 : h <= 72 ? 6 : 12;
  const ticks: number[] = [];
  for (let m = every === 1 ? 1 : every; m <= h; m += every) ticks.push(m);
  if (every !== 1 && ticks[0] !== 1) ticks.unshift(1);
  return ticks;
}

/** The monthly cash flow chart's scales: a band per month, money from the lowest to the highest of net and cumulative. */
export function cashFlowScales(monthly: readonly MonthRow[], box: Box) {
  const x = scaleBand<number>({
    domain: monthly.map((m) => m.month),
    range: [0, innerWidth(box)],
    padding: 0.2,
  });
  const y = scaleLinear<number>({
    domain: domainWithZero(monthly.flatMap((m) => [m.net, m.cumulative])),
    range: [innerHeight(box), 0],
    nice: true,
  });
  return { x, y };
}

/** The tornado's money axis: every bar's ends and the base NPV, with zero. */
export function tornadoScale(ends: readonly number[], base: number, box: Box) {
  return scaleLinear<number>({
    domain: domainWithZero([...ends, base]),
    range: [0, innerWidth(box)],
    nice: true,
  });
}

/** The histogram's scales: money from the first bin's lower edge to the last's upper, counts from 0. */
export function histogramScales(bins: readonly HistogramBin[], box: Box) {
  const first = bins[0];
  const last = bins[bins.length - 1];
  const lo = first?.from ?? 0;
  const hi = last?.to ?? 1;
  const x = scaleLinear<number>({
    domain: hi > lo ? [lo, hi] : [lo - 1, hi + 1],
    range: [0, innerWidth(box)],
    nice: false,
  });
  const y = scaleLinear<number>({
    domain: [0, Math.max(1, ...bins.map((b) => b.count))],
    range: [innerHeight(box), 0],
    nice: true,
  });
  return { x, y };
}
