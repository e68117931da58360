/**
 * A scenario compiled for thousands of what-ifs: the fast path behind tornado and Monte Carlo.
 *
 * `compileScenario` makes one private working copy of the project, binds each usable range to
 * a setter into it (`bindings.ts`), computes both maps' expected visits once, and builds one
 * `RoiInputs` with `roiInputs` (the slow path, run once). `run(values)` then writes one value
 * per range, recomputes only what those ranges feed — a map's cost per case (`engine/case-work.ts`),
 * its visits when a decision probability moved, the plan and finance figures — into that same
 * `RoiInputs`, runs `cashFlow` into reused arrays (with the custom benefit lines, exactly as
 * `computeRoi` adds them) and takes its NPV and payback month (`netValue`): no array is
 * allocated per run. Ranges on the common step, role and duration numbers are written by
 * `storeField`, the others by their setter (`bindings.ts`).
 *
 * Contract: `run(values)` gives the NPV and payback month, and `cashFlowAt(values)` the cash
 * flow, that `computeRoi` gives (`cashFlow(roiInputs(p, t))` plus the formula benefit lines)
 * for the project p with every ranged input set by `writeInput` (months rounded, a decision's
 * other flows rescaled as `bindings.ts` says), equal to rounding error (the automation-rate
 * slopes are exact derivatives here, finite differences there) — with one exception: the
 * flow model's cycle times (formula inputs `cycleTimeHours...`), which need queueing per map.
 * With `cycleTimes: 'exact'` (the tornado) they are recomputed by `computeFlowModel` whenever
 * a range that can move them changed; with `'base'` (Monte Carlo; 10 000 queueing runs would
 * not fit the time budget) they stay at the base case, every range at likely, and `notes`
 * says so when a benefit line reads them and some range could move them.
 * Not re-entrant: `inputs` is overwritten by every `run`.
 */
import {
  arrivalsPerHour,
  hoursPerMonth,
  computeFlowModel,
  compileMap,
  expectedVisits,
  automationSlope,
  compileCaseMap,
  evaluateCaseMap,
  type CompiledCaseMap,
} from '../engine';
import type { AiStep, ProcessMap, Project, Range, Role, TargetMap } from '../model/schema';
import { readInput } from '../model/input-path';
import { describeInput, formatInputValue, inputUnit } from '../model/input-words';
import { capitalised } from '../util/capitalised';
import { integrationTotals } from '../readiness/integration-cost';
import { casesPerMonth } from '../roi/volume';
import { roiBlockers } from '../roi/blockers';
import {
  cashFlow,
  monthColumns,
  type CashFlowOptions,
  type MonthlyFigures,
} from '../roi/cash-flow';
import { netValue, type NetValue } from '../roi/finance';
import { formulaLines } from '../roi/formula-lines';
import { aiSystems, roiInputs, writeOneOffCosts, type RoiInputs } from '../roi/inputs';
import { compileFormula, FORMULA_INPUTS } from '../formula';
import { bindRanges, storeField, type RangeBinding, type SkippedRange } from './bindings';

export interface CompileOptions {
  /**
   * `'base'` (default): the flow model's cycle times stay at the base case (every range at
   * likely). `'exact'`: recomputed whenever a range that can move them changed.
   */
  cycleTimes?: 'base' | 'exact';
}

/** Formula inputs derived from the flow model's cycle times. */
const CYCLE_TIME_INPUTS: ReadonlySet<string> = new Set([
  'cycleTimeHours',
  'cycleTimeHoursCurrent',
  'cycleTimeHoursTarget',
  'cycleTimeReductionHours',
  'cycleTimeReductionDays',
]);
const FORMULA_NAMES = FORMULA_INPUTS.map((input) => input.name);

/** Last keys of inputs the queueing model never reads: money, error rates, drift, positions. */
const NOT_TIMING: ReadonlySet<string> = new Set([
  'costPerHour',
  'costPerCase',
  'costPerError',
  'costPerEscapedError',
  'errorRate',
  'escapedErrorRate',
  'driftPerMonth',
  'x',
  'y',
]);

/**
 * Whether the range at `path` can change a map's cycle time: handling, wait, latency, review
 * and fallback times, headcount, demand, decision probabilities, automation, availability
 * and QA rates, the calendar. Not money, error rates, the plan, finance or systems.
 */
export function movesCycleTime(path: string): boolean {
  const segments = path.split('.');
  const head = segments[0];
  if (head === 'calendar') return true;
  if (head !== 'roles' && head !== 'maps') return false;
  if (segments.includes('plan')) return false;
  return !NOT_TIMING.has(segments[segments.length - 1] ?? '');
}

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
  /**
   * Whether, at the values of the last `run`, a map cannot do the work: a role of either map
   * over capacity at its demand, or cases that never finish. The NPV is then computed as if
   * the work still got done, which is what Monte Carlo and the tornado must say.
   */
  overCapacity(): boolean;
  /** The monthly cash flow with range i set to `values[i]` (new arrays on every call). */
  cashFlowAt(values: ArrayLike<number>): MonthlyFigures;
}

