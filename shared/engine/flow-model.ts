/**
 * The flow model: what a process map asks of people and money per case, in expectation,
 * computed analytically on every edit (no sampling). It owns expected visits, workload and
 * utilisation per role, capacity-bound throughput and the bottleneck, cost per case by kind
 * (through the per-step kernel in `case-work.ts`, shared with Monte Carlo), and a queueing
 * estimate of cycle time that accounts for the variability of arrivals and work
 * (`queueing.ts`, `variability.ts`).
 *
 * It says what state the map is in (`status`), in words too (`warnings`):
 * - `ok`: every role has spare capacity;
 * - `no-demand`: nothing arrives; the figures per case describe one case in an empty process;
 * - `overloaded`: demand exceeds a role's capacity (or work lands on a role with nobody in it):
 *   queues grow without limit, so the cycle time is null, never a meaningless number;
 * - `trapped`: cases can reach a step from which no flow that is ever taken leads to an end
 *   (a loop whose way out has probability 0 %): nothing ever finishes, so there are no figures
 *   per case at all (null), no roles and no steps.
 *
 * Fractional headcount: a role of H FTE is `serversFor(H)` = ⌈H⌉ people who share H FTE of
 * working time, each working H/⌈H⌉ of the time; a piece of work of w hours is done in
 * w·⌈H⌉/H elapsed hours (`paceFactor`), while its labour cost counts the w hours of work. So
 * capacity is exactly H FTE (utilisation = work / H), here and in the simulator, which uses
 * the same servers and the same pace.
 *
 * Units: hours are working hours; money is the project currency; rates are per working hour.
 */
import { distributionMean } from '../model/distribution';
import type { ProcessMap, Project, Role } from '../model/schema';
import { assertNever } from '../util/assert-never';
import { arrivalsPerHour, hoursPerMonth } from './calendar';
import { compileCaseMap, evaluateCaseMap, zeroFigures, type RoleMoments } from './case-work';
import { flowShape } from './flow-shape';
import type { CompiledMap } from './graph';
import { gigcWait } from './queueing';
import { aiShares } from './step-work';
import { timeToFinish } from './time-to-finish';
import { arrivalScvByRole } from './variability';

/** Expected visits to one step per case above which a map is not a real process. */
export const MAX_VISITS_PER_STEP = 1000;

export type FlowStatus = 'ok' | 'no-demand' | 'overloaded' | 'trapped';

export interface RoleLoad {
  readonly id: string;
  readonly name: string;
  readonly headcount: number;
  /** People the role's queue is served by: ⌈headcount⌉ (0 for nobody). */
  readonly servers: number;
  /** Elapsed hours per hour of work: servers / headcount (1 for a whole headcount). */
  readonly paceFactor: number;
  /** Work hours per case, all visits together. */
  readonly hoursPerCase: number;
  /** Visits per case that need this role. */
  readonly visitsPerCase: number;
  /** Work hours per month at the map's demand. */
  readonly workloadHoursPerMonth: number;
  /** Hours the headcount can work in a month. */
  readonly capacityHoursPerMonth: number;
  /** Workload over capacity; 1 or more means the queue grows without limit (Infinity with nobody). */
  readonly utilisation: number;
  /** Cases per hour this role alone could handle. */
  readonly maxCasesPerHour: number;
  /** Estimated mean wait in this role's queue per visit, hours (Infinity if overloaded). */
  readonly queueWaitHours: number;
  /** Variability (squared coefficient of variation) of the times between visits and of the work. */
  readonly arrivalScv: number;
  readonly serviceScv: number;
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
  /** Mean time per visit without any queueing, hours: work at the role's pace and delays. */
  readonly workHoursPerVisit: number;
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
  readonly status: FlowStatus;
  /** False when overloaded or trapped: the map cannot run as drawn. */
  readonly stable: boolean;
  readonly arrivalsPerHour: number;
  /** Cases per working hour the roles can handle together (the bottleneck's limit). */
  readonly maxThroughputPerHour: number;
  /** Cases completed per hour in the long run: the demand, capped by capacity; 0 when trapped. */
  readonly throughputPerHour: number;
  readonly bottleneckRoleId: string | null;
  /** Sentences: the status in words (overload per role, a trap, no demand), and runaway loops. */
  readonly warnings: readonly string[];
  /** Most expected visits of any one step per case (0 when trapped). */
  readonly maxVisitsPerStep: number;
  /** Roles with work in the map, project order; empty when trapped. */
  readonly roles: readonly RoleLoad[];
  /** Every step, map order; empty when trapped. */
  readonly steps: readonly StepFigures[];
  /** Hands-on work per case, hours; null when trapped. */
  readonly touchHoursPerCase: number | null;
  /** Null when trapped. */
  readonly costPerCase: CostPerCase | null;
  /** Human errors plus escaped AI errors, expected per case; null when trapped. */
  readonly errorsPerCase: number | null;
  /** Estimated mean cycle time, hours; null unless `ok` or `no-demand`. */
  readonly cycleTimeHoursEstimate: number | null;
  /** Estimated mean cases in process (Little's law); null when the cycle time is. */
  readonly workInProgressEstimate: number | null;
}

