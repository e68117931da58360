/**
 * The one per-step kernel of what a case asks of people and money, in expectation: given a
 * map's expected visits per step, the hours of work each role does per case, the cost per case
 * by kind (labour, non-labour, AI, errors) and the expected errors. The flow model and the
 * Monte Carlo fast path (shared/uncertainty) both call it, so they cannot tell different
 * stories; the flow model also asks for the queueing moments (visits and second moment of the
 * work per role), which Monte Carlo does not need.
 *
 * Per visit: a task is its role's work; an AI step splits into `aiShares` (fallback work by
 * the fallback role, review work by the review role, inference cost on the model's share,
 * escaped errors on the accepted share). Hours are summed per role in step order and labour
 * over roles in project order, so the same inputs give the same figures to the last bit.
 *
 * The compiled map reads the steps and roles it was compiled with: a caller that changes an
 * input writes into those objects and evaluates again (no allocation per evaluation).
 */
import {
  distributionTypeIndex,
  distributionVariance,
  meanOfType,
  type Distribution,
} from '../model/distribution';
import type { AiStep, ProcessMap, Role, TaskStep } from '../model/schema';
import { flowShape } from './flow-shape';
import { aiShares } from './step-work';

/** What one case costs by kind, in the project currency, and the hands-on work behind it. */
export interface CaseFigures {
  labour: number;
  nonLabour: number;
  ai: number;
  errors: number;
  /** Hands-on hours per case. */
  hours: number;
  /** Expected errors per case (human and escaped AI errors). */
  errorCount: number;
}

export const zeroFigures = (): CaseFigures => ({
  labour: 0,
  nonLabour: 0,
  ai: 0,
  errors: 0,
  hours: 0,
  errorCount: 0,
});

/** Per role, what its queue sees per case: filled only when `evaluateCaseMap` is asked to. */
export interface RoleMoments {
  /** Visits per case that need the role. */
  readonly visits: Float64Array;
  /** Σ visits × E[work²] per case, hours². */
  readonly secondMoment: Float64Array;
}

export interface CompiledCaseMap {
  readonly steps: ProcessMap['steps'];
  /** Expected visits per case, by step index; the caller replaces it when probabilities move. */
  visits: Float64Array;
  /** Per step: index in the roles of the task's role, or of the AI step's fallback role; −1 none. */
  readonly workRole: Int32Array;
  /** Per step: index of the AI step's review role; −1 none. */
  readonly reviewRole: Int32Array;
  /**
   * Per step: the type (`DISTRIBUTION_TYPES` index) of the task's handling time or the AI
   * step's fallback time, and of the AI step's review time; −1 where there is none. Inputs
   * change numbers, never a type, so these hold for every evaluation.
   */
  readonly workType: Int8Array;
  readonly reviewType: Int8Array;
  /** Indexes of the steps that cost something per visit (tasks and AI steps), in step order. */
  readonly working: Int32Array;
  /** Per step: `TASK`, `AI` or 0. */
  readonly kind: Int8Array;
  readonly roles: readonly Role[];
  /** Hours of work per case by role index (written by `evaluateCaseMap`). */
  readonly roleHours: Float64Array;
}

const TASK = 1;
const AI = 2;

/** Compile `map` against the project's `roles` with the given expected visits per step. */
export function compileCaseMap(
  map: ProcessMap,
  roles: readonly Role[],
  visits: Float64Array,
): CompiledCaseMap {
  // A few roles: a scan is cheaper than building a Map on every compile (the tornado compiles
  // a map per bar end).
  const at = (id: string | null): number => {
    if (id === null) return -1;
    for (let r = 0; r < roles.length; r++) if ((roles[r] as Role).id === id) return r;
    return -1;
  };
  const n = map.steps.length;
  const workRole = new Int32Array(n).fill(-1);
  const reviewRole = new Int32Array(n).fill(-1);
  const workType = new Int8Array(n).fill(-1);
  const reviewType = new Int8Array(n).fill(-1);
  const kind = new Int8Array(n);
  const working: number[] = [];
  map.steps.forEach((step, i) => {
    if (step.kind === 'task') {
      kind[i] = TASK;
      workRole[i] = at(step.roleId);
      workType[i] = distributionTypeIndex(step.handlingMinutes);
      working.push(i);
    } else if (step.kind === 'ai') {
      kind[i] = AI;
      workRole[i] = at(step.fallbackRoleId);
      reviewRole[i] = at(step.reviewRoleId);
      workType[i] = distributionTypeIndex(step.fallbackMinutes);
      reviewType[i] = distributionTypeIndex(step.reviewMinutes);
      working.push(i);
    }
  });
  return {
    steps: map.steps,
    visits,
    workRole,
    reviewRole,
    workType,
    reviewType,
    working: Int32Array.from(working),
    kind,
    roles,
    roleHours: new Float64Array(roles.length),
  };
}

/**
 * `map` compiled against `roles` with its own expected visits; undefined when its cases can
 * never finish (a trapped or practically endless loop: the flow model's `trapped`).
 */
