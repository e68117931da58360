/**
 * Building findings: one constructor for every rule, and what a finding can be about (an AI
 * step, a system, a role, the plan, the project) as the subject's words, kind and id.
 */
import type { AiStep, Project, Role, System, TargetMap } from '../model/schema';
import { aiStepSubject, planSubject, projectSubject, roleSubject, systemSubject } from './format';
import type { ReadinessFinding, Severity } from './types';

/** What a finding concerns. */
export type FindingAbout = Pick<ReadinessFinding, 'subject' | 'subjectKind' | 'subjectId'>;

export const aboutAiStep = (step: AiStep): FindingAbout => ({
  subject: aiStepSubject(step),
  subjectKind: 'step',
  subjectId: step.id,
});
export const aboutSystem = (system: System): FindingAbout => ({
  subject: systemSubject(system),
  subjectKind: 'system',
  subjectId: system.id,
});
export const aboutRole = (role: Pick<Role, 'id' | 'name'>): FindingAbout => ({
  subject: roleSubject(role),
  subjectKind: 'role',
  subjectId: role.id,
});
export const aboutPlan = (target: TargetMap): FindingAbout => ({
  subject: planSubject(target),
  subjectKind: 'plan',
  subjectId: null,
});
export const aboutProject = (project: Project): FindingAbout => ({
  subject: projectSubject(project),
  subjectKind: 'project',
  subjectId: null,
});

/** A finding of `rule` at `severity` about `about`: what is wrong, and how to fix it. */
export function finding(
  rule: string,
  severity: Severity,
  about: FindingAbout,
  message: string,
  fix: string,
): ReadinessFinding {
  return { rule, severity, ...about, message, fix };
}
