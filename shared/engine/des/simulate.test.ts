/**
 * The simulator's contract: determinism per seed, conservation of cases, sane signs,
 * chunking that changes nothing, cancel and progress for the Web Worker, the unstable flag,
 * and agreement with the flow model and with the B50 benchmark's exact answer.
 * (Queueing-theory accuracy lives in *.correctness.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { minimalProject } from '../../model/testing/minimal-project';
import { computeFlowModel } from '../flow-model';
import {
  createSimulation,
  simulate,
  simulateAsync,
  type Estimate,
  type SimulationOptions,
} from './index';
import { b50Project } from './testing/b50-project';
import { steady, type SteadyResult } from './testing/steady';
import { solved } from '../testing/solved';
import { mixedProject } from './testing/mixed-project';

const options = (over: Partial<SimulationOptions> = {}): SimulationOptions => ({
  cases: 2000,
  replications: 3,
  seed: 42,
  ...over,
});

function estimates(result: SteadyResult): Estimate[] {
  const { cycleTimeHours: c, costPerCase: k } = result;
  return [
    result.throughputPerHour,
    c.mean,
    c.p50,
    c.p90,
    c.p95,
    result.workInProgress,
    ...[k.labour, k.nonLabour, k.ai, k.errors, k.total],
    ...result.roles.flatMap((r) => [r.utilisation, r.meanQueueLength, r.meanWaitHours]),
    ...result.steps.flatMap((s) => [s.visitsPerCase, s.meanWaitHours]),
  ];
}

describe('simulate', () => {
  const project = mixedProject();
  const map = project.maps.current;

  it('gives byte-identical results for the same seed and different ones for another', () => {
    // given a map with every step kind
    // when it is simulated twice with seed 42 and once with seed 43
    const first = JSON.stringify(simulate(project, map, options()));
    const again = JSON.stringify(simulate(project, map, options()));
    const other = JSON.stringify(simulate(project, map, options({ seed: 43 })));
    // then the runs with the same seed agree byte for byte, and the other seed differs
    expect(again).toBe(first);
    expect(other).not.toBe(first);
  });

  it('completes every counted case: cases in = cases out', () => {
    // given 2000 cases per replication, the first hours of each left out as warm-up
    const result = simulate(project, map, options());
    // then every counted case of every replication completed, with no warnings
    expect(result.casesCounted).toBeGreaterThan(3 * 1000);
    expect(result.casesCompleted).toBe(result.casesCounted);
    expect(result.stable).toBe(true);
    expect(result.warnings).toEqual([]);
    expect(result.events).toBeGreaterThan(3 * 2000 * 5);
  });

  it('never reports negative or non-finite times, costs or counts', () => {
    const result = steady(simulate(project, map, options({ cases: 800 })));
    for (const e of estimates(result)) {
      expect(Number.isFinite(e.mean) && Number.isFinite(e.halfWidth)).toBe(true);
      expect(e.mean).toBeGreaterThanOrEqual(0);
      expect(e.ci95[0]).toBeLessThanOrEqual(e.ci95[1]);
    }
    expect(result.cycleTimeHours.p50.mean).toBeLessThanOrEqual(result.cycleTimeHours.p95.mean);
  });

  it('agrees with the flow model on visits, utilisation and cost per case', () => {
    // given the flow model of the same map
    const flow = solved(computeFlowModel(project, map));
    // when the map is simulated long enough for tight intervals
    const result = steady(simulate(project, map, options({ cases: 20_000, replications: 4 })));
    // then visits and cost per case match within 3 %, utilisation within 0.02
    const within3 = (simulated: number, exact: number, what: string): void =>
      expect(Math.abs(simulated - exact), `${what}: ${simulated} vs ${exact}`).toBeLessThanOrEqual(
        0.03 * Math.abs(exact),
      );
    result.steps.forEach((step, i) =>
      within3(step.visitsPerCase.mean, flow.steps[i]?.visitsPerCase ?? -1, `visits to ${step.id}`),
    );
    within3(result.costPerCase.total.mean, flow.costPerCase.total, 'cost per case');
    within3(result.costPerCase.ai.mean, flow.costPerCase.ai, 'AI cost per case');
    result.roles.forEach((role, i) =>
      expect(Math.abs(role.utilisation.mean - (flow.roles[i]?.utilisation ?? -1))).toBeLessThan(
        0.02,
      ),
    );
    // and Little's law holds within 3 %: WIP = throughput x cycle time
    const little = result.throughputPerHour.mean * result.cycleTimeHours.mean.mean;
    within3(little, result.workInProgress.mean, "Little's law");
  });

  it('reports one replication with a zero-width interval', () => {
    const result = steady(simulate(project, map, options({ cases: 800, replications: 1 })));
    const mean = result.cycleTimeHours.mean;
    expect(mean.halfWidth).toBe(0);
    expect(mean.ci95).toEqual([mean.mean, mean.mean]);
  });

  it('flags demand above capacity as unstable, naming the role', () => {
    // given the minimal project with one clerk for 4000 invoices a week
    const small = minimalProject();
    small.roles[0] = { id: 'clerk', name: 'AP clerk', headcount: 1, costPerHour: 42 };
    small.maps.current.demand.casesPerPeriod = 4000;
    // when it is simulated
    const result = simulate(small, small.maps.current, options({ cases: 1000 }));
    // then the result is unstable and a warning names the clerks
    expect(result.stable).toBe(false);
    expect(result.warnings.some((w) => w.includes('AP clerk'))).toBe(true);
  });

  it('rejects options that make no sense', () => {
    expect(() => simulate(project, map, options({ replications: 0 }))).toThrow(/replications/);
    expect(() => simulate(project, map, options({ warmupHours: -1 }))).toThrow(/warm-up/);
  });

  it('reproduces the B50 benchmark mean cycle time (3729.87 s) within its interval', () => {
    const bench = b50Project();
    const result = steady(
      simulate(bench, bench.maps.current, {
        cases: 20_000,
        replications: 4,
        seed: 1,
      }),
    );
    const exact = 3729.87 / 3600;
    const { mean, halfWidth } = result.cycleTimeHours.mean;
    expect(Math.abs(mean - exact)).toBeLessThan(Math.max(2 * halfWidth, 0.03 * exact));
  });
});

describe('chunked runs for the Web Worker', () => {
  const project = mixedProject();
  const map = project.maps.current;

  it('gives the same result in small chunks as in one go', () => {
    // given a run advanced 500 events at a time
    const run = createSimulation(project, map, options({ cases: 800 }));
    let chunks = 0;
    while (!run.run(500)) chunks++;
    // then it took many chunks and its result equals the one-shot run
    expect(chunks).toBeGreaterThan(10);
    expect(JSON.stringify(run.result())).toBe(
      JSON.stringify(simulate(project, map, options({ cases: 800 }))),
    );
  });

  it('reports progress that never falls and ends at 1, and matches simulate', async () => {
    // given a benchmark run long enough for several chunks
    const bench = b50Project(50, 10);
    const shares: number[] = [];
    const opts = options({ cases: 5000, replications: 2, onProgress: (s) => shares.push(s) });
    // when it runs asynchronously
    const result = await simulateAsync(bench, bench.maps.current, opts);
    // then progress came several times, rose monotonically and ended at 1
    expect(shares.length).toBeGreaterThan(2);
    shares.forEach((s, i) => expect(s).toBeGreaterThanOrEqual(shares[i - 1] ?? 0));
    expect(shares.at(-1)).toBe(1);
    const sync = simulate(bench, bench.maps.current, { ...opts, onProgress: undefined });
    expect(JSON.stringify(result)).toBe(JSON.stringify(sync));
  });

  it('rejects with an AbortError once the signal is aborted', async () => {
    // given a signal that is aborted after the first progress report
    const signal = { aborted: false };
    const bench = b50Project();
    const running = simulateAsync(bench, bench.maps.current, {
      ...options({ cases: 20_000 }),
      signal,
      onProgress: () => (signal.aborted = true),
    });
    // then the run rejects with an error named AbortError
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
  });
});
