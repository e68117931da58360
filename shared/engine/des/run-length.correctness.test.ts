/**
 * Short runs must not lie (issue 9): the warm-up follows the process, a run too short to
 * measure says so with the cases it needs, and the figures of a run long enough agree with the
 * long run within their intervals, whose 95 % coverage holds over many seeds.
 */
import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../../samples';
import { chain, end, start, task } from '../../samples/build-helpers';
import { erlangC } from '../erlang';
import { computeFlowModel } from '../flow-model';
import { pool, queueProject, type QueueModel } from '../testing/queue-models';
import { simulate, type Estimate, type SimulationResult } from './index';
import { steady } from './testing/steady';

const sample = (slug: string) => {
  const found = SAMPLES.find((s) => s.slug === slug);
  if (found === undefined) throw new Error(`no sample ${slug}`);
  return found.project;
};

/** Whether two estimates agree: their 95 % intervals overlap. */
function agree(a: Estimate, b: Estimate): boolean {
  return Math.abs(a.mean - b.mean) <= a.halfWidth + b.halfWidth;
}

const inside = (e: Estimate, exact: number): boolean => exact >= e.ci95[0] && exact <= e.ci95[1];

describe('the invoice sample at the lengths a new user tried', { timeout: 60_000 }, () => {
  // Given the invoice sample: 27.3 invoices an hour, about 50 working hours each (the weekly
  // payment run), 3 replications, as in the table.
  const project = sample('invoice-processing');
  const map = project.maps.current;
  const flow = computeFlowModel(project, map);
  const run = (cases: number): SimulationResult =>
    simulate(project, map, { cases, replications: 3, seed: 1 });

  it('says 2 000 and 5 000 cases are too short, and how many it needs', () => {
    for (const cases of [2000, 5000]) {
      const result = run(cases);
      expect(result.status).toBe('too-short');
      expect(result.runTooShort).toBe(true);
      expect(result.throughputPerHour).toBeNull();
      expect(result.costPerCase).toBeNull();
      expect(result.minimumCases).toBeGreaterThan(5000);
      expect(result.warnings[0]).toMatch(
        new RegExp(
          `^This run is too short to measure anything: ${cases.toLocaleString('en-GB')} cases arrive over about \\d+ h, but the map needs a warm-up of \\d+ h \\(3 × the mean cycle time \\(50 h\\), so the map has filled\\) and then a window of at least \\d+ h; simulate at least [\\d,]+ cases$`,
        ),
      );
    }
  });

  it('measures the arrival rate and the cost per case from the suggested length on', () => {
    const suggested = run(2000).minimumCases;
    for (const cases of [suggested, 20_000, 100_000]) {
      const result = steady(run(cases));
      // a stable map completes what arrives, and a case costs what the flow model says
      expect(inside(result.throughputPerHour, flow.arrivalsPerHour), `throughput at ${cases}`).toBe(
        true,
      );
      expect(
        inside(result.costPerCase.total, flow.costPerCase?.total ?? Number.NaN),
        `cost per case at ${cases}`,
      ).toBe(true);
      // and the warm-up covers the time a case takes, several times over
      expect(result.warmupHours).toBeGreaterThanOrEqual(3 * (flow.cycleTimeHoursEstimate ?? 0));
    }
  });
});

describe(
  'every sample: 5 000 cases agree with 200 000 within the intervals, or say they are too short',
  {
    timeout: 120_000,
  },
  () => {
    it.each(SAMPLES.map((s) => [s.slug, s.project] as const))('%s', (_, project) => {
      const map = project.maps.current;
      const short = simulate(project, map, { cases: 5000, replications: 3, seed: 5 });
      if (short.runTooShort) {
        expect(short.minimumCases).toBeGreaterThan(5000);
        return;
      }
      const a = steady(short);
      const b = steady(simulate(project, map, { cases: 200_000, replications: 3, seed: 6 }));
      expect(agree(a.throughputPerHour, b.throughputPerHour), 'throughput').toBe(true);
      expect(agree(a.cycleTimeHours.mean, b.cycleTimeHours.mean), 'cycle time').toBe(true);
      expect(agree(a.costPerCase.total, b.costPerCase.total), 'cost per case').toBe(true);
    });
  },
);

