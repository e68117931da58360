/**
 * Test-only starting points for readiness tests: `readyProject()` is the minimal project
 * with a plan and KPIs that pass every rule, so a test changes one thing and sees exactly one
 * rule fire. Every call returns a fresh copy that tests may mutate.
 */
import { minimalProject } from '../../model/testing/minimal-project';
import type { AiStep, Project, TargetMap } from '../../model/schema';
import { checkReadiness } from '../check';
import type { ReadinessFinding } from '../types';

/** The minimal project with change management on a par with the build and a business KPI. */
export function readyProject(): Project {
  const project = minimalProject();
  const plan = target(project).plan;
  plan.changeManagementCost = 30_000;
  plan.trainingCost = 15_000;
  project.formulas = [
    {
      id: 'hours-freed',
      name: 'Clerk hours freed',
      expression: 'fteFreed * 8 * 220 / 12',
      kind: 'kpi',
      unit: 'hours/month',
    },
  ];
  return project;
}

/** The project's first (in the minimal project, only) target map. */
export function target(project: Project): TargetMap {
  const first = project.maps.targets[0];
  if (first === undefined) throw new Error('the project has no target map');
  return first;
}

/** The first AI step of the project's first target. */
export function aiStep(project: Project): AiStep {
  const step = target(project).steps.find((s): s is AiStep => s.kind === 'ai');
  if (step === undefined) throw new Error('the target has no AI step');
  return step;
}

/** All findings for the project's first target. */
export function findings(project: Project): ReadinessFinding[] {
  return checkReadiness(project, target(project));
}

/** The rule ids of the findings for the project's first target, in order. */
export function ruleIds(project: Project): string[] {
  return findings(project).map((f) => f.rule);
}
