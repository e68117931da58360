import { describe, expect, it } from 'vitest';
import type { Project, Range } from '../model/schema';
import { minimalProject } from '../model/testing/minimal-project';
import { tornado } from './tornado';
import { slowCashFlow } from './testing/slow-path';

const range = (path: string, low: number, likely: number, high: number): Range => ({
  path,
  low,
  likely,
  high,
  label: '',
});

/** minimalProject: 6 build months, contingency 15 %, 8 % a year, clerk savings as freed capacity. */
function project(ranges: Range[]): Project {
  return { ...minimalProject(), ranges };
}

const PREP = 'maps.targets.ai.plan.dataPreparationCost';
const CLERK = 'roles.clerk.costPerHour';
const HEADCOUNT = 'roles.lead.headcount';

/** Present value of 1 paid at the end of each build month 1..6 at 8 % a year. */
const buildAnnuity = [1, 2, 3, 4, 5, 6].reduce((sum, m) => sum + Math.pow(1.08, -m / 12), 0);

describe('tornado', () => {
  const given = project([
    range(HEADCOUNT, 1, 1, 3),
    range(CLERK, 38, 42, 50),
    range(PREP, 40_000, 60_000, 100_000),
  ]);
  const target = given.maps.targets[0]!;
  const result = tornado(given, target);
  const bar = (path: string) => result.bars.find((b) => b.input === path)!;

  it('given three ranges, when the tornado is built, then the base NPV is the slow path at likely values', () => {
    const slow = slowCashFlow(given, 'ai', [], []);
    expect(result.baseNpv).toBeCloseTo(slow.npv, 6);
  });

  it('given a range on data preparation, then each end moves the NPV by the change × 1.15 spread over the 6 build months', () => {
    expect(bar(PREP).npvAtLow - result.baseNpv).toBeCloseTo(
      ((20_000 * 1.15) / 6) * buildAnnuity,
      6,
    );
    expect(bar(PREP).npvAtHigh - result.baseNpv).toBeCloseTo(
      ((-40_000 * 1.15) / 6) * buildAnnuity,
      6,
    );
    expect(bar(PREP).low).toBe(bar(PREP).npvAtHigh);
    expect(bar(PREP).high).toBe(bar(PREP).npvAtLow);
  });

  it('given a range on the clerk cost per hour, then the NPV is linear in it (+8 moves twice as far as −4) and matches the slow path', () => {
    const clerk = bar(CLERK);
    const down = result.baseNpv - clerk.npvAtLow;
    const up = clerk.npvAtHigh - result.baseNpv;
    expect(down).toBeGreaterThan(0);
    expect(up / down).toBeCloseTo(2, 9);
    const ranges = [range(CLERK, 38, 42, 50)];
    expect(clerk.npvAtHigh).toBeCloseTo(slowCashFlow(given, 'ai', ranges, [50]).npv, 6);
    expect(clerk.npvAtLow).toBeCloseTo(slowCashFlow(given, 'ai', ranges, [38]).npv, 6);
  });

  it('given a headcount range, then its bar has zero swing (headcount does not enter the cost per case)', () => {
    expect(bar(HEADCOUNT).swing).toBe(0);
  });

  it('then bars are sorted by swing, widest first, and each swing is high − low', () => {
    expect(result.bars.map((b) => b.input)).toEqual([PREP, CLERK, HEADCOUNT]);
    for (const b of result.bars) expect(b.swing).toBeCloseTo(b.high - b.low, 9);
    const swings = result.bars.map((b) => b.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
  });

  it('given a likely value that differs from the model, then the base case uses the likely value', () => {
    const shifted = project([range('maps.targets.ai.plan.trainingCost', 5_000, 12_000, 20_000)]);
    const base = tornado(shifted, shifted.maps.targets[0]!).baseNpv;
    const slow = slowCashFlow(shifted, 'ai', shifted.ranges, [12_000]).npv;
    expect(base).toBeCloseTo(slow, 6);
    expect(base).toBeLessThan(tornado(project([]), target).baseNpv);
  });

  it('given a range whose path names nothing, then it is reported as skipped, not thrown', () => {
    const broken = project([range('roles.nobody.costPerHour', 1, 2, 3), range(CLERK, 38, 42, 50)]);
    const out = tornado(broken, broken.maps.targets[0]!);
    expect(out.bars.map((b) => b.input)).toEqual([CLERK]);
    expect(out.skipped).toEqual([
      {
        input: 'roles.nobody.costPerHour',
        label: '',
        reason: '"roles.nobody.costPerHour" does not name a number in this project',
      },
    ]);
  });

  it('given two ranges on the probabilities of one decision, then both are skipped with a reason', () => {
    const base = minimalProject();
    const current = base.maps.current;
    current.steps.push({
      id: 'd',
      name: 'Check',
      kind: 'decision',
      position: { x: 0, y: 0 },
      notes: '',
    });
    current.flows = [
      { id: 'f1', from: 'start', to: 'd', probability: null, label: '' },
      { id: 'yes', from: 'd', to: 'approve', probability: 0.7, label: '' },
      { id: 'no', from: 'd', to: 'end', probability: 0.3, label: '' },
      { id: 'f2', from: 'approve', to: 'end', probability: null, label: '' },
    ];
    base.ranges = [
      range('maps.current.flows.yes.probability', 0.6, 0.7, 0.8),
      range('maps.current.flows.no.probability', 0.2, 0.3, 0.4),
    ];
    const out = tornado(base, base.maps.targets[0]!);
    expect(out.bars).toEqual([]);
    expect(out.skipped.map((s) => s.input)).toEqual(base.ranges.map((r) => r.path));
  });
});
