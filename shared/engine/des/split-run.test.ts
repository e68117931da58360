/**
 * Replications run apart and combined give `simulate`'s result byte for byte: for every
 * sample map, seed and split over lanes, in whatever order the lanes finish, with summaries
 * that went through a structured clone (what postMessage does to them on the way back from
 * a worker). Also the plan's checks, and progress over lanes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProcessMap, Project } from '../../model/schema';
import { minimalProject } from '../../model/testing/minimal-project';
import { SAMPLES } from '../../samples';
import {
  combineReplications,
  compileSimulation,
  distributeReplications,
  planSimulation,
  runReplication,
  simulate,
  type ReplicationLane,
  type ReplicationSummary,
  type SimulationOptions,
} from './index';
import { mixedProject } from './testing/mixed-project';

/** Run `options`' replications over `laneCount` lanes that finish in an order set by `delays`. */
async function splitRun(
  project: Project,
  map: ProcessMap,
  options: SimulationOptions,
  laneCount: number,
  delays: readonly number[] = [],
): Promise<string> {
  // Each lane plans and compiles for itself, as a worker does from the posted project.
  const plan = planSimulation(project, map, options);
  const lanes: ReplicationLane[] = Array.from({ length: laneCount }, (_, lane) => {
    const model = compileSimulation(structuredClone(project), structuredClone(map));
    return async (index, onShare) => {
      // A lane that starts later finishes later: replications come back out of order.
      const delay = delays[(index + lane) % delays.length] ?? 0;
      await new Promise((resolve) => setTimeout(resolve, delay));
      return structuredClone(runReplication(model, structuredClone(plan), index, onShare));
    };
  });
  const summaries = await distributeReplications(plan.replications, lanes);
  return JSON.stringify(combineReplications(project, map, plan, summaries));
}

const one = (project: Project, map: ProcessMap, options: SimulationOptions): string =>
  JSON.stringify(simulate(project, map, options));

describe('replications run apart and combined', () => {
  it('equal simulate on every sample map for several seeds and splits', async () => {
    for (const sample of SAMPLES)
      for (const map of [sample.project.maps.current, ...sample.project.maps.targets]) {
        // given a run just long enough to measure, so every figure is there
        const needed = planSimulation(sample.project, map, { cases: 1, replications: 1, seed: 1 })
          .runPlan.minimumCases;
        for (const [seed, lanes] of [
          [1, 2],
          [977, 3],
        ] as const) {
          const options = { cases: needed, replications: 3, seed };
          // when its replications run over several lanes, finishing out of order
          const split = await splitRun(sample.project, map, options, lanes, [30, 0, 10]);
          // then the result is simulate's, byte for byte
          expect(split, `${sample.slug} / ${map.name}, seed ${seed}`).toBe(
            one(sample.project, map, options),
          );
        }
      }
  }, 60_000);

  it('equal simulate for any seed, replication count, lane count and finishing order', async () => {
    const project = mixedProject();
    const map = project.maps.current;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 5 }),
        async (seed, replications, lanes, delays) => {
          const options = { cases: 800, replications, seed };
          expect(await splitRun(project, map, options, lanes, delays)).toBe(
            one(project, map, options),
          );
        },
      ),
      { numRuns: 15 },
    );
  }, 60_000);

  it('equal simulate for maps that are refused, too short or overloaded', async () => {
    // given a map with no demand, one run too short, and one over capacity
    const refused = minimalProject();
    refused.maps.current.demand.casesPerPeriod = 0;
    const overloaded = minimalProject();
    overloaded.roles[0] = { id: 'clerk', name: 'AP clerk', headcount: 1, costPerHour: 42 };
    overloaded.maps.current.demand.casesPerPeriod = 4000;
    const mixed = mixedProject();
    const cases: [Project, number][] = [
      [refused, 1000],
      [mixed, 10],
      [overloaded, 1000],
    ];
    for (const [project, count] of cases) {
      const options = { cases: count, replications: 3, seed: 5 };
      // then split runs say the same as one run, status and warnings included
      expect(await splitRun(project, project.maps.current, options, 2)).toBe(
        one(project, project.maps.current, options),
      );
    }
  });
});

describe('planSimulation', () => {
  it('refuses options that make no sense, naming them', () => {
    const project = mixedProject();
    expect(() =>
      planSimulation(project, project.maps.current, { cases: -1, replications: 0, seed: 1 }),
    ).toThrow(/cases must be.*replications must be/);
  });

  it('is plain data that survives a structured clone', () => {
    const project = mixedProject();
    const plan = planSimulation(project, project.maps.current, {
      cases: 800,
      replications: 2,
      seed: 3,
    });
    expect(structuredClone(plan)).toEqual(plan);
  });
});

describe('runReplication', () => {
  it('refuses a replication outside the plan', () => {
    const project = mixedProject();
    const plan = planSimulation(project, project.maps.current, {
      cases: 800,
      replications: 2,
      seed: 3,
    });
    const model = compileSimulation(project, project.maps.current);
    expect(() => runReplication(model, plan, 2)).toThrow(/replications 0 to 1/);
  });
});

describe('distributeReplications', () => {
  const fake = (events: number): ReplicationSummary => ({ events }) as ReplicationSummary;

  it('reports progress over all lanes that never falls and ends at 1', async () => {
    // given three lanes each reporting halfway through a replication
    const shares: number[] = [];
    const lane: ReplicationLane = async (index, onShare) => {
      onShare(0.5);
      await new Promise((resolve) => setTimeout(resolve, index % 2));
      onShare(0.25); // a lane that reports less than before changes nothing
      return fake(index);
    };
    // when seven replications run
    const summaries = await distributeReplications(7, [lane, lane, lane], (s) => shares.push(s));
    // then every replication ran once, in order, and progress rose to 1
    expect(summaries.map((s) => s.events)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    shares.forEach((s, i) => expect(s).toBeGreaterThanOrEqual(shares[i - 1] ?? 0));
    expect(shares.at(-1)).toBe(1);
  });

  it('rejects with the first failure and starts nothing after it', async () => {
    // given one lane that fails on replication 1 and one that works slowly
    const started: number[] = [];
    const failing: ReplicationLane = async (index) => {
      started.push(index);
      await Promise.resolve();
      if (index === 1) throw new Error('the worker crashed');
      return fake(index);
    };
    const slow: ReplicationLane = async (index) => {
      started.push(index);
      await new Promise((resolve) => setTimeout(resolve, 20));
      return fake(index);
    };
    // when six replications run over them
    const run = distributeReplications(6, [slow, failing], () => undefined);
    // then the run rejects with that error and no replication started after it
    await expect(run).rejects.toThrow('the worker crashed');
    expect(started.sort()).toEqual([0, 1]);
  });
});