/**
 * The sentence for a range whose likely value is not the number the model holds, if so: the
 * business case's NPV uses the model's number while the tornado's base and Monte Carlo centre
 * on the range, so the two disagree (an edited value whose range was left behind).
 */
function likelyNote(project: Project, range: Range): string[] {
  const value = readInput(project, range.path);
  if (typeof value !== 'number' || !Number.isFinite(value)) return [];
  if (Math.abs(value - range.likely) <= 1e-9 * Math.max(1, Math.abs(value))) return [];
  const unit = inputUnit(range.path);
  const show = (v: number): string => formatInputValue(v, unit, project.currency);
  const input = describeInput(project, range.path);
  return [
    `${capitalised(input)} is ${show(value)}, but its range's likely value is ${show(range.likely)}${value < range.low || value > range.high ? ` and the range (${show(range.low)} to ${show(range.high)}) leaves it out` : ''}: the NPV uses ${show(value)}, the tornado and Monte Carlo centre on ${show(range.likely)}. Set the likely value to the number, or the number to the likely value.`,
  ];
}

/** Expected visits of `map`; undefined when its cases never finish. */
function visitsOf(map: ProcessMap): Float64Array | undefined {
  return expectedVisits(compileMap(map));
}

/** Whether some role of `map` (compiled, evaluated) has more work than `roles` have hours. */
function overloaded(map: CompiledCaseMap, roles: readonly Role[], perHour: number): boolean {
  const hours = map.roleHours;
  for (let r = 0; r < hours.length; r++) {
    const h = hours[r] as number;
    if (h > 0 && perHour * h >= (roles[r] as Role).headcount) return true;
  }
  return false;
}

/**
 * Compile `target` (a scenario of `project`, matched by id) for repeated evaluation.
 * `project` must be valid (`parseProject`); it is not modified. Throws, with the reasons in
 * words, when there is no business case to vary (`roiBlockers`).
 */
