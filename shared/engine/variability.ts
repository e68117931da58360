/**
 * How bursty the arrivals at each role's queue are, for the cycle-time estimate: the squared
 * coefficient of variation (SCV) of the times between visits, carried from the map's arrivals
 * (1 for Poisson, 0 for regular) along the flows, as in Whitt's Queueing Network Analyzer:
 * - a pool passes on a mix of its arrivals' and its work's variability (`departureScv`);
 * - a decision thins a stream (share p: p·c² + 1 − p), a parallel split copies it, and streams
 *   that meet are superposed (rate-weighted mean of their SCVs);
 * - delays that hold nobody (waits, AI latency) pass a stream on unchanged.
 * Loops are solved by fixed-point iteration. An approximation by design; its effect on the
 * estimate is checked against the simulation in `queueing.correctness.test.ts`.
 */
import type { CompiledCaseMap } from './case-work';
import { stronglyConnected, type CompiledMap } from './graph';
import { departureScv, type Scv } from './queueing';
import { aiShares } from './step-work';

/** Per role index: what its pool does to a stream passing through it. */
export interface PoolVariability {
  readonly servers: ArrayLike<number>;
  readonly utilisation: ArrayLike<number>;
  readonly serviceScv: ArrayLike<number>;
}

const MAX_PASSES = 200;
const CONVERGED = 1e-9;

/**
 * The arrival SCV at each role's pool (by role index; 1 where a role gets no visits).
 * @param externalScv SCV of the map's arrivals: 1 for Poisson, 0 for regular
 */
export function arrivalScvByRole(
  graph: CompiledMap,
  work: CompiledCaseMap,
  pools: PoolVariability,
  externalScv: Scv,
): Float64Array {
  const n = graph.steps.length;
  const visits = work.visits;
  const input = new Float64Array(n).fill(externalScv);
  const output = new Float64Array(n).fill(externalScv);
  const order = stronglyConnected(graph.out).reverse().flat();
  const leaving = (pool: number, scv: Scv): Scv =>
    pool < 0
      ? scv
      : departureScv(
          pools.servers[pool] as number,
          pools.utilisation[pool] as number,
          scv,
          pools.serviceScv[pool] as number,
        );
  // Incoming edges per step, for the superposition.
  const into: { from: number; share: number }[][] = graph.steps.map(() => []);
  graph.out.forEach((edges, from) => {
    for (const e of edges) into[e.to]?.push({ from, share: e.share });
  });
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let change = 0;
    for (const i of order) {
      const step = graph.steps[i];
      if (step === undefined) continue;
      let a = externalScv;
      if (i !== graph.start) {
        let rate = 0;
        let sum = 0;
        for (const { from, share } of into[i] ?? []) {
          const r = (visits[from] as number) * share;
          if (!(r > 0)) continue;
          const d = output[from] as number;
          const thinned = graph.steps[from]?.kind === 'decision' ? share * d + 1 - share : d;
          rate += r;
          sum += r * thinned;
        }
        a = rate > 0 ? sum / rate : externalScv;
      }
      let d = a;
      if (step.kind === 'task') d = leaving(work.workRole[i] as number, a);
      else if (step.kind === 'ai') {
        const s = aiShares(step);
        const unreviewed = Math.max(0, 1 - s.fallback - s.reviewed);
        d =
          s.fallback * leaving(work.workRole[i] as number, a) +
          s.reviewed * leaving(work.reviewRole[i] as number, a) +
          unreviewed * a;
      }
      change = Math.max(
        change,
        Math.abs(a - (input[i] as number)),
        Math.abs(d - (output[i] as number)),
      );
      input[i] = a;
      output[i] = d;
    }
    if (change < CONVERGED) break;
  }
  // Each pool sees the superposition of the thinned streams of the steps it works for.
  const roles = work.roles.length;
  const rate = new Float64Array(roles);
  const sum = new Float64Array(roles);
  const add = (role: number, r: number, share: number, scv: Scv): void => {
    if (role < 0 || !(r > 0)) return;
    rate[role] = (rate[role] as number) + r;
    sum[role] = (sum[role] as number) + r * (share * scv + 1 - share);
  };
  for (let i = 0; i < n; i++) {
    const step = graph.steps[i];
    const v = visits[i] as number;
    if (step?.kind === 'task') add(work.workRole[i] as number, v, 1, input[i] as number);
    else if (step?.kind === 'ai') {
      const s = aiShares(step);
      add(work.workRole[i] as number, v * s.fallback, s.fallback, input[i] as number);
      add(work.reviewRole[i] as number, v * s.reviewed, s.reviewed, input[i] as number);
    }
  }
  return Float64Array.from(rate, (r, role) => (r > 0 ? (sum[role] as number) / r : 1));
}