const minutesToHours = (m: number): number => m / 60;

/** People serving a role of `headcount` FTE: ⌈headcount⌉, 0 for nobody. */
export function serversFor(headcount: number): number {
  return headcount > 0 ? Math.ceil(headcount) : 0;
}

/** Elapsed hours per hour of work for a role of `headcount` FTE (1 for nobody). */
export function paceFactorFor(headcount: number): number {
  return headcount > 0 ? serversFor(headcount) / headcount : 1;
}

/**
 * Flow model of one map of a project. The map must belong to the project and the project
 * must be valid (`parseProject`). Takes well under a millisecond for a 200-step map.
 */
export function computeFlowModel(project: Project, map: ProcessMap): FlowModelResult {
  const { graph, trapped, visits } = flowShape(map);
  const lambda = arrivalsPerHour(project.calendar, map.demand);
  if (visits === undefined) return trappedResult(map, lambda, trapMessage(map, graph, trapped));

  const work = compileCaseMap(map, project.roles, visits);
  const figures = zeroFigures();
  const moments: RoleMoments = {
    visits: new Float64Array(project.roles.length),
    secondMoment: new Float64Array(project.roles.length),
  };
  evaluateCaseMap(work, figures, moments);

  const monthHours = hoursPerMonth(project.calendar);
  const used = project.roles.flatMap((role, r) => ((work.roleHours[r] as number) > 0 ? [r] : []));
  const servers = project.roles.map((role) => serversFor(role.headcount));
  const utilisation = project.roles.map((role, r) =>
    role.headcount > 0 ? (lambda * (work.roleHours[r] as number)) / role.headcount : Infinity,
  );
  const serviceScv = project.roles.map((_, r) => {
    const v = moments.visits[r] as number;
    const mean = (work.roleHours[r] as number) / v;
    return v > 0 && mean > 0 ? (moments.secondMoment[r] as number) / v / (mean * mean) - 1 : 1;
  });
  const externalScv = map.demand.arrivals === 'regular' ? 0 : 1;
  const arrivalScv = arrivalScvByRole(
    graph,
    work,
    { servers, utilisation, serviceScv },
    externalScv,
  );
  const roles = used.map((r) =>
    roleLoad(project.roles[r] as Role, {
      lambda,
      monthHours,
      hours: work.roleHours[r] as number,
      visits: moments.visits[r] as number,
      arrivalScv: arrivalScv[r] as number,
      serviceScv: Math.max(0, serviceScv[r] as number),
    }),
  );

  const maxThroughputPerHour = roles.reduce((m, r) => Math.min(m, r.maxCasesPerHour), Infinity);
  const bottleneck = roles.reduce<RoleLoad | null>(
    (worst, r) => (worst === null || r.utilisation > worst.utilisation ? r : worst),
    null,
  );
  const overloaded = roles.filter((r) => r.utilisation >= 1);
  const status: FlowStatus = overloaded.length > 0 ? 'overloaded' : lambda > 0 ? 'ok' : 'no-demand';
  const warnings = overloaded.map(overloadSentence);
  if (status === 'no-demand')
    warnings.push(
      `There is no demand: ${map.name} gets 0 cases a ${map.demand.period}, so nothing flows; ` +
        'the figures per case describe one case going through an empty process',
    );
  const maxVisits = visits.reduce((m, v) => Math.max(m, v), 0);
  if (maxVisits > MAX_VISITS_PER_STEP) warnings.push(runawaySentence(map, visits, maxVisits));

  const byRole = new Map(roles.map((r) => [r.id, r]));
  const steps = map.steps.map((step, i) => stepFigures(step, visits[i] as number, byRole));
  const cycle =
    status === 'overloaded'
      ? undefined
      : timeToFinish(
          graph,
          steps.map((s) => s.hoursPerVisit),
        )[graph.start];
  const cycleTime = cycle !== undefined && Number.isFinite(cycle) ? cycle : null;
  const costPerCase = {
    labour: figures.labour,
    nonLabour: figures.nonLabour,
    ai: figures.ai,
    errors: figures.errors,
    total: figures.labour + figures.nonLabour + figures.ai + figures.errors,
  };
  return {
    mapId: map.id,
    mapName: map.name,
    status,
    stable: status !== 'overloaded',
    arrivalsPerHour: lambda,
    maxThroughputPerHour,
    throughputPerHour: Math.min(lambda, maxThroughputPerHour),
    bottleneckRoleId: bottleneck?.id ?? null,
    warnings,
    maxVisitsPerStep: maxVisits,
    roles,
    steps,
    touchHoursPerCase: figures.hours,
    costPerCase,
    errorsPerCase: figures.errorCount,
    cycleTimeHoursEstimate: cycleTime,
    workInProgressEstimate: cycleTime === null ? null : lambda * cycleTime,
  };
}