export function compileScenario(
  project: Project,
  target: TargetMap,
  options: CompileOptions = {},
): CompiledScenario {
  const blockers = roiBlockers(project, target);
  if (blockers.length > 0)
    throw new Error(`There is no business case to vary. ${blockers.join(' ')}`);
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

  // Cases finish in both maps at the base case (no blockers), so both have visits here; a
  // sample that traps one keeps its last visits and is flagged (`trapped`).
  const noVisits = (map: ProcessMap): Float64Array => new Float64Array(map.steps.length);
  const current = compileCaseMap(
    copy.maps.current,
    copy.roles,
    visitsOf(copy.maps.current) ?? noVisits(copy.maps.current),
  );
  const scenario = compileCaseMap(
    copyTarget,
    copy.roles,
    visitsOf(copyTarget) ?? noVisits(copyTarget),
  );
  let trapped = false;
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
  const integration = { oneOff: 0, maintenancePerYear: 0 };
  const updatePlan = (): void => {
    const plan = copyTarget.plan;
    const calendar = copy.calendar;
    inputs.horizonMonths = copy.finance.horizonMonths;
    inputs.discountRateAnnual = copy.finance.discountRateAnnual;
    inputs.volumeGrowthAnnual = copy.finance.volumeGrowthAnnual;
    inputs.casesPerMonth = casesPerMonth(copy);
    inputs.hoursPerMonthPerFte = hoursPerMonth(calendar);
    inputs.hoursPerDay = calendar.hoursPerDay;
    integrationTotals(systems, plan, integration);
    writeOneOffCosts(inputs.oneOff, plan, integration.oneOff);
    inputs.monthsToGoLive = plan.monthsToGoLive;
    inputs.platformCostPerMonth = plan.platformCostPerMonth;
    inputs.monitoringCostPerMonth = plan.monitoringCostPerMonth;
    inputs.integrationMaintenancePerYear = integration.maintenancePerYear;
    inputs.retrainingCost = plan.retrainingCost;
    inputs.retrainEveryMonths = plan.retrainEveryMonths;
    inputs.adoption = plan.adoption;
    inputs.freedCapacityValueShare = plan.freedCapacityValueShare;
  };

  // Fill every figure once from the fast path, so the base case and the samples agree bit for bit.
  evaluateCaseMap(current, inputs.current);
  updateTarget(scenario);
  updatePlan();

  // The custom benefit lines, evaluated each live month exactly as computeRoi does.
  const lines = formulaLines(project.formulas);
  const benefitFormulas = project.formulas.filter((f) => f.kind === 'benefit');
  const flowOptions: CashFlowOptions =
    benefitFormulas.length === 0 ? {} : { extraBenefit: lines.benefit.bind(null, inputs) };
  const readsCycleTime = benefitFormulas.filter((f) => {
    const compiled = compileFormula(f.expression, FORMULA_NAMES);
    return compiled.ok && compiled.symbols.some((name) => CYCLE_TIME_INPUTS.has(name));
  });
  // Ranges whose value can move a cycle time, by index into `bindings`.
  const timing =
    readsCycleTime.length === 0
      ? []
      : ranges.flatMap((r, i) => (movesCycleTime(r.path) ? [i] : []));
  const exact = options.cycleTimes === 'exact' && timing.length > 0;
  const notes = [
    ...(options.cycleTimes !== 'exact' && timing.length > 0
      ? [
          `Cycle-time based lines (${readsCycleTime.map((f) => f.name).join(', ')}) use the base-case cycle time in the ranges; their other inputs vary.`,
        ]
      : []),
    ...ranges.flatMap((range) => likelyNote(project, range)),
  ];
  // Per map, the timing ranges that can move its cycle time (a range on one map's steps or
  // flows moves only that map's; roles and the calendar move both), and the cycle time at the
  // base case and at the values it was last computed for: a bar end recomputes only the map
  // its range touches, and going back to likely reuses the base case.
  const cycleCaches = (['current', 'target'] as const).map((side) => {
    const map = side === 'current' ? copy.maps.current : copyTarget;
    const other = side === 'current' ? 'maps.targets.' : 'maps.current.';
    const members = Int32Array.from(
      timing.filter((i) => !(ranges[i] as Range).path.startsWith(other)),
    );
    const base = side === 'current' ? inputs.cycleTimeHoursCurrent : inputs.cycleTimeHoursTarget;
    return {
      side,
      map,
      members,
      base,
      last: Float64Array.from(members, (i) => likely[i] as number),
      lastValue: base,
    };
  });
  const cycleTimeOf = (
    cache: (typeof cycleCaches)[number],
    values: ArrayLike<number>,
  ): number | null => {
    const { members, last } = cache;
    let same = true;
    let atBase = true;
    for (let k = 0; k < members.length; k++) {
      const i = members[k] as number;
      const value = values[i] as number;
      if (value !== last[k]) same = false;
      if (value !== likely[i]) atBase = false;
      last[k] = value;
    }
    if (!same)
      cache.lastValue = atBase
        ? cache.base
        : computeFlowModel(copy, cache.map).cycleTimeHoursEstimate;
    return cache.lastValue;
  };

  const apply = (values: ArrayLike<number>): void => {
    for (let i = 0; i < bindings.length; i++) {
      const binding = bindings[i] as RangeBinding;
      if (binding.field >= 0) storeField(binding.parent, binding.field, values[i] as number);
      else binding.set(values[i] as number);
    }
    trapped = false;
    if (currentFlowsMove) {
      const visits = visitsOf(copy.maps.current);
      if (visits === undefined) trapped = true;
      else current.visits = visits;
    }
    if (targetFlowsMove) {
      const visits = visitsOf(copyTarget);
      if (visits === undefined) trapped = true;
      else scenario.visits = visits;
    }
    if (currentMoves) evaluateCaseMap(current, inputs.current);
    if (targetMoves) updateTarget(scenario);
    updatePlan();
    if (exact) {
      inputs.cycleTimeHoursCurrent = cycleTimeOf(
        cycleCaches[0] as (typeof cycleCaches)[number],
        values,
      );
      inputs.cycleTimeHoursTarget = cycleTimeOf(
        cycleCaches[1] as (typeof cycleCaches)[number],
        values,
      );
    }
  };
  const out: NetValue = { npv: 0, paybackMonth: null };
  let figures: MonthlyFigures | undefined;
  flowOptions.columns = monthColumns(inputs.horizonMonths);
  const run = (values: ArrayLike<number>): NetValue => {
    apply(values);
    flowOptions.into = figures;
    figures = cashFlow(inputs, flowOptions);
    return netValue(figures.net, inputs.discountRateAnnual, out);
  };
  // Only ranges that can move work, people, demand or routing can push a role over capacity;
  // with none, every sample has the base case's capacity, which has no blockers.
  const capacityCanMove = ranges.some((r) => movesCycleTime(r.path));
  const overCapacity = (): boolean =>
    capacityCanMove &&
    (trapped ||
      overloaded(current, copy.roles, inputs.casesPerMonth / inputs.hoursPerMonthPerFte) ||
      overloaded(scenario, copy.roles, arrivalsPerHour(copy.calendar, copyTarget.demand)));
  const cashFlowAt = (values: ArrayLike<number>): MonthlyFigures => {
    apply(values);
    return cashFlow(inputs, { extraBenefit: flowOptions.extraBenefit });
  };
  return {
    ranges,
    likely,
    skipped: bound.skipped,
    notes,
    inputs,
    run,
    overCapacity,
    cashFlowAt,
  };
}
