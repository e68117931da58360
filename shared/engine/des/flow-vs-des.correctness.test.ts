/**
 * The flow model against the simulator on every sample project (issue 3, "Correctness"):
 * expected visits per step, workload (role utilisation) and cost per case by kind are exact
 * expectations in the flow model, so the simulated means must match them within
 * max(2 x CI half-width, 1 %). Cycle time is not compared: the flow model's is an estimate.
 *
 * Why the flow model's figures are exact expectations (and so the reference here):
 * - visits solve the routing's linear system (a decision splits by probability, a parallel
 *   split sends every case down every branch), which is the mean of the simulated routing;
 * - utilisation = λ x expected work hours per case / headcount, and the time-average
 *   fraction of busy servers of a stable pool is exactly that (work conservation);
 * - each cost is a sum over visits of (share) x (mean duration or fixed price), whose
 *   expectation by linearity is the flow model's figure.
 */
import { describe, expect, it } from 'vitest';
import { computeFlowModel } from '../flow-model';
import { SAMPLES } from '../../samples';
import { simulate } from './index';
import { steady } from './testing/steady';
import { solved } from '../testing/solved';

interface Estimate {
  readonly mean: number;
  readonly halfWidth: number;
}

/** 8 replications of 50 000 cases (10 % warm-up): about 2 s per map on this machine. */
const RUN = { cases: 50_000, replications: 8 } as const;

/**
 * Passes when |mean - exact| <= max(2 x CI half-width, 1 % of exact). An exact value of 0
 * has no relative scale: then the simulated mean must be within 2 half-widths of 0 (and a
 * quantity that never varies must be 0 to rounding).
 */
function expectNear(estimate: Estimate, exact: number, what: string): void {
  const tolerance = Math.max(2 * estimate.halfWidth, 0.01 * Math.abs(exact), 1e-9);
  const message = `${what}: simulated ${estimate.mean} ± ${estimate.halfWidth}, flow model ${exact}`;
  expect(Math.abs(estimate.mean - exact), message).toBeLessThanOrEqual(tolerance);
}

const cases = SAMPLES.flatMap((sample) =>
  [sample.project.maps.current, ...sample.project.maps.targets].map(
    (map) => [`${sample.slug} / ${map.name}`, sample.project, map] as const,
  ),
);

// Each map simulates 400 000 cases (1-3 s alone); allow for a busy machine.
describe('flow model = simulation means on every sample map', { timeout: 60_000 }, () => {
  it.each(cases)('%s', (_, project, map) => {
    // Given a sample map the flow model calls stable;
    const flow = solved(computeFlowModel(project, map));
    expect(flow.stable).toBe(true);
    // when it is simulated (fixed seed);
    const sim = steady(simulate(project, map, { ...RUN, seed: 42 }));

    // then the visits per step match the routing's solution,
    for (const step of flow.steps) {
      const simulated = sim.steps.find((s) => s.id === step.id);
      expect(simulated, `step ${step.id} in the simulation`).toBeDefined();
      if (simulated === undefined) continue;
      expectNear(simulated.visitsPerCase, step.visitsPerCase, `visits to ${step.id}`);
    }

    // the workload of every role matches (same servers, busy share = λ x hours / headcount),
    for (const role of flow.roles) {
      const simulated = sim.roles.find((r) => r.id === role.id);
      expect(simulated, `role ${role.id} in the simulation`).toBeDefined();
      if (simulated === undefined) continue;
      expect(simulated.servers, `servers of ${role.id}`).toBe(role.servers);
      expectNear(simulated.utilisation, role.utilisation, `utilisation of ${role.id}`);
    }
    // and roles with no work in this map are idle,
    for (const simulated of sim.roles) {
      if (flow.roles.some((r) => r.id === simulated.id)) continue;
      expectNear(simulated.utilisation, 0, `utilisation of idle ${simulated.id}`);
    }

    // every kind of cost per case matches,
    for (const kind of ['labour', 'nonLabour', 'ai', 'errors', 'total'] as const)
      expectNear(sim.costPerCase[kind], flow.costPerCase[kind], `${kind} cost per case`);

    // and the cycle-time estimate lands within 10 % of the simulated mean (the target wherever
    // no role is above 85 %, as on every sample).
    expect(Math.max(...flow.roles.map((r) => r.utilisation))).toBeLessThanOrEqual(0.85);
    const simulated = sim.cycleTimeHours.mean;
    const estimate = flow.cycleTimeHoursEstimate ?? Infinity;
    expect(Math.abs(estimate - simulated.mean)).toBeLessThanOrEqual(
      0.1 * simulated.mean + 2 * simulated.halfWidth,
    );
  });
});
