import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Project, Range } from '../model/schema';
import { SAMPLES } from '../samples';
import { compileScenario, movesCycleTime } from './compile';
import { paybackMonth } from '../roi/finance';
import { computeRoi } from '../roi/roi';
import { tornado } from './tornado';
import { slowCashFlow } from './testing/slow-path';
import { npvOf } from '../roi/testing/npv-of';

/** |a − b| within 1e-9 of the larger magnitude (or of 1 currency unit near zero). */
function expectClose(fast: number, slow: number): void {
  expect(Math.abs(fast - slow)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(slow)));
}

const valuesIn = (ranges: readonly Range[]): fc.Arbitrary<number[]> =>
  fc.tuple(
    ...ranges.map((r) =>
      r.high > r.low
        ? fc.double({ min: r.low, max: r.high, noNaN: true, noDefaultInfinity: true })
        : fc.constant(r.low),
    ),
  );

/** A sample with extra ranges on inputs the samples leave alone: probabilities, calendar, months. */
function withExtraRanges(project: Project): Project {
  const extra: Range[] = [
    { path: 'calendar.daysPerYear', low: 200, likely: 220, high: 240, label: '' },
    { path: 'calendar.hoursPerDay', low: 7, likely: 8, high: 8.5, label: '' },
    { path: 'finance.horizonMonths', low: 30, likely: 36, high: 48, label: '' },
    { path: `roles.${project.roles[0]?.id}.headcount`, low: 1, likely: 3, high: 9, label: '' },
  ];
  const decision = (map: Project['maps']['current']): Range[] => {
    const from = map.steps.find((s) => s.kind === 'decision');
    const flow = map.flows.find((f) => f.from === from?.id);
    if (flow?.probability == null) return [];
    const where = map === project.maps.current ? 'current' : `targets.${map.id}`;
    const p = flow.probability;
    return [
      {
        path: `maps.${where}.flows.${flow.id}.probability`,
        low: p / 2,
        likely: p,
        high: Math.min(1, p * 1.5),
        label: '',
      },
    ];
  };
  for (const map of [project.maps.current, ...project.maps.targets]) extra.push(...decision(map));
  for (const t of project.maps.targets) {
    extra.push({
      path: `maps.targets.${t.id}.plan.monthsToGoLive`,
      low: 3,
      likely: 6,
      high: 12,
      label: '',
    });
    if (t.plan.retrainEveryMonths !== null)
      extra.push({
        path: `maps.targets.${t.id}.plan.retrainEveryMonths`,
        low: 2,
        likely: 6,
        high: 12,
        label: '',
      });
    extra.push({
      path: `maps.targets.${t.id}.plan.adoption.startShare`,
      low: 0,
      likely: t.plan.adoption.startShare,
      high: 0.5,
      label: '',
    });
  }
  const taken = new Set(extra.map((r) => r.path));
  return { ...project, ranges: [...project.ranges.filter((r) => !taken.has(r.path)), ...extra] };
}

describe('compiled scenario (fast path)', () => {
  for (const sample of SAMPLES) {
    for (const target of sample.project.maps.targets) {
      describe(`given the sample "${sample.slug}", scenario "${target.id}"`, () => {
        it('when every range is at likely, then it equals the slow path', () => {
          const scenario = compileScenario(sample.project, target);
          const slow = slowCashFlow(sample.project, target.id, scenario.ranges, scenario.likely);
          const fast = scenario.run(scenario.likely);
          expectClose(fast.npv, slow.npv);
          expect(fast.paybackMonth).toBe(paybackMonth(slow.net));
        });

        it('when ranges take random values, then the NPV equals the slow path to 1e-9', () => {
          const scenario = compileScenario(sample.project, target);
          expect(scenario.ranges.length).toBeGreaterThan(5);
          fc.assert(
            fc.property(valuesIn(scenario.ranges), (values) => {
              const slow = slowCashFlow(sample.project, target.id, scenario.ranges, values);
              const flow = scenario.cashFlowAt(values);
              expect(flow.net.length).toBe(slow.net.length);
              flow.net.forEach((net, m) => expectClose(net, slow.net[m] as number));
              const fast = scenario.run(values);
              expectClose(fast.npv, slow.npv);
              expect(fast.paybackMonth).toBe(paybackMonth(slow.net));
            }),
            { numRuns: 60, seed: 7 },
          );
        });

        it('when probabilities, calendar and whole months are ranged too, then it still equals the slow path', () => {
          const project = withExtraRanges(sample.project);
          const scenario = compileScenario(project, target);
          expect(scenario.skipped.filter((s) => !s.reason.includes('scenario'))).toEqual([]);
          fc.assert(
            fc.property(valuesIn(scenario.ranges), (values) => {
              const slow = slowCashFlow(project, target.id, scenario.ranges, values);
              const fast = scenario.run(values);
              expectClose(fast.npv, slow.npv);
              expect(fast.paybackMonth).toBe(paybackMonth(slow.net));
            }),
            { numRuns: 40, seed: 11 },
          );
        });
      });
    }
  }
});

