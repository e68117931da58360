/**
 * What a simulation says about the state of a map, and which figures it leaves out: the
 * flow model's exact verdict on capacity (fractional headcount included), overloaded runs
 * without figures that only grow with the run, and maps refused before they run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../../samples';
import { computeFlowModel } from '../flow-model';
import { oneClerkModel, reworkLoopModel } from '../testing/queue-models';
import { simulate } from './index';

const RUN = { cases: 4000, replications: 3, seed: 9 } as const;

describe('fractional headcount: the simulator and the flow model agree', () => {
  it('on stability and utilisation for every headcount of a grid', () => {
    const fte = fc.constantFrom(0.4, 0.5, 1, 1.25, 1.3, 1.45, 1.5, 2, 2.4, 3.6);
    const load = fc.constantFrom(0.6, 0.8, 1.2);
    fc.assert(
      fc.property(fte, load, (headcount, rho) => {
        // Given one clerk of `headcount` FTE at utilisation `rho`;
        const { project, map } = oneClerkModel(headcount, rho * headcount);
        const flow = computeFlowModel(project, map);
        // when it is simulated,
        const sim = simulate(project, map, RUN);
        // then both call it overloaded exactly when rho >= 1,
        expect(flow.status).toBe(rho >= 1 ? 'overloaded' : 'ok');
        expect(sim.status).toBe(flow.status);
        // and the simulated busy share is the flow model's utilisation (capped at 1).
        const busy = sim.roles[0]?.utilisation;
        expect(busy).not.toBeNull();
        const expected = Math.min(1, rho);
        expect(Math.abs((busy?.mean ?? -1) - expected)).toBeLessThanOrEqual(
          Math.max(0.03, 2 * (busy?.halfWidth ?? 0)),
        );
      }),
      { numRuns: 30, seed: 20_261_130 },
    );
  });
});

describe('an overloaded map', () => {
  it('reports its capacity as throughput and leaves out what only grows with the run', () => {
    // Given 1.3 cases an hour of one-hour work for one clerk
    const { project, map } = oneClerkModel(1, 1.3);
    const sim = simulate(project, map, RUN);
    expect(sim.status).toBe('overloaded');
    expect(sim.stable).toBe(false);
    expect(sim.warnings).toEqual(['clerk is at 130 % of capacity — the queue grows without limit']);
    // then throughput is about what one clerk can do, one case an hour,
    expect(sim.throughputPerHour?.mean).toBeCloseTo(1, 1);
    // and the cycle time, work in progress, queues and waits are null
    expect(sim.cycleTimeHours).toBeNull();
    expect(sim.workInProgress).toBeNull();
    expect(sim.roles[0]?.meanWaitHours).toBeNull();
    expect(sim.roles[0]?.meanQueueLength).toBeNull();
    expect(sim.steps.every((s) => s.meanWaitHours === null)).toBe(true);
    // while the cost of a case, which does not grow, is still there
    expect(sim.costPerCase?.labour.mean).toBeCloseTo(40, -1);
  });

  it('has no utilisation for a role with nobody in it, rather than 0 %', () => {
    const { project, map } = oneClerkModel(0, 1);
    const sim = simulate(project, map, { ...RUN, cases: 200 });
    expect(sim.status).toBe('overloaded');
    expect(sim.roles[0]?.utilisation).toBeNull();
    expect(sim.cycleTimeHours).toBeNull();
  });
});

describe('maps refused before they run', () => {
  it('refuses a loop that can never be left, with the flow model sentence', () => {
    const { project, map } = reworkLoopModel(1);
    const sim = simulate(project, map, RUN);
    expect(sim.status).toBe('refused');
    expect(sim.events).toBe(0);
    expect(sim.warnings[0]).toMatch(/^Cases that reach "Correct now\?" can never finish/);
    expect(sim.throughputPerHour).toBeNull();
    expect(sim.costPerCase).toBeNull();
  });

  it('refuses a loop left 0.001 % of the time instead of running for hours', () => {
    const { project, map } = reworkLoopModel(0.99999);
    const sim = simulate(project, map, { ...RUN, cases: 1_000_000 });
    expect(sim.status).toBe('refused');
    expect(sim.events).toBe(0);
    expect(sim.warnings[0]).toMatch(/^A case goes through "Fix invoice" about 100,000 times/);
  });

  it('refuses a map with no demand, saying so, and not as an overload', () => {
    const { project, map } = oneClerkModel(1, 0);
    const sim = simulate(project, map, RUN);
    expect(sim.status).toBe('refused');
    expect(sim.warnings).toEqual([
      'There is no demand: one clerk gets no cases, so there is nothing to simulate',
    ]);
  });
});

describe('a short run of a stable map', () => {
  it('is not called unstable while work in progress builds up: too short, or steady', () => {
    // Given the invoice sample, busiest role at 77 %, in a run of 2 000 cases
    const sample = SAMPLES.find((s) => s.slug === 'invoice-processing');
    if (sample === undefined) throw new Error('the invoice sample is missing');
    const { project } = sample;
    const short = simulate(project, project.maps.current, {
      cases: 2000,
      replications: 1,
      seed: 1,
    });
    // then it says the run is too short, not that the map is unstable
    expect(short.status).toBe('too-short');
    expect(short.warnings.join(' ')).not.toMatch(/unstable|grows without limit|kept growing/i);
    // and at the length it asks for, it is stable, with no warning
    const enough = simulate(project, project.maps.current, {
      cases: short.minimumCases,
      replications: 1,
      seed: 1,
    });
    expect(enough.status).toBe('ok');
    expect(enough.warnings).toEqual([]);
  });
});
