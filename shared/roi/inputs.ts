/**
 * Everything the monthly cash flow needs, as plain numbers: the case volume, what a case
 * costs in the current and the target process (from the flow model), how the target's cost
 * moves with each AI step's automation rate (for drift and the break-even rate), and the plan.
 * Building these is the slow part (several flow-model runs); `cashFlow` over them is cheap,
 * which is what lets tornado and Monte Carlo run thousands of times.
 */
import type { Project, TargetMap } from '../model/schema';
import { writeInput } from '../model/input-path';
import { computeFlowModel, type FlowModelResult } from '../engine/flow-model';
import { hoursPerMonth } from '../engine/calendar';
import { integrationTotals } from '../readiness/integration-cost';
import { casesPerMonth } from './volume';

/** Cost of one case by kind, in the project currency, and the hands-on hours behind it. */
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

/** One AI step of the target: its automation rate, drift, and what a rate change does per case. */
export interface AiStepFigures {
  id: string;
  name: string;
  automationRate: number;
  /** Points (as a share) the automation rate loses per month since the last retraining. */
  driftPerMonth: number;
  /** Change in the target's figures per case when this step's automation rate rises by 1. */
  slope: CaseFigures;
}

export interface OneOffCosts {
  dataPreparation: number;
  integration: number;
  changeManagement: number;
  training: number;
  other: number;
  contingency: number;
  total: number;
}

export interface RoiInputs {
  horizonMonths: number;
  discountRateAnnual: number;
  volumeGrowthAnnual: number;
  /** Cases a month in the first month: `casesPerMonth(project)`, the current map's demand. */
  casesPerMonth: number;
  current: CaseFigures;
  /** The target's figures per case at its planned automation rates. */
  target: CaseFigures;
  aiSteps: AiStepFigures[];
  monthsToGoLive: number;
  oneOff: OneOffCosts;
  platformCostPerMonth: number;
  monitoringCostPerMonth: number;
  integrationMaintenancePerYear: number;
  retrainingCost: number;
  retrainEveryMonths: number | null;
  adoption: TargetMap['plan']['adoption'];
  labourSavings: 'cash' | 'freed-capacity';
  freedCapacityValueShare: number;
  /** Flow-model estimates, for formulas and the report (hours; null when unstable). */
  cycleTimeHoursCurrent: number | null;
  cycleTimeHoursTarget: number | null;
  hoursPerMonthPerFte: number;
  hoursPerDay: number;
}

export function caseFigures(flow: FlowModelResult): CaseFigures {
  const cost = flow.costPerCase;
  if (cost === null || flow.touchHoursPerCase === null || flow.errorsPerCase === null)
    throw new Error(`${flow.mapName}: cases never finish, so there is no cost per case`);
  return {
    labour: cost.labour,
    nonLabour: cost.nonLabour,
    ai: cost.ai,
    errors: cost.errors,
    hours: flow.touchHoursPerCase,
    errorCount: flow.errorsPerCase,
  };
}

const difference = (a: CaseFigures, b: CaseFigures): CaseFigures => ({
  labour: a.labour - b.labour,
  nonLabour: a.nonLabour - b.nonLabour,
  ai: a.ai - b.ai,
  errors: a.errors - b.errors,
  hours: a.hours - b.hours,
  errorCount: a.errorCount - b.errorCount,
});

/** The systems the target's AI steps use, each once, in project order. */
export function aiSystems(project: Project, target: TargetMap): Project['systems'] {
  const used = new Set(target.steps.flatMap((s) => (s.kind === 'ai' ? s.systemIds : [])));
  return project.systems.filter((s) => used.has(s.id));
}

/**
 * Write the one-off costs of `plan` with `integration` (the systems' integration costs added
 * up) into `into`: the build items, contingency on their sum, and the total. In place, so the
 * Monte Carlo loop can reuse one object.
 */