describe('formula benefit lines and cycle times', () => {
  for (const sample of SAMPLES) {
    for (const target of sample.project.maps.targets) {
      const given = `given the sample "${sample.slug}", scenario "${target.id}"`;

      it(`${given}, when the tornado is built, then its base NPV is computeRoi's, formula lines included`, () => {
        const roi = computeRoi(sample.project, target);
        expectClose(tornado(sample.project, target).baseNpv, npvOf(roi));
      });

      it(`${given}, then every bar end is computeRoi's NPV with that one input moved (cycle times recomputed)`, () => {
        const result = tornado(sample.project, target);
        const scenario = compileScenario(sample.project, target);
        for (const bar of result.bars) {
          const i = scenario.ranges.findIndex((r) => r.path === bar.input);
          const values = Array.from(scenario.likely);
          for (const [end, npv, overCapacity] of [
            [bar.inputLow, bar.npvAtLow, bar.overCapacityAtLow],
            [bar.inputHigh, bar.npvAtHigh, bar.overCapacityAtHigh],
          ] as const) {
            values[i] = end;
            const slow = slowCashFlow(sample.project, target.id, scenario.ranges, values, 'exact');
            expectClose(npv, slow.npv);
            // and the end is flagged exactly where computeRoi finds no business case
            expect(overCapacity, `${bar.input} at ${end}`).toBe(slow.blocked);
          }
        }
      });

      it(`${given}, then a note names the cycle-time lines exactly when one reads a cycle time and a range can move it`, () => {
        const scenario = compileScenario(sample.project, target);
        const lines = sample.project.formulas.filter(
          (f) => f.kind === 'benefit' && /cycleTime/.test(f.expression),
        );
        const moving = scenario.ranges.some((r) => movesCycleTime(r.path));
        expect(scenario.notes).toEqual(
          lines.length > 0 && moving
            ? [
                `Cycle-time based lines (${lines.map((f) => f.name).join(', ')}) use the base-case cycle time in the ranges; their other inputs vary.`,
              ]
            : [],
        );
        const costsOnly = {
          ...sample.project,
          ranges: sample.project.ranges.filter((r) => !movesCycleTime(r.path)),
        };
        expect(compileScenario(costsOnly, target).notes).toEqual([]);
      });
    }
  }

  it('given a range that moves cycle time and a line that reads it, then Monte Carlo holds the cycle time at base and the tornado does not', () => {
    const sample = SAMPLES.find((s) =>
      s.project.formulas.some((f) => f.kind === 'benefit' && /cycleTime/.test(f.expression)),
    )!;
    const target = sample.project.maps.targets[0]!;
    const scenario = compileScenario(sample.project, target);
    const i = scenario.ranges.findIndex((r) => movesCycleTime(r.path));
    const values = Array.from(scenario.likely);
    values[i] = scenario.ranges[i]!.high;
    const base = slowCashFlow(sample.project, target.id, scenario.ranges, values, 'base').npv;
    const exact = slowCashFlow(sample.project, target.id, scenario.ranges, values, 'exact').npv;
    expect(base).not.toBeCloseTo(exact, 0);
    expectClose(scenario.run(values).npv, base);
    const exactScenario = compileScenario(sample.project, target, { cycleTimes: 'exact' });
    expectClose(exactScenario.run(values).npv, exact);
    expect(exactScenario.notes).toEqual([]);
  });
});