/**
 * Start -> Work (2 people, exponential `minutes`) -> [a wait of uniform 0..`batchHours`,
 * holding nobody: a batch run] -> End, at `perHour` Poisson arrivals.
 */
function batchModel(perHour: number, minutes: number, batchHours: number): QueueModel {
  return queueProject({
    name: 'batch',
    arrivalsPerHour: perHour,
    roles: [pool('clerk', 2, 30)],
    steps: [
      start('start', 'Arrive', [0, 1]),
      task({
        id: 'work',
        name: 'Work',
        cell: [1, 1],
        roleId: 'clerk',
        handlingMinutes: { type: 'exponential', mean: minutes },
        waitMinutes: batchHours > 0 ? { type: 'uniform', min: 0, max: batchHours * 60 } : null,
      }),
      end('end', 'Done', [2, 1]),
    ],
    flows: chain('start', 'work', 'end'),
  });
}

/** Exact M/M/2 sojourn time, hours, plus the batch wait's mean. */
function exactCycle(perHour: number, minutes: number, batchHours: number): number {
  const service = minutes / 60;
  const load = perHour * service;
  const wait = (erlangC(2, load) * service) / (2 - load);
  return wait + service + batchHours / 2;
}

describe('95 % intervals that hold, over many seeds', { timeout: 120_000 }, () => {
  /**
   * The share of `seeds` runs, each at the fewest cases the simulator accepts, 3 replications,
   * whose interval covers `exact`; with 30 seeds and true 95 % coverage, 25 or more cover
   * with probability 0.98, while a biased warm-up drags coverage far lower.
   */
  function coverage(
    model: QueueModel,
    pick: (r: ReturnType<typeof steady>) => Estimate,
    exact: number,
    seeds = 30,
  ): number {
    const { project, map } = model;
    const cases = simulate(project, map, { cases: 1, replications: 1, seed: 0 }).minimumCases;
    let covered = 0;
    for (let seed = 1; seed <= seeds; seed++) {
      const result = steady(simulate(project, map, { cases, replications: 3, seed }));
      if (inside(pick(result), exact)) covered++;
    }
    return covered;
  }

  it('on a model without waits: M/M/2 at 80 %, cycle time and throughput', () => {
    const model = batchModel(1.6, 60, 0);
    expect(
      coverage(model, (r) => r.cycleTimeHours.mean, exactCycle(1.6, 60, 0)),
    ).toBeGreaterThanOrEqual(25);
    expect(coverage(model, (r) => r.throughputPerHour, 1.6)).toBeGreaterThanOrEqual(25);
  });

  it('on a model with a slow batch step: up to a week of waiting after the work', () => {
    const model = batchModel(1.6, 60, 40);
    expect(
      coverage(model, (r) => r.cycleTimeHours.mean, exactCycle(1.6, 60, 40)),
    ).toBeGreaterThanOrEqual(25);
    expect(coverage(model, (r) => r.throughputPerHour, 1.6)).toBeGreaterThanOrEqual(25);
  });

  it('on the invoice sample: cost per case and throughput against their exact values', () => {
    const project = sample('invoice-processing');
    const model = { project, map: project.maps.current };
    const flow = computeFlowModel(project, model.map);
    expect(
      coverage(model, (r) => r.costPerCase.total, flow.costPerCase?.total ?? Number.NaN, 20),
    ).toBeGreaterThanOrEqual(16);
    expect(
      coverage(model, (r) => r.throughputPerHour, flow.arrivalsPerHour, 20),
    ).toBeGreaterThanOrEqual(16);
  });
});
