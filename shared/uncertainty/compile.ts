/**
 * A scenario compiled for thousands of what-ifs: the fast path behind tornado and Monte Carlo.
 *
 * `compileScenario` makes one private working copy of the project, binds each usable range to
 * a setter into it (`bindings.ts`), computes both maps' expected visits once, and builds one
 * `RoiInputs` with `roiInputs` (the slow path, run once). `run(values)` then writes one value
 * per range, recomputes only what those ranges feed — a map's cost per case (`case-figures.ts`),
 * its visits when a decision probability moved, the plan and finance figures — into that same
 * `RoiInputs`, and returns its NPV and payback month (`net-value.ts`, no allocation).
 *
 * Contract: `run(values)` gives the NPV and payback month, and `cashFlowAt(values)` the cash
 * flow, that `cashFlow(roiInputs(p, t))` gives for the
 * project p with every ranged input set by `writeInput` (months rounded, a decision's other
 * flows rescaled as `bindings.ts` says), equal to rounding error (the automation-rate slopes
 * are exact derivatives here, finite differences there). Custom formula benefit lines are not
 * included (their cycle-time inputs would need the full flow model per sample); `notes` says so.
 * Not re-entrant: `inputs` is overwritten by every `run`.
 */
import { arrivalsPerHour, hoursPerMonth } from '../engine/calendar';
import { compileMap } from '../engine/graph';
import { expectedVisits } from '../engine/visits';
import type { AiStep, ProcessMap, Project, Range, TargetMap } from '../model/schema';
import { integrationCost } from '../readiness/integration-cost';
import { cashFlow, type MonthlyFigures } from '../roi/cash-flow';
import { aiSystems, roiInputs, type RoiInputs } from '../roi/inputs';
import { bindRanges, type RangeBinding, type SkippedRange } from './bindings';
import { netValue, type NetValue } from './net-value';
import {
  automationSlope,
  compileCaseMap,
  evaluateCaseMap,
  type CompiledCaseMap,
} from './case-figures';

export interface CompiledScenario {
  /** The ranges that move this scenario's cash flow, in project order; `run` takes values in this order. */
  readonly ranges: readonly Range[];
  /** Each range's likely value, in `ranges` order: the base case. */
  readonly likely: Float64Array;
  /** Ranges that cannot be used here, with the reason. */
  readonly skipped: readonly SkippedRange[];
  /** Sentences on what these figures leave out. */
  readonly notes: readonly string[];
  /** The inputs of the last `run` (overwritten by the next). */
  readonly inputs: RoiInputs;
  /** NPV and payback with range i set to `values[i]`; the returned object is reused by every call. */
  run(values: ArrayLike<number>): NetValue;
  /** The monthly cash flow with range i set to `values[i]` (new arrays on every call). */
  cashFlowAt(values: ArrayLike<number>): MonthlyFigures;
}

function visitsOf(map: ProcessMap): Float64Array {
  return expectedVisits(compileMap(map)) ?? new Float64Array(map.steps.length);
}

/**
 * Compile `target` (a scenario of `project`, matched by id) for repeated evaluation.
 * `project` must be valid (`parseProject`); it is not modified.
 */
