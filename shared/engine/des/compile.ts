/**
 * A process map compiled into flat typed-array tables for the simulator's inner loop: step
 * kinds, successors, decision edges with cumulative probabilities, role pools, costs and
 * distributions (hours). Built once per simulation and shared, read-only, by every
 * replication. Assumes the project passed `parseProject` (and so `validateSemantics`).
 *
 * Random streams: stream 0 draws inter-arrival times; step i owns stream 1 + 2i (its
 * durations) and stream 2 + 2i (its choices: routing, errors, availability, acceptance).
 */
import type { ProcessMap, Project } from '../../model/schema';
import { assertNever } from '../../util/assert-never';
import { arrivalsPerHour } from '../calendar';
import { paceFactorFor, serversFor } from '../flow-model';
import { compileMap } from '../graph';
import { createDistributionTable, setDistribution, type DistributionTable } from './sampling';

export const K_START = 0;
export const K_END = 1;
export const K_TASK = 2;
export const K_AI = 3;
export const K_DECISION = 4;
export const K_SPLIT = 5;
export const K_JOIN = 6;

/** Distribution slots per step: task = handling, wait; ai = latency, review, fallback. */
export const SLOTS_PER_STEP = 3;

export interface SimModel {
  readonly stepCount: number;
  readonly startStep: number;
  readonly kind: Int8Array;
  /** First successor of each step, -1 if none. */
  readonly next: Int32Array;
  /** Outgoing edges of step i are edgeTo[edgeStart[i] .. edgeStart[i + 1]). */
  readonly edgeStart: Int32Array;
  readonly edgeTo: Int32Array;
  /** Decisions: cumulative probability up to and including each edge. */
  readonly edgeCumulative: Float64Array;
  /** Task: its role's pool; ai: the review role's pool; -1 when none. */
  readonly pool: Int32Array;
  /** Ai: the fallback role's pool, -1 when none. */
  readonly fallbackPool: Int32Array;
  /** Joins: index among the map's joins, and how many branches they wait for. */
  readonly joinIndex: Int32Array;
  readonly inDegree: Int32Array;
  readonly joinCount: number;
  readonly hasWait: Uint8Array;
  /** Task: non-labour cost per visit; ai: inference cost per model run (currency). */
  readonly costPerVisit: Float64Array;
  /** Task: human error rate; ai: escaped error rate of accepted cases. */
  readonly errorRate: Float64Array;
  readonly costPerError: Float64Array;
  readonly availability: Float64Array;
  readonly automationRate: Float64Array;
  readonly qaSampleRate: Float64Array;
  readonly durations: DistributionTable;
  /** Pools, one per project role in project order. */
  readonly poolCount: number;
  readonly servers: Int32Array;
  /** Elapsed hours per hour of work of each pool (`paceFactorFor`: ⌈FTE⌉ / FTE). */
  readonly pace: Float64Array;
  readonly costPerHour: Float64Array;
  /** Cases arriving per working hour. */
  readonly arrivalsPerHour: number;
  readonly regularArrivals: boolean;
  /** Random streams one replication needs. */
  readonly streamCount: number;
}

/** Compile `map` of `project` for simulation. */
export function compileSimulation(project: Project, map: ProcessMap): SimModel {
  const graph = compileMap(map);
  const n = map.steps.length;
  const poolOf = new Map(project.roles.map((role, i) => [role.id, i]));
  const pool = (roleId: string | null): number =>
    roleId === null ? -1 : (poolOf.get(roleId) ?? -1);

  const kind = new Int8Array(n);
  const next = new Int32Array(n).fill(-1);
  const edgeStart = new Int32Array(n + 1);
  const edgeCount = graph.out.reduce((sum, edges) => sum + edges.length, 0);
  const edgeTo = new Int32Array(edgeCount);
  const edgeCumulative = new Float64Array(edgeCount);
  const m = {
    pool: new Int32Array(n).fill(-1),
    fallbackPool: new Int32Array(n).fill(-1),
    joinIndex: new Int32Array(n).fill(-1),
    inDegree: Int32Array.from(graph.inDegree),
    hasWait: new Uint8Array(n),
    costPerVisit: new Float64Array(n),
    errorRate: new Float64Array(n),
    costPerError: new Float64Array(n),
    availability: new Float64Array(n),
    automationRate: new Float64Array(n),
    qaSampleRate: new Float64Array(n),
    durations: createDistributionTable(n * SLOTS_PER_STEP),
  };
  let joinCount = 0;
  let e = 0;
  map.steps.forEach((step, i) => {
    edgeStart[i] = e;
    let cumulative = 0;
    for (const edge of graph.out[i] ?? []) {
      cumulative += edge.share;
      edgeTo[e] = edge.to;
      edgeCumulative[e++] = cumulative;
    }
    next[i] = e > edgeStart[i] ? (edgeTo[edgeStart[i]] as number) : -1;
    const slot = i * SLOTS_PER_STEP;
    switch (step.kind) {
      case 'start':
        kind[i] = K_START;
        break;
      case 'end':
        kind[i] = K_END;
        break;
      case 'decision':
        kind[i] = K_DECISION;
        break;
      case 'parallel-split':
        kind[i] = K_SPLIT;
        break;
      case 'parallel-join':
        kind[i] = K_JOIN;
        m.joinIndex[i] = joinCount++;
        break;
      case 'task':
        kind[i] = K_TASK;
        m.pool[i] = pool(step.roleId);
        m.costPerVisit[i] = step.costPerCase;
        m.errorRate[i] = step.errorRate;
        m.costPerError[i] = step.costPerError;
        setDistribution(m.durations, slot, step.handlingMinutes);
        if (step.waitMinutes !== null) {
          m.hasWait[i] = 1;
          setDistribution(m.durations, slot + 1, step.waitMinutes);
        }
        break;
      case 'ai':
        kind[i] = K_AI;
        m.pool[i] = pool(step.reviewRoleId);
        m.fallbackPool[i] = pool(step.fallbackRoleId);
        m.costPerVisit[i] = step.costPerCase;
        m.errorRate[i] = step.escapedErrorRate;
        m.costPerError[i] = step.costPerEscapedError;
        m.availability[i] = step.availability;
        m.automationRate[i] = step.automationRate;
        m.qaSampleRate[i] = step.qaSampleRate;
        setDistribution(m.durations, slot, step.latencyMinutes);
        setDistribution(m.durations, slot + 1, step.reviewMinutes);
        setDistribution(m.durations, slot + 2, step.fallbackMinutes);
        break;
      default:
        assertNever(step);
    }
  });
  edgeStart[n] = e;
  const lambda = arrivalsPerHour(project.calendar, map.demand);
  return {
    ...m,
    stepCount: n,
    startStep: graph.start,
    kind,
    next,
    edgeStart,
    edgeTo,
    edgeCumulative,
    joinCount,
    poolCount: project.roles.length,
    servers: Int32Array.from(project.roles, (role) => serversFor(role.headcount)),
    pace: Float64Array.from(project.roles, (role) => paceFactorFor(role.headcount)),
    costPerHour: Float64Array.from(project.roles, (role) => role.costPerHour),
    arrivalsPerHour: Number.isFinite(lambda) && lambda > 0 ? lambda : 0,
    regularArrivals: map.demand.arrivals === 'regular',
    streamCount: 1 + 2 * n,
  };
}
