/**
 * What the business case spends its money on, by category: the one-off build costs (data
 * preparation, integration system by system with the suggested figure marked, change
 * management, training, other, contingency) and the running costs over the horizon (platform,
 * monitoring, integration maintenance, inference, retraining). The categories come from the
 * same inputs and month columns the ROI model uses, so they add up to its total cost (a unit
 * test holds them to it).
 */
import type { Project, TargetMap } from '../../../shared/model/schema';
import { integrationCost } from '../../../shared/readiness';
import {
  aiSystems,
  buildMonths,
  cashFlow,
  monthColumns,
  type MonthColumns,
  type RoiInputs,
} from '../../../shared/roi';

export interface IntegrationLine {
  readonly systemId: string;
  readonly name: string;
  /** One-off integration cost, in the project currency. */
  readonly cost: number;
  /** True when the system has no figure of its own and the access mode's suggestion is used. */
  readonly suggested: boolean;
  readonly access: string;
}

export interface OneOffBreakdown {
  readonly dataPreparation: number;
  readonly integration: readonly IntegrationLine[];
  readonly changeManagement: number;
  readonly training: number;
  readonly other: number;
  /** Contingency on the build items, and the plan's share it is (0..1). */
  readonly contingency: number;
  readonly contingencyShare: number;
  readonly total: number;
  /** Share of the one-off total charged within the horizon (1 unless go-live is after it). */
  readonly chargedShare: number;
}

export interface RunningLine {
  readonly id: 'platform' | 'monitoring' | 'maintenance' | 'inference' | 'retraining';
  readonly label: string;
  /** Over the months after go-live within the horizon, in the project currency. */
  readonly total: number;
  /** How it is charged, in words. */
  readonly basis: string;
}

export interface CostBreakdown {
  readonly oneOff: OneOffBreakdown;
  readonly running: readonly RunningLine[];
  readonly runningTotal: number;
  /** Months after go-live within the horizon. */
  readonly liveMonths: number;
}

/** The cost categories of `target`'s business case from its ROI `inputs`. */
export function costBreakdown(
  project: Project,
  target: TargetMap,
  inputs: RoiInputs,
  months: MonthColumns = filledColumns(inputs),
): CostBreakdown {
  const h = inputs.horizonMonths;
  const goLive = inputs.monthsToGoLive;
  const liveMonths = Math.max(0, h - Math.max(0, goLive));
  const build = buildMonths(goLive);
  const plan = target.plan;
  const integration = aiSystems(project, target).map((system): IntegrationLine => ({
    systemId: system.id,
    name: system.name,
    cost: integrationCost(system),
    suggested: system.integrationCost === null,
    access: system.access,
  }));
  let inference = 0;
  for (let i = months.firstLive; i < h; i++)
    inference +=
      (months.casesPerMonth[i] as number) *
      (months.adoptionShare[i] as number) *
      (months.targetAi[i] as number);
  const every = inputs.retrainEveryMonths;
  // The cash flow retrains in live months k = every, 2 × every, ...
  const retrainings = every === null ? 0 : Math.floor(liveMonths / every);
  const running: RunningLine[] = [
    {
      id: 'platform',
      label: 'Platform',
      total: inputs.platformCostPerMonth * liveMonths,
      basis: 'a month after go-live',
    },
    {
      id: 'monitoring',
      label: 'Monitoring',
      total: inputs.monitoringCostPerMonth * liveMonths,
      basis: 'a month after go-live',
    },
    {
      id: 'maintenance',
      label: 'Integration maintenance',
      total: (inputs.integrationMaintenancePerYear / 12) * liveMonths,
      basis: 'a yearly figure, charged monthly',
    },
    {
      id: 'inference',
      label: 'Inference',
      total: inference,
      basis: 'per case handled by the target process',
    },
    {
      id: 'retraining',
      label: 'Retraining',
      total: inputs.retrainingCost * retrainings,
      basis:
        every === null
          ? 'no retraining planned'
          : `${retrainings} ${retrainings === 1 ? 'time' : 'times'}, every ${every} months`,
    },
  ];
  const one = inputs.oneOff;
  return {
    oneOff: {
      dataPreparation: one.dataPreparation,
      integration,
      changeManagement: one.changeManagement,
      training: one.training,
      other: one.other,
      contingency: one.contingency,
      contingencyShare: plan.contingencyShare,
      total: one.total,
      chargedShare: Math.min(h, build) / build,
    },
    running,
    runningTotal: running.reduce((sum, line) => sum + line.total, 0),
    liveMonths,
  };
}

/** The month columns of `inputs`' cash flow (the ROI model's own). */
export function filledColumns(inputs: RoiInputs): MonthColumns {
  const columns = monthColumns(inputs.horizonMonths);
  cashFlow(inputs, { columns });
  return columns;
}
