import { describe, expect, it } from 'vitest';
import type { Estimate, SimulationResult } from '../../../shared/engine';
import { blankProject } from '../../../shared/editor';
import { bottleneck, difference, isClear, simulationFigures } from './result-figures';

const est = (mean: number, halfWidth = 0): Estimate => ({
  mean,
  halfWidth,
  ci95: [mean - halfWidth, mean + halfWidth],
});

function result(partial: Partial<SimulationResult>): SimulationResult {
  return {
    mapId: 'm',
    mapName: 'Map',
    cases: 100,
    replications: 5,
    seed: 1,
    warmupHours: 0,
    warmupRule: 'auto',
    warmupReason: '',
    minimumCases: 0,
    runTooShort: false,
    status: 'ok',
    stable: true,
    warnings: [],
    casesCounted: 100,
    casesCompleted: 100,
    throughputPerHour: null,
    cycleTimeHours: null,
    cycleTimeHistogram: null,
    automation: null,
    workInProgress: null,
    costPerCase: null,
    roles: [],
    steps: [],
    events: 0,
    ...partial,
  };
}

describe('simulationFigures', () => {
  const project = blankProject();
  // 8 h a day, 220 days a year: 8 * 220 / 12 = 146.67 working hours a month.
  const month = (project.calendar.hoursPerDay * project.calendar.daysPerYear) / 12;

  it('turns throughput per hour into cases per month, interval scaled alike', () => {
    const f = simulationFigures(project, result({ throughputPerHour: est(2, 0.1) }));
    expect(f.throughputPerMonth?.mean).toBeCloseTo(2 * month, 9);
    expect(f.throughputPerMonth?.halfWidth).toBeCloseTo(0.1 * month, 9);
  });

  it('reads hours of work a month as busy share x headcount x working hours', () => {
    const role = project.roles[0]!;
    const f = simulationFigures(
      project,
      result({
        roles: [
          {
            id: role.id,
            name: role.name,
            servers: Math.ceil(role.headcount),
            utilisation: est(0.5, 0.02),
            meanQueueLength: est(1),
            meanWaitHours: est(0.25),
          },
        ],
      }),
    );
    expect(f.roles[0]!.hoursPerMonth!.mean).toBeCloseTo(0.5 * role.headcount * month, 9);
  });

  it('prices escaped errors a month as error cost per case x cases a month', () => {
    const cost = {
      labour: est(10),
      nonLabour: est(0),
      ai: est(0),
      errors: est(3, 0.3),
      total: est(13),
    };
    const f = simulationFigures(
      project,
      result({ throughputPerHour: est(1, 0.1), costPerCase: cost }),
    );
    expect(f.errorCostPerMonth!.mean).toBeCloseTo(3 * month, 9);
    // delta method: hypot(0.3 * month, 0.1 * month * 3)
    expect(f.errorCostPerMonth!.halfWidth).toBeCloseTo(Math.hypot(0.3 * month, 0.3 * month), 9);
  });

  it('leaves figures that mean nothing for an overloaded map empty', () => {
    const f = simulationFigures(
      project,
      result({ status: 'overloaded', throughputPerHour: est(1) }),
    );
    expect(f.cycleTimeHours).toBeNull();
    expect(f.workInProgress).toBeNull();
    expect(f.throughputPerMonth).not.toBeNull();
  });
});

describe('difference, isClear and bottleneck', () => {
  it('adds the half-widths of independent runs in quadrature', () => {
    expect(difference({ mean: 10, halfWidth: 3 }, { mean: 4, halfWidth: 4 })).toEqual({
      mean: 6,
      halfWidth: 5,
    });
    expect(difference(null, { mean: 1, halfWidth: 0 })).toBeNull();
  });

  it('calls a change clear only when the interval excludes zero', () => {
    expect(isClear({ mean: 6, halfWidth: 5 })).toBe(true);
    expect(isClear({ mean: -4, halfWidth: 5 })).toBe(false);
  });

  it('names the busiest role', () => {
    const role = (id: string, u: number | null) => ({
      id,
      name: id,
      utilisation: u === null ? null : { mean: u, halfWidth: 0 },
      hoursPerMonth: null,
      meanWaitHours: null,
    });
    expect(bottleneck([role('a', 0.4), role('b', 0.9), role('c', null)])).toBe('b');
    expect(bottleneck([role('c', null)])).toBeNull();
  });
});