function trappedResult(map: ProcessMap, lambda: number, message: string): FlowModelResult {
  return {
    mapId: map.id,
    mapName: map.name,
    status: 'trapped',
    stable: false,
    arrivalsPerHour: lambda,
    maxThroughputPerHour: 0,
    throughputPerHour: 0,
    bottleneckRoleId: null,
    warnings: [message],
    maxVisitsPerStep: 0,
    roles: [],
    steps: [],
    touchHoursPerCase: null,
    costPerCase: null,
    errorsPerCase: null,
    cycleTimeHoursEstimate: null,
    workInProgressEstimate: null,
  };
}

const quoted = (map: ProcessMap, i: number): string => `"${map.steps[i]?.name ?? '?'}"`;

/** Why cases never finish, naming the way out that is never taken when there is one. */
function trapMessage(map: ProcessMap, graph: CompiledMap, trapped: readonly number[]): string {
  if (trapped.length === 0) {
    // Not one flow is closed, but the way out is so unlikely the visits cannot be solved.
    return (
      'Cases practically never finish: a loop in the map is left so rarely that a case would go ' +
      'round it more than a million times; check the probabilities of the decisions in it'
    );
  }
  const inTrap = new Set(trapped);
  for (const i of trapped) {
    if (graph.steps[i]?.kind !== 'decision') continue;
    const exit = (graph.out[i] ?? []).find((e) => !inTrap.has(e.to));
    if (exit !== undefined)
      return (
        `Cases that reach ${quoted(map, i)} can never finish: the way out, the flow to ` +
        `${quoted(map, exit.to)}, has a probability of 0 %, so every case goes round the loop ` +
        'for ever; give it a probability above 0 %'
      );
  }
  return (
    `Cases that reach ${quoted(map, trapped[0] as number)} can never finish: no flow that is ` +
    'ever taken leads from there to an end; check the probabilities of the decisions after it'
  );
}