export function writeOneOffCosts(
  into: OneOffCosts,
  plan: TargetMap['plan'],
  integration: number,
): OneOffCosts {
  const base =
    plan.dataPreparationCost +
    integration +
    plan.changeManagementCost +
    plan.trainingCost +
    plan.otherOneOffCost;
  into.dataPreparation = plan.dataPreparationCost;
  into.integration = integration;
  into.changeManagement = plan.changeManagementCost;
  into.training = plan.trainingCost;
  into.other = plan.otherOneOffCost;
  into.contingency = base * plan.contingencyShare;
  into.total = base + into.contingency;
  return into;
}

/** The one-off costs of `target`: its plan and the integration of the systems its AI steps use. */
export function oneOffCosts(project: Project, target: TargetMap): OneOffCosts {
  const integration = integrationTotals(aiSystems(project, target), target.plan).oneOff;
  return writeOneOffCosts(noOneOffCosts(), target.plan, integration);
}

function noOneOffCosts(): OneOffCosts {
  return {
    dataPreparation: 0,
    integration: 0,
    changeManagement: 0,
    training: 0,
    other: 0,
    contingency: 0,
    total: 0,
  };
}

/** Build the inputs of the cash flow for `target` against the project's current map. */
export function roiInputs(project: Project, target: TargetMap): RoiInputs {
  const currentFlow = computeFlowModel(project, project.maps.current);
  const targetFlow = computeFlowModel(project, target);
  const targetFigures = caseFigures(targetFlow);
  const targetIndex = project.maps.targets.indexOf(target);
  const aiSteps: AiStepFigures[] = target.steps.flatMap((step) => {
    if (step.kind !== 'ai') return [];
    // Cost per case is linear in each automation rate, so one finite step gives the exact slope.
    const delta = step.automationRate > 0.5 ? -0.5 : 0.5;
    const moved = writeInput(
      project,
      `maps.targets.${target.id}.steps.${step.id}.automationRate`,
      step.automationRate + delta,
    );
    const movedTarget = moved?.maps.targets[targetIndex];
    const slope = movedTarget
      ? difference(caseFigures(computeFlowModel(moved, movedTarget)), targetFigures)
      : difference(targetFigures, targetFigures);
    const perUnit = (x: number): number => x / delta;
    return [
      {
        id: step.id,
        name: step.name,
        automationRate: step.automationRate,
        driftPerMonth: step.driftPerMonth,
        slope: {
          labour: perUnit(slope.labour),
          nonLabour: perUnit(slope.nonLabour),
          ai: perUnit(slope.ai),
          errors: perUnit(slope.errors),
          hours: perUnit(slope.hours),
          errorCount: perUnit(slope.errorCount),
        },
      },
    ];
  });
  const integration = integrationTotals(aiSystems(project, target), target.plan);
  const monthHours = hoursPerMonth(project.calendar);
  const plan = target.plan;
  return {
    horizonMonths: project.finance.horizonMonths,
    discountRateAnnual: project.finance.discountRateAnnual,
    volumeGrowthAnnual: project.finance.volumeGrowthAnnual,
    casesPerMonth: casesPerMonth(project),
    current: caseFigures(currentFlow),
    target: targetFigures,
    aiSteps,
    monthsToGoLive: plan.monthsToGoLive,
    oneOff: writeOneOffCosts(noOneOffCosts(), plan, integration.oneOff),
    platformCostPerMonth: plan.platformCostPerMonth,
    monitoringCostPerMonth: plan.monitoringCostPerMonth,
    integrationMaintenancePerYear: integration.maintenancePerYear,
    retrainingCost: plan.retrainingCost,
    retrainEveryMonths: plan.retrainEveryMonths,
    adoption: plan.adoption,
    labourSavings: plan.labourSavings,
    freedCapacityValueShare: plan.freedCapacityValueShare,
    cycleTimeHoursCurrent: currentFlow.cycleTimeHoursEstimate,
    cycleTimeHoursTarget: targetFlow.cycleTimeHoursEstimate,
    hoursPerMonthPerFte: monthHours,
    hoursPerDay: project.calendar.hoursPerDay,
  };
}