export function compileScenario(project: Project, target: TargetMap): CompiledScenario {
  const copy = JSON.parse(JSON.stringify(project)) as Project;
  const copyTarget = copy.maps.targets.find((t) => t.id === target.id);
  if (copyTarget === undefined)
    throw new Error(`the scenario "${target.name}" is not part of this project`);
  const bound = bindRanges(project, copy, copyTarget);
  // Ranges that feed nothing the NPV reads are kept: a tornado shows their zero swing.
  const bindings: RangeBinding[] = bound.bindings;
  const ranges = bindings.map((b) => project.ranges[b.index] as Range);
  const likely = Float64Array.from(ranges, (r) => r.likely);
  bindings.forEach((b, i) => b.set(likely[i] as number));

  const has = (...effects: RangeBinding['effect'][]): boolean =>
    bindings.some((b) => effects.includes(b.effect));
  const currentFlowsMove = has('current-flows');
  const targetFlowsMove = has('target-flows');
  const currentMoves = currentFlowsMove || has('current', 'both');
  const targetMoves = targetFlowsMove || has('target', 'both');

  const current = compileCaseMap(copy.maps.current, copy.roles, visitsOf(copy.maps.current));
  const scenario = compileCaseMap(copyTarget, copy.roles, visitsOf(copyTarget));
  const aiIndex = copyTarget.steps.flatMap((s, i) => (s.kind === 'ai' ? [i] : []));
  const systems = aiSystems(copy, copyTarget);
  const inputs = roiInputs(copy, copyTarget);

  const updateTarget = (map: CompiledCaseMap): void => {
    evaluateCaseMap(map, inputs.target);
    aiIndex.forEach((stepIndex, k) => {
      const figures = inputs.aiSteps[k];
      const step = map.steps[stepIndex] as AiStep;
      if (figures === undefined) return;
      figures.automationRate = step.automationRate;
      figures.driftPerMonth = step.driftPerMonth;
      automationSlope(map, stepIndex, figures.slope);
    });
  };

  /** Same arithmetic, in the same order, as `roiInputs` and `oneOffCosts`. */
  const updatePlan = (): void => {
    const plan = copyTarget.plan;
    const calendar = copy.calendar;
    inputs.horizonMonths = copy.finance.horizonMonths;
    inputs.discountRateAnnual = copy.finance.discountRateAnnual;
    inputs.volumeGrowthAnnual = copy.finance.volumeGrowthAnnual;
    const monthHours = hoursPerMonth(calendar);
    inputs.casesPerMonth = arrivalsPerHour(calendar, copy.maps.current.demand) * monthHours;
    inputs.hoursPerMonthPerFte = monthHours;
    inputs.hoursPerDay = calendar.hoursPerDay;
    let integration = 0;
    let maintenance = 0;
    for (const s of systems) integration += integrationCost(s);
    for (const s of systems)
      maintenance +=
        s.maintenanceCostPerYear ?? integrationCost(s) * plan.integrationMaintenanceShare;
    const base =
      plan.dataPreparationCost +
      integration +
      plan.changeManagementCost +
      plan.trainingCost +
      plan.otherOneOffCost;
    const oneOff = inputs.oneOff;
    oneOff.dataPreparation = plan.dataPreparationCost;
    oneOff.integration = integration;
    oneOff.changeManagement = plan.changeManagementCost;
    oneOff.training = plan.trainingCost;
    oneOff.other = plan.otherOneOffCost;
    oneOff.contingency = base * plan.contingencyShare;
    oneOff.total = base + oneOff.contingency;
    inputs.monthsToGoLive = plan.monthsToGoLive;
    inputs.platformCostPerMonth = plan.platformCostPerMonth;
    inputs.monitoringCostPerMonth = plan.monitoringCostPerMonth;
    inputs.integrationMaintenancePerYear = maintenance;
    inputs.retrainingCost = plan.retrainingCost;
    inputs.retrainEveryMonths = plan.retrainEveryMonths;
    inputs.adoption = plan.adoption;
    inputs.freedCapacityValueShare = plan.freedCapacityValueShare;
  };

  // Fill every figure once from the fast path, so the base case and the samples agree bit for bit.
  evaluateCaseMap(current, inputs.current);
  updateTarget(scenario);
  updatePlan();

  const benefitLines = project.formulas.filter((f) => f.kind === 'benefit');
  const notes =
    benefitLines.length === 0
      ? []
      : [
          `These NPVs leave out the custom benefit line${benefitLines.length > 1 ? 's' : ''} ${benefitLines
            .map((f) => `"${f.name}"`)
            .join(', ')}, which the business case adds.`,
        ];

  const apply = (values: ArrayLike<number>): void => {
    for (let i = 0; i < bindings.length; i++)
      (bindings[i] as RangeBinding).set(values[i] as number);
    if (currentFlowsMove) current.visits = visitsOf(copy.maps.current);
    if (targetFlowsMove) scenario.visits = visitsOf(copyTarget);
    if (currentMoves) evaluateCaseMap(current, inputs.current);
    if (targetMoves) updateTarget(scenario);
    updatePlan();
  };
  const out: NetValue = { npv: 0, paybackMonth: null };
  const run = (values: ArrayLike<number>): NetValue => {
    apply(values);
    return netValue(inputs, out);
  };
  const cashFlowAt = (values: ArrayLike<number>): MonthlyFigures => {
    apply(values);
    return cashFlow(inputs);
  };

  return { ranges, likely, skipped: bound.skipped, notes, inputs, run, cashFlowAt };
}