function runawaySentence(map: ProcessMap, visits: Float64Array, maxVisits: number): string {
  const i = visits.indexOf(maxVisits);
  return (
    `A case goes through ${quoted(map, i)} about ${Math.round(maxVisits).toLocaleString('en-GB')} ` +
    'times on average: a loop is almost never left, which no real process does; check the ' +
    'probabilities of the decisions in that loop'
  );
}

function overloadSentence(role: RoleLoad): string {
  if (role.headcount === 0)
    return `${role.name} has no headcount but gets work, so those cases are never done`;
  const share = role.utilisation * 100;
  const shown =
    share < 10_000
      ? `${Math.round(share)} %`
      : role.utilisation < 1e15
        ? `${Math.round(role.utilisation).toLocaleString('en-GB')} times its capacity`
        : 'far more work than it could ever do';
  return share < 10_000
    ? `${role.name} is at ${shown} of capacity — the queue grows without limit`
    : `${role.name} gets ${shown} — the queue grows without limit`;
}

interface LoadInput {
  lambda: number;
  monthHours: number;
  hours: number;
  visits: number;
  arrivalScv: number;
  serviceScv: number;
}

function roleLoad(role: Role, x: LoadInput): RoleLoad {
  const servers = serversFor(role.headcount);
  const pace = paceFactorFor(role.headcount);
  const utilisation = role.headcount > 0 ? (x.lambda * x.hours) / role.headcount : Infinity;
  const wait =
    utilisation >= 1
      ? Infinity
      : gigcWait(
          servers,
          x.lambda * x.visits,
          (x.hours / x.visits) * pace,
          x.arrivalScv,
          x.serviceScv,
        );
  return {
    id: role.id,
    name: role.name,
    headcount: role.headcount,
    servers,
    paceFactor: pace,
    hoursPerCase: x.hours,
    visitsPerCase: x.visits,
    workloadHoursPerMonth: x.lambda * x.hours * x.monthHours,
    capacityHoursPerMonth: role.headcount * x.monthHours,
    utilisation,
    maxCasesPerHour: role.headcount / x.hours,
    queueWaitHours: wait,
    arrivalScv: x.arrivalScv,
    serviceScv: x.serviceScv,
    labourCostPerCase: x.hours * role.costPerHour,
  };
}

function stepFigures(
  step: ProcessMap['steps'][number],
  visits: number,
  roles: ReadonlyMap<string, RoleLoad>,
): StepFigures {
  const wait = (roleId: string | null): number =>
    roleId === null ? 0 : (roles.get(roleId)?.queueWaitHours ?? 0);
  const pace = (roleId: string | null): number =>
    roleId === null ? 1 : (roles.get(roleId)?.paceFactor ?? 1);
  // Built field by field, not spread: the tornado runs this for every step of every bar end.
  const figures = (queueWaitHours: number, workHoursPerVisit: number): StepFigures => ({
    id: step.id,
    name: step.name,
    kind: step.kind,
    visitsPerCase: visits,
    queueWaitHours,
    hoursPerVisit: queueWaitHours + workHoursPerVisit,
    workHoursPerVisit,
  });
  switch (step.kind) {
    case 'task': {
      const queueWaitHours = wait(step.roleId);
      const work = minutesToHours(distributionMean(step.handlingMinutes)) * pace(step.roleId);
      const delay =
        step.waitMinutes === null ? 0 : minutesToHours(distributionMean(step.waitMinutes));
      return figures(queueWaitHours, work + delay);
    }
    case 'ai': {
      const s = aiShares(step);
      const fallbackWait = wait(step.fallbackRoleId);
      const reviewWait = wait(step.reviewRoleId);
      const fallbackWork =
        minutesToHours(distributionMean(step.fallbackMinutes)) * pace(step.fallbackRoleId);
      const reviewWork =
        minutesToHours(distributionMean(step.reviewMinutes)) * pace(step.reviewRoleId);
      const queueWaitHours = s.fallback * fallbackWait + s.reviewed * reviewWait;
      const workHours =
        s.fallback * fallbackWork +
        s.model * minutesToHours(distributionMean(step.latencyMinutes)) +
        s.reviewed * reviewWork;
      return figures(queueWaitHours, workHours);
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