export function compileCaseWork(
  map: ProcessMap,
  roles: readonly Role[],
): CompiledCaseMap | undefined {
  const { trapped, visits } = flowShape(map);
  if (trapped.length > 0) return undefined;
  return visits === undefined ? undefined : compileCaseMap(map, roles, visits);
}

/** Mean hours of one piece of work whose minutes follow `d` (of type index `type`). */
const hoursOf = (type: number, d: Distribution): number => meanOfType(type, d) / 60;

/** visits × E[work²] in hours² for work whose minutes follow `d`. */
function secondMomentOf(visits: number, type: number, d: Distribution): number {
  const mean = meanOfType(type, d);
  return (visits * (distributionVariance(d) + mean * mean)) / 3600;
}

/**
 * Cost per case by kind, hours and errors of the map at its current inputs, into `out`; with
 * `moments`, also each role's visits and second moment of work per case.
 */
export function evaluateCaseMap(
  map: CompiledCaseMap,
  out: CaseFigures,
  moments: RoleMoments | null = null,
): void {
  const hours = map.roleHours;
  hours.fill(0);
  if (moments !== null) {
    moments.visits.fill(0);
    moments.secondMoment.fill(0);
  }
  let nonLabour = 0;
  let ai = 0;
  let errorCost = 0;
  let errors = 0;
  const { steps, working } = map;
  for (let w = 0; w < working.length; w++) {
    const i = working[w] as number;
    const v = map.visits[i] as number;
    if (v === 0) continue;
    if (map.kind[i] === TASK) {
      const step = steps[i] as TaskStep;
      const r = map.workRole[i] as number;
      const type = map.workType[i] as number;
      if (r >= 0) {
        hours[r] = (hours[r] as number) + v * hoursOf(type, step.handlingMinutes);
        if (moments !== null) addMoments(moments, r, v, type, step.handlingMinutes);
      }
      nonLabour += v * step.costPerCase;
      errors += v * step.errorRate;
      errorCost += v * step.errorRate * step.costPerError;
    } else {
      const step = steps[i] as AiStep;
      const s = aiShares(step);
      const fallback = map.workRole[i] as number;
      if (fallback >= 0) {
        const type = map.workType[i] as number;
        hours[fallback] =
          (hours[fallback] as number) + v * s.fallback * hoursOf(type, step.fallbackMinutes);
        if (moments !== null)
          addMoments(moments, fallback, v * s.fallback, type, step.fallbackMinutes);
      }
      const review = map.reviewRole[i] as number;
      if (review >= 0) {
        const type = map.reviewType[i] as number;
        hours[review] =
          (hours[review] as number) + v * s.reviewed * hoursOf(type, step.reviewMinutes);
        if (moments !== null) addMoments(moments, review, v * s.reviewed, type, step.reviewMinutes);
      }
      ai += v * s.model * step.costPerCase;
      errors += v * s.escapedErrors;
      errorCost += v * s.escapedErrors * step.costPerEscapedError;
    }
  }
  let labour = 0;
  let touch = 0;
  for (let r = 0; r < hours.length; r++) {
    const h = hours[r] as number;
    if (!(h > 0)) continue;
    labour += h * (map.roles[r] as Role).costPerHour;
    touch += h;
  }
  out.labour = labour;
  out.nonLabour = nonLabour;
  out.ai = ai;
  out.errors = errorCost;
  out.hours = touch;
  out.errorCount = errors;
}

function addMoments(
  moments: RoleMoments,
  role: number,
  visits: number,
  type: number,
  d: Distribution,
): void {
  moments.visits[role] = (moments.visits[role] as number) + visits;
  moments.secondMoment[role] =
    (moments.secondMoment[role] as number) + secondMomentOf(visits, type, d);
}

/**
 * Change in the map's figures per case when the automation rate of the AI step at `index`
 * rises by 1 (a share): fewer reviews (unless QA samples everything), more escaped errors.
 * Exact, since the figures are linear in each automation rate. Zero when the step is never
 * visited or has no review path (then every case is accepted whatever the rate).
 */
export function automationSlope(map: CompiledCaseMap, index: number, out: CaseFigures): void {
  const step = map.steps[index] as AiStep;
  const v = map.visits[index] as number;
  out.nonLabour = 0;
  out.ai = 0;
  out.labour = 0;
  out.hours = 0;
  out.errors = 0;
  out.errorCount = 0;
  if (v === 0 || step.reviewRoleId === null) return;
  const model = step.availability;
  const review = map.reviewRole[index] as number;
  if (review >= 0) {
    const reviewHours =
      v *
      model *
      (step.qaSampleRate - 1) *
      hoursOf(map.reviewType[index] as number, step.reviewMinutes);
    out.hours = reviewHours;
    out.labour = reviewHours * (map.roles[review] as Role).costPerHour;
  }
  out.errorCount = v * model * step.escapedErrorRate;
  out.errors = out.errorCount * step.costPerEscapedError;
}
