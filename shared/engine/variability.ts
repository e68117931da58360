/**
 * How bursty the arrivals at each role's queue are, for the cycle-time estimate: the squared
 * coefficient of variation (SCV) of the times between visits, carried from the map's arrivals
 * (1 for Poisson, 0 for regular) along the flows, as in Whitt's Queueing Network Analyzer:
 * - a pool passes on a mix of its arrivals' and its work's variability (`departureScv`);
 * - a decision thins a stream (share p: p·c² + 1 − p), a parallel split copies it, and streams
 *   that meet are superposed (rate-weighted mean of their SCVs);
 * - delays that hold nobody (waits, AI latency) pass a stream on unchanged.
 * Every one of these is linear in the incoming SCV, so each step's output is α·input + β with
 * α, β fixed by the map; steps outside loops are computed once, in topological order, and
 * loops are iterated until their streams settle (Gauss–Seidel). An approximation by design;
 * its effect on the estimate is checked against the simulation in
 * `cycle-estimate.correctness.test.ts`.
 */
import type { CompiledCaseMap } from './case-work';
import type { CompiledMap } from './graph';
import { departureScv, type Scv } from './queueing';
import { aiShares } from './step-work';

/** Per role index: what its pool does to a stream passing through it. */
export interface PoolVariability {
  readonly servers: ArrayLike<number>;
  readonly utilisation: ArrayLike<number>;
  readonly serviceScv: ArrayLike<number>;
}

const MAX_PASSES = 100;
/** SCVs are read to a few digits; a loop has settled when no step moves by more than this. */
const SETTLED = 1e-7;

/**
 * Incoming streams per step, flattened: step i's are [inStart[i], inStart[i + 1]), each with
 * its source, its share of i's arrivals and its thinning (a decision's share, else 1); `fed`
 * marks the steps that get any arrivals but the start. They follow from the graph and the
 * visits alone, both derived from the map's shape (flow-shape.ts), so they are kept per graph
 * (weakly, by its flows table) while the visits are the same.
 */
interface Streams {
  readonly visits: ArrayLike<number>;
  readonly inStart: Int32Array;
  readonly inFrom: Int32Array;
  readonly inWeight: Float64Array;
  readonly inThin: Float64Array;
  readonly fed: Uint8Array;
}

const streamsByGraph = new WeakMap<CompiledMap['into'], Streams>();

function incomingStreams(graph: CompiledMap, visits: ArrayLike<number>): Streams {
  const known = streamsByGraph.get(graph.into);
  if (known !== undefined && known.visits === visits) return known;
  const n = graph.steps.length;
  const inStart = new Int32Array(n + 1);
  graph.into.forEach((edges, i) => (inStart[i + 1] = (inStart[i] as number) + edges.length));
  const inFrom = new Int32Array(inStart[n] as number);
  const inWeight = new Float64Array(inStart[n] as number);
  const inThin = new Float64Array(inStart[n] as number);
  const fed = new Uint8Array(n);
  graph.into.forEach((edges, i) => {
    let rate = 0;
    for (const { from, share } of edges) rate += Math.max(0, (visits[from] as number) * share);
    let k = inStart[i] as number;
    for (const { from, share } of edges) {
      inFrom[k] = from;
      inWeight[k] = rate > 0 ? Math.max(0, (visits[from] as number) * share) / rate : 0;
      inThin[k] = graph.steps[from]?.kind === 'decision' ? share : 1;
      k++;
    }
    fed[i] = rate > 0 && i !== graph.start ? 1 : 0;
  });
  const streams = { visits, inStart, inFrom, inWeight, inThin, fed };
  streamsByGraph.set(graph.into, streams);
  return streams;
}

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
  // Output = slope · input + offset, per step (a pool's departure is linear in its arrivals).
  const slope = new Float64Array(n).fill(1);
  const offset = new Float64Array(n);
  // A pool's departure SCV at input 0 and at input 1 (it is linear in between), per role.
  const roles = work.roles.length;
  const at0 = new Float64Array(roles);
  const at1 = new Float64Array(roles);
  for (let r = 0; r < roles; r++) {
    const servers = pools.servers[r] as number;
    const utilisation = pools.utilisation[r] as number;
    const serviceScv = pools.serviceScv[r] as number;
    at0[r] = departureScv(servers, utilisation, 0, serviceScv);
    at1[r] = departureScv(servers, utilisation, 1, serviceScv);
  }
  const through = (pool: number, share: number, i: number): void => {
    if (pool < 0) return; // a delay passes its share of the stream on unchanged
    const zero = at0[pool] as number;
    slope[i] = (slope[i] as number) - share + share * ((at1[pool] as number) - zero);
    offset[i] = (offset[i] as number) + share * zero;
  };
  graph.steps.forEach((step, i) => {
    if (step.kind === 'task') through(work.workRole[i] as number, 1, i);
    else if (step.kind === 'ai') {
      const s = aiShares(step);
      through(work.workRole[i] as number, s.fallback, i);
      through(work.reviewRole[i] as number, s.reviewed, i);
    }
  });
  const { inStart, inFrom, inWeight, inThin, fed } = incomingStreams(graph, visits);
  const input = new Float64Array(n).fill(externalScv);
  const output = new Float64Array(n).fill(externalScv);
  const update = (i: number): number => {
    let a = externalScv;
    if (fed[i] === 1) {
      a = 0;
      for (let k = inStart[i] as number; k < (inStart[i + 1] as number); k++) {
        const thin = inThin[k] as number;
        a += (inWeight[k] as number) * (thin * (output[inFrom[k] as number] as number) + 1 - thin);
      }
    }
    const d = Math.max(0, (slope[i] as number) * a + (offset[i] as number));
    const moved = Math.max(Math.abs(a - (input[i] as number)), Math.abs(d - (output[i] as number)));
    input[i] = a;
    output[i] = d;
    return moved;
  };
  for (let c = graph.components.length - 1; c >= 0; c--) {
    const component = graph.components[c] as readonly number[];
    const only = component[0] as number;
    if (component.length === 1 && !(graph.out[only] ?? []).some((e) => e.to === only)) {
      update(only);
      continue;
    }
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      let change = 0;
      for (const i of component) change = Math.max(change, update(i));
      if (change < SETTLED) break;
    }
  }
  // Each pool sees the superposition of the thinned streams of the steps it works for.
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
