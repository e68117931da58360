/**
 * The flow model: what a process map asks of people and money per case, in expectation,
 * computed analytically on every edit (no sampling). It owns expected visits, workload and
 * utilisation per role, capacity-bound throughput and the bottleneck, cost per case by kind,
 * and an Erlang-C estimate of cycle time. Demand above capacity is reported in words and the
 * cycle time is then null, never a meaningless number.
 *
 * Units: hours are working hours; money is the project currency; rates are per working hour.
 */
import { distributionMean } from '../model/distribution';
import type { ProcessMap, Project, Role } from '../model/schema';
import { assertNever } from '../util/assert-never';
import { arrivalsPerHour, hoursPerMonth } from './calendar';
import { compileMap, stronglyConnected, type CompiledMap } from './graph';
import { solveDense } from './linear';
import { mmc } from './erlang';
import { aiShares } from './step-work';
import { expectedVisits } from './visits';

export interface RoleLoad {
  readonly id: string;
  readonly name: string;
  readonly headcount: number;
  /** Whole people the role's queue is served by (headcount rounded, at least 1 if any). */
  readonly servers: number;
  /** Work hours per case, all visits together. */
  readonly hoursPerCase: number;
  /** Visits per case that need this role. */
  readonly visitsPerCase: number;
  /** Work hours per month at the map's demand. */
  readonly workloadHoursPerMonth: number;
  /** Hours the headcount can work in a month. */
  readonly capacityHoursPerMonth: number;
  /** Workload over capacity; 1 or more means the queue grows without limit. */
  readonly utilisation: number;
  /** Cases per hour this role alone could handle. */
  readonly maxCasesPerHour: number;
  /** Estimated mean wait in this role's queue per visit, hours (Erlang C; Infinity if overloaded). */
  readonly queueWaitHours: number;
  readonly labourCostPerCase: number;
}

export interface StepFigures {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly visitsPerCase: number;
  /** Estimated mean time per visit, hours: queueing + work + delays. */
  readonly hoursPerVisit: number;
  /** Estimated mean queue wait per visit, hours. */
  readonly queueWaitHours: number;
}

export interface CostPerCase {
  readonly labour: number;
  readonly nonLabour: number;
  readonly ai: number;
  readonly errors: number;
  readonly total: number;
}

export interface FlowModelResult {
  readonly mapId: string;
  readonly mapName: string;
  readonly arrivalsPerHour: number;
  /** Cases per working hour the roles can handle together (the bottleneck's limit). */
  readonly maxThroughputPerHour: number;
  /** Cases completed per hour in the long run: the demand, capped by capacity. */
  readonly throughputPerHour: number;
  readonly bottleneckRoleId: string | null;
  readonly stable: boolean;
  /** Sentences for every role at or over capacity. */
  readonly warnings: readonly string[];
  readonly roles: readonly RoleLoad[];
  readonly steps: readonly StepFigures[];
  /** Hands-on work per case, hours. */
  readonly touchHoursPerCase: number;
  readonly costPerCase: CostPerCase;
  /** Human errors plus escaped AI errors, expected per case. */
  readonly errorsPerCase: number;
  /** Estimated mean cycle time, hours (queueing by Erlang C per pool); null when unstable. */
  readonly cycleTimeHoursEstimate: number | null;
  /** Estimated mean cases in process (Little's law); null when unstable. */
  readonly workInProgressEstimate: number | null;
}

interface Accumulator {
  hours: Map<string, number>;
  visits: Map<string, number>;
}

const minutesToHours = (m: number): number => m / 60;

function addWork(acc: Accumulator, roleId: string, visits: number, hours: number): void {
  acc.hours.set(roleId, (acc.hours.get(roleId) ?? 0) + visits * hours);
  acc.visits.set(roleId, (acc.visits.get(roleId) ?? 0) + visits);
}

/** Whole servers for a headcount of FTE: rounded, at least one when there is anyone. */
export function serversFor(headcount: number): number {
  return headcount > 0 ? Math.max(1, Math.round(headcount)) : 0;
}

/**
 * Flow model of one map of a project. The map must belong to the project and the project
 * must be valid (`parseProject`). Takes well under a millisecond for a 200-step map.
 */
