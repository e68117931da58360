import { describe, expect, it } from 'vitest';
import type { CycleTimeBin, SimulationResult } from '../../../shared/engine';
import { binLabel, cycleHistogramView, drawnEdges, hourTicks, hoursLabel } from './cycle-histogram';

const est = (mean: number) => ({ mean, halfWidth: 0, ci95: [mean, mean] as [number, number] });

/** Just what the histogram reads of a result. */
function run(name: string, bins: CycleTimeBin[] | null): SimulationResult {
  const cases = (bins ?? []).reduce((sum, b) => sum + b.cases, 0);
  return {
    mapName: name,
    casesCompleted: cases,
    cycleTimeHistogram: bins,
    cycleTimeHours: bins && { mean: est(3), p50: est(2), p90: est(8), p95: est(9) },
  } as SimulationResult;
}

describe('cycleHistogramView', () => {
  it('gives each map its share of its own cases on the bins both share', () => {
    // Given a current map with 10 cases from 8 h to 12.5 h and a target with 4 cases at 2 h
    const current = run('Current', [
      { fromHours: 8, toHours: 10, cases: 4 },
      { fromHours: 10, toHours: 12.5, cases: 6 },
    ]);
    const target = run('Target', [{ fromHours: 2, toHours: 2.5, cases: 4 }]);
    // when laid on one another
    const view = cycleHistogramView([
      { role: 'current', result: current },
      { role: 'target', result: target },
    ]);
    // then the bins run from 2 h to 12.5 h, and each map's shares add up to 1
    expect(view?.series.map((s) => [s.role, s.cases])).toEqual([
      ['current', 10],
      ['target', 4],
    ]);
    expect(view?.rows[0]).toMatchObject({ fromHours: 2, shares: [0, 1] });
    expect(view?.rows.at(-1)).toMatchObject({ toHours: 12.5, shares: [0.6, 0] });
    for (const i of [0, 1])
      expect(view?.rows.reduce((sum, r) => sum + (r.shares[i] ?? 0), 0)).toBeCloseTo(1, 12);
  });

  it('leaves out a map that was not measured, and is null when none was', () => {
    // Given an overloaded current map (no histogram) and a measured target
    const target = run('Target', [{ fromHours: 2, toHours: 2.5, cases: 4 }]);
    const view = cycleHistogramView([
      { role: 'current', result: run('Current', null) },
      { role: 'target', result: target },
    ]);
    // then only the target is drawn; and with nothing measured there is no chart
    expect(view?.series.map((s) => s.role)).toEqual(['target']);
    expect(cycleHistogramView([{ role: 'current', result: null }])).toBeNull();
  });
});

describe('the hours axis', () => {
  it('ticks at 1, 2 and 5 times powers of ten inside the range', () => {
    expect(hourTicks(0.15, 60)).toEqual([0.2, 0.5, 1, 2, 5, 10, 20, 50]);
    expect(hourTicks(0, 10)).toEqual([]);
  });

  it('labels minutes under an hour, hours above, and the open bins in words', () => {
    expect(hoursLabel(0.5)).toBe('30 min');
    expect(hoursLabel(3.15)).toBe('3.15 h');
    expect(hoursLabel(12_500)).toBe('12,500 h');
    expect(binLabel({ fromHours: 2, toHours: 2.5, cases: [], shares: [] })).toBe('2 h to 2.5 h');
    expect(binLabel({ fromHours: 0, toHours: 0.001, cases: [], shares: [] })).toBe(
      'under 0.06 min',
    );
    const open = { fromHours: 10_000, toHours: null, cases: [], shares: [] };
    expect(binLabel(open)).toBe('10,000 h or more');
    // and an open bin is drawn one grid step wide
    expect(drawnEdges(open)).toEqual([10_000, 12_600]);
  });
});
