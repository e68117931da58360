/**
 * Everything the monthly cash flow needs, as plain numbers: the case volume, what a case
 * costs in the current and the target process (the per-step kernel, `engine/case-work.ts`),
 * how the target's cost moves with each AI step's automation rate (its exact slope, for drift
 * and the break-even rate), and the plan. Building these is the slow part (flow-model runs
 * for the cycle times); `cashFlow` over them is cheap, which is what lets tornado and Monte
 * Carlo run thousands of times. Both maps' cases must be able to finish (`roiBlockers`).
 */
import type { Project, TargetMap } from '../model/schema';
import {
  automationSlope,
  compileCaseWork,
  evaluateCaseMap,
  zeroFigures,
  type CaseFigures,
  type CompiledCaseMap,
  computeFlowModel,
  hoursPerMonth,
} from '../engine';
import { integrationTotals } from '../readiness/integration-cost';
import { casesPerMonth } from './volume';

export type { CaseFigures } from '../engine';

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

/** `map` compiled with its visits; throws when its cases never finish (check `roiBlockers` first). */
function caseWork(project: Project, map: TargetMap | Project['maps']['current']): CompiledCaseMap {
  const work = compileCaseWork(map, project.roles);
  if (work === undefined)
    throw new Error(`In "${map.name}" cases never finish, so a case has no cost to compare`);
  return work;
}

/** What a case costs in `work` at its current inputs. */
function figuresOf(work: CompiledCaseMap): CaseFigures {
  const figures = zeroFigures();
  evaluateCaseMap(work, figures);
  return figures;
}

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
  const currentWork = caseWork(project, project.maps.current);
  const targetWork = caseWork(project, target);
  const aiSteps: AiStepFigures[] = target.steps.flatMap((step, i) => {
    if (step.kind !== 'ai') return [];
    const slope = zeroFigures();
    automationSlope(targetWork, i, slope);
    return [
      {
        id: step.id,
        name: step.name,
        automationRate: step.automationRate,
        driftPerMonth: step.driftPerMonth,
        slope,
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
    current: figuresOf(currentWork),
    target: figuresOf(targetWork),
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
    cycleTimeHoursCurrent: computeFlowModel(project, project.maps.current).cycleTimeHoursEstimate,
    cycleTimeHoursTarget: computeFlowModel(project, target).cycleTimeHoursEstimate,
    hoursPerMonthPerFte: monthHours,
    hoursPerDay: project.calendar.hoursPerDay,
  };
}
