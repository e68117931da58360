/**
 * Builds the `ReadinessContext` for one target map: its AI steps, the systems they read, the
 * flow model and the build budget, computed once so each rule stays a few lines.
 */
import { computeFlowModel } from '../engine';
import type { AiStep, Project, TargetMap } from '../model/schema';
import { casesPerMonth } from '../roi/volume';
import { integrationTotals } from './integration-cost';
import type { AiSystemUse, BuildBudget, ReadinessContext } from './types';

export function readinessContext(project: Project, target: TargetMap): ReadinessContext {
  const aiSteps = target.steps.filter((step): step is AiStep => step.kind === 'ai');
  const aiSystems: AiSystemUse[] = project.systems
    .map((system) => ({
      system,
      steps: aiSteps.filter((step) => step.systemIds.includes(system.id)),
    }))
    .filter((use) => use.steps.length > 0);
  const plan = target.plan;
  const integration = integrationTotals(
    aiSystems.map((use) => use.system),
    plan,
  ).oneOff;
  const technical = plan.dataPreparationCost + integration;
  const budget: BuildBudget = {
    dataPreparation: plan.dataPreparationCost,
    integration,
    changeManagement: plan.changeManagementCost,
    training: plan.trainingCost,
    otherOneOff: plan.otherOneOffCost,
    technical,
    total: technical + plan.changeManagementCost + plan.trainingCost + plan.otherOneOffCost,
  };
  const roleNames = new Map(project.roles.map((role) => [role.id, role.name]));
  return {
    project,
    target,
    aiSteps,
    aiSystems,
    flow: computeFlowModel(project, target),
    casesPerMonth: casesPerMonth(project),
    budget,
    roleName: (roleId) => roleNames.get(roleId) ?? roleId,
  };
}