export function computeFlowModel(project: Project, map: ProcessMap): FlowModelResult {
  const graph = compileMap(map);
  const visits = expectedVisits(graph) ?? new Float64Array(map.steps.length);
  const lambda = arrivalsPerHour(project.calendar, map.demand);
  const acc: Accumulator = { hours: new Map(), visits: new Map() };
  let nonLabour = 0;
  let ai = 0;
  let errorCost = 0;
  let errors = 0;

  map.steps.forEach((step, i) => {
    const v = visits[i] as number;
    if (v === 0) return;
    switch (step.kind) {
      case 'task':
        addWork(acc, step.roleId, v, minutesToHours(distributionMean(step.handlingMinutes)));
        nonLabour += v * step.costPerCase;
        errors += v * step.errorRate;
        errorCost += v * step.errorRate * step.costPerError;
        break;
      case 'ai': {
        const s = aiShares(step);
        if (step.fallbackRoleId !== null)
          addWork(
            acc,
            step.fallbackRoleId,
            v * s.fallback,
            minutesToHours(distributionMean(step.fallbackMinutes)),
          );
        if (step.reviewRoleId !== null)
          addWork(
            acc,
            step.reviewRoleId,
            v * s.reviewed,
            minutesToHours(distributionMean(step.reviewMinutes)),
          );
        ai += v * s.model * step.costPerCase;
        errors += v * s.escapedErrors;
        errorCost += v * s.escapedErrors * step.costPerEscapedError;
        break;
      }
      case 'start':
      case 'end':
      case 'decision':
      case 'parallel-split':
      case 'parallel-join':
        break;
      default:
        assertNever(step);
    }
  });

  const monthHours = hoursPerMonth(project.calendar);
  const roles = project.roles
    .filter((role) => (acc.hours.get(role.id) ?? 0) > 0)
    .map((role) => roleLoad(role, acc, lambda, monthHours));
  const labour = roles.reduce((sum, r) => sum + r.labourCostPerCase, 0);
  const maxThroughputPerHour = roles.reduce((m, r) => Math.min(m, r.maxCasesPerHour), Infinity);
  const bottleneck = roles.reduce<RoleLoad | null>(
    (worst, r) => (worst === null || r.utilisation > worst.utilisation ? r : worst),
    null,
  );
  const overloaded = roles.filter((r) => r.utilisation >= 1);
  const stable = overloaded.length === 0;
  const warnings = overloaded.map(
    (r) =>
      `${r.name} is at ${Math.round(r.utilisation * 100)} % of capacity — the queue grows without limit`,
  );
  const waitByRole = new Map(roles.map((r) => [r.id, r.queueWaitHours]));
  const steps = map.steps.map((step, i) => stepFigures(step, visits[i] as number, waitByRole));
  const perVisit = steps.map((s) => s.hoursPerVisit);
  const cycle = stable ? timeToFinish(graph, perVisit)[graph.start] : undefined;
  const cycleTime = cycle !== undefined && Number.isFinite(cycle) ? cycle : null;
  const touchHoursPerCase = roles.reduce((sum, r) => sum + r.hoursPerCase, 0);
  return {
    mapId: map.id,
    mapName: map.name,
    arrivalsPerHour: lambda,
    maxThroughputPerHour,
    throughputPerHour: Math.min(lambda, maxThroughputPerHour),
    bottleneckRoleId: bottleneck?.id ?? null,
    stable,
    warnings,
    roles,
    steps,
    touchHoursPerCase,
    costPerCase: {
      labour,
      nonLabour,
      ai,
      errors: errorCost,
      total: labour + nonLabour + ai + errorCost,
    },
    errorsPerCase: errors,
    cycleTimeHoursEstimate: cycleTime,
    workInProgressEstimate: cycleTime === null ? null : lambda * cycleTime,
  };
}

function roleLoad(role: Role, acc: Accumulator, lambda: number, monthHours: number): RoleLoad {
  const hoursPerCase = acc.hours.get(role.id) ?? 0;
  const visitsPerCase = acc.visits.get(role.id) ?? 0;
  const servers = serversFor(role.headcount);
  const utilisation = role.headcount > 0 ? (lambda * hoursPerCase) / role.headcount : Infinity;
  const queue = mmc(servers, lambda * visitsPerCase, hoursPerCase / visitsPerCase);
  return {
    id: role.id,
    name: role.name,
    headcount: role.headcount,
    servers,
    hoursPerCase,
    visitsPerCase,
    workloadHoursPerMonth: lambda * hoursPerCase * monthHours,
    capacityHoursPerMonth: role.headcount * monthHours,
    utilisation,
    maxCasesPerHour: role.headcount / hoursPerCase,
    queueWaitHours: utilisation >= 1 ? Infinity : queue.meanWait,
    labourCostPerCase: hoursPerCase * role.costPerHour,
  };
}

