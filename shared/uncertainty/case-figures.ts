/**
 * The flow model's cost per case, compiled for repeated evaluation: given a map's expected
 * visits (which depend only on its decision probabilities), what one case costs by kind and the
 * hands-on hours and errors behind it. It repeats `computeFlowModel`'s arithmetic in the same
 * order (hours accumulated per role in step order, labour summed over roles in project order),
 * so with the same inputs it gives the same `CaseFigures` to the last bit, without queueing,
 * cycle time or any allocation. It reads the steps and roles it was compiled with, so the
 * caller changes a sample's inputs by writing into those objects.
 *
 * Also: the exact derivative of the target's figures with respect to one AI step's automation
 * rate (cost per case is linear in it; `roiInputs` finds the same slope by a finite step).
 */
import { distributionTypeIndex, meanOfType } from '../model/distribution';
import type { AiStep, ProcessMap, Role, TaskStep } from '../model/schema';
import type { CaseFigures } from '../roi/inputs';
import { aiShares } from '../engine/step-work';

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
   * step's fallback time, and of the AI step's review time; −1 where there is none. Ranges
   * change numbers, never a type, so these hold for every sample.
   */
  readonly workType: Int8Array;
  readonly reviewType: Int8Array;
  /** Indexes of the steps that cost something per visit (tasks and AI steps), in step order. */
  readonly working: Int32Array;
  /** Per step: 1 for a task, 2 for an AI step, 0 otherwise (no string compare per sample). */
  readonly kind: Int8Array;
  readonly roles: readonly Role[];
  /** Scratch: hours per case by role index. */
  readonly roleHours: Float64Array;
}

const TASK = 1;
const AI = 2;

export const zeroFigures = (): CaseFigures => ({
  labour: 0,
  nonLabour: 0,
  ai: 0,
  errors: 0,
  hours: 0,
  errorCount: 0,
});

export function compileCaseMap(
  map: ProcessMap,
  roles: readonly Role[],
  visits: Float64Array,
): CompiledCaseMap {
  const index = new Map(roles.map((role, i) => [role.id, i]));
  const at = (id: string | null): number => (id === null ? -1 : (index.get(id) ?? -1));
  const workRole = new Int32Array(map.steps.length).fill(-1);
  const reviewRole = new Int32Array(map.steps.length).fill(-1);
  const workType = new Int8Array(map.steps.length).fill(-1);
  const reviewType = new Int8Array(map.steps.length).fill(-1);
  const kind = new Int8Array(map.steps.length);
  map.steps.forEach((step, i) => {
    if (step.kind === 'task') {
      kind[i] = TASK;
      workRole[i] = at(step.roleId);
      workType[i] = distributionTypeIndex(step.handlingMinutes);
    }
    if (step.kind === 'ai') {
      kind[i] = AI;
      workRole[i] = at(step.fallbackRoleId);
      reviewRole[i] = at(step.reviewRoleId);
      workType[i] = distributionTypeIndex(step.fallbackMinutes);
      reviewType[i] = distributionTypeIndex(step.reviewMinutes);
    }
  });
  return {
    steps: map.steps,
    visits,
    workRole,
    reviewRole,
    workType,
    reviewType,
    working: Int32Array.from(map.steps.flatMap((_, i) => (kind[i] === 0 ? [] : [i]))),
    kind,
    roles,
    roleHours: new Float64Array(roles.length),
  };
}

/** Cost per case by kind, hours and errors of the map at its current inputs, into `out`. */
export function evaluateCaseMap(map: CompiledCaseMap, out: CaseFigures): void {
  const hours = map.roleHours;
  hours.fill(0);
  let nonLabour = 0;
  let ai = 0;
  let errorCost = 0;
  let errors = 0;
  const { steps, working } = map;
  for (let w = 0; w < working.length; w++) {
    const i = working[w] as number;
    const v = map.visits[i] as number;
    if (v === 0) continue;
    const kind = map.kind[i];
    if (kind === TASK) {
      const step = steps[i] as TaskStep;
      const r = map.workRole[i] as number;
      if (r >= 0)
        hours[r] =
          (hours[r] as number) +
          v * (meanOfType(map.workType[i] as number, step.handlingMinutes) / 60);
      nonLabour += v * step.costPerCase;
      errors += v * step.errorRate;
      errorCost += v * step.errorRate * step.costPerError;
    } else if (kind === AI) {
      const step = steps[i] as AiStep;
      const s = aiShares(step);
      const fallback = map.workRole[i] as number;
      if (fallback >= 0)
        hours[fallback] =
          (hours[fallback] as number) +
          v * s.fallback * (meanOfType(map.workType[i] as number, step.fallbackMinutes) / 60);
      const review = map.reviewRole[i] as number;
      if (review >= 0)
        hours[review] =
          (hours[review] as number) +
          v * s.reviewed * (meanOfType(map.reviewType[i] as number, step.reviewMinutes) / 60);
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

/**
 * Change in the map's figures per case when the automation rate of the AI step at `index`
 * rises by 1 (a share): fewer reviews (unless QA samples everything), more escaped errors.
 * Zero when the step is never visited or has no review path (then every case is accepted).
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
      (meanOfType(map.reviewType[index] as number, step.reviewMinutes) / 60);
    out.hours = reviewHours;
    out.labour = reviewHours * (map.roles[review] as Role).costPerHour;
  }
  out.errorCount = v * model * step.escapedErrorRate;
  out.errors = out.errorCount * step.costPerEscapedError;
}