function stepFigures(
  step: ProcessMap['steps'][number],
  visits: number,
  waitByRole: ReadonlyMap<string, number>,
): StepFigures {
  const wait = (roleId: string | null): number =>
    roleId === null ? 0 : (waitByRole.get(roleId) ?? 0);
  // Built field by field, not spread: the tornado runs this for every step of every bar end.
  const figures = (queueWaitHours: number, hoursPerVisit: number): StepFigures => ({
    id: step.id,
    name: step.name,
    kind: step.kind,
    visitsPerCase: visits,
    queueWaitHours,
    hoursPerVisit,
  });
  switch (step.kind) {
    case 'task': {
      const queueWaitHours = wait(step.roleId);
      const work = minutesToHours(distributionMean(step.handlingMinutes));
      const delay =
        step.waitMinutes === null ? 0 : minutesToHours(distributionMean(step.waitMinutes));
      return figures(queueWaitHours, queueWaitHours + work + delay);
    }
    case 'ai': {
      const s = aiShares(step);
      const fallbackWait = step.fallbackRoleId === null ? 0 : wait(step.fallbackRoleId);
      const reviewWait = wait(step.reviewRoleId);
      const queueWaitHours = s.fallback * fallbackWait + s.reviewed * reviewWait;
      const hoursPerVisit =
        s.fallback * (fallbackWait + minutesToHours(distributionMean(step.fallbackMinutes))) +
        s.model * minutesToHours(distributionMean(step.latencyMinutes)) +
        s.reviewed * (reviewWait + minutesToHours(distributionMean(step.reviewMinutes)));
      return figures(queueWaitHours, hoursPerVisit);
    }
    case 'start':
    case 'end':
    case 'decision':
    case 'parallel-split':
    case 'parallel-join':
      return figures(0, 0);
    default:
      return assertNever(step);
  }
}

/**
 * Expected hours from entering each step until the case is finished. A decision averages
 * its branches; a parallel split waits for its slowest branch (the max of the branches'
 * means, which underestimates a little: that is why the result is an estimate). Loops
 * without splits are solved exactly; loops with splits by fixed-point iteration.
 */
function timeToFinish(graph: CompiledMap, perVisit: readonly number[]): Float64Array {
  const n = graph.steps.length;
  const t = new Float64Array(n);
  const value = (i: number): number => {
    const edges = graph.out[i] ?? [];
    let rest = 0;
    if (graph.steps[i]?.kind === 'parallel-split')
      for (const e of edges) rest = Math.max(rest, t[e.to] as number);
    else for (const e of edges) rest += e.share * (t[e.to] as number);
    return (perVisit[i] as number) + rest;
  };
  for (const component of stronglyConnected(graph.out)) {
    if (
      component.length === 1 &&
      !(graph.out[component[0] as number] ?? []).some((e) => e.to === component[0])
    ) {
      const i = component[0] as number;
      t[i] = value(i);
      continue;
    }
    const hasSplit = component.some((i) => graph.steps[i]?.kind === 'parallel-split');
    if (!hasSplit) {
      const k = component.length;
      const local = new Map(component.map((s, j) => [s, j]));
      const a = new Float64Array(k * k);
      const b = new Float64Array(k);
      component.forEach((s, row) => {
        a[row * k + row] = 1;
        let rhs = perVisit[s] as number;
        for (const e of graph.out[s] ?? []) {
          const col = local.get(e.to);
          if (col === undefined) rhs += e.share * (t[e.to] as number);
          else a[row * k + col] = (a[row * k + col] as number) - e.share;
        }
        b[row] = rhs;
      });
      const x = solveDense(a, b, k);
      component.forEach((s, j) => (t[s] = x === undefined ? Infinity : (x[j] as number)));
      continue;
    }
    for (let iteration = 0; iteration < 100_000; iteration++) {
      let change = 0;
      for (const i of component) {
        const next = value(i);
        change = Math.max(change, Math.abs(next - (t[i] as number)));
        t[i] = next;
      }
      if (change < 1e-12) break;
    }
  }
  return t;
}
