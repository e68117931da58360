/**
 * The vocabulary of readiness checks: a finding names one production risk of a target map,
 * how bad it is, what it concerns and how to fix it, in sentences a sponsor can read.
 * A rule is a pure function of a `ReadinessContext`; it never mutates the project.
 */
import type { FlowModelResult } from '../engine';
import type { AiStep, Project, System, TargetMap } from '../model/schema';

/** blocker: do not go live like this; risk: likely to hurt the case; note: worth a look. */
export type Severity = 'blocker' | 'risk' | 'note';

export const SEVERITIES: readonly Severity[] = ['blocker', 'risk', 'note'];

/**
 * What `subjectId` points at: a step of the target map, a system or role of the project, the
 * target's plan, or the project as a whole (the last two have no id).
 */
export type SubjectKind = 'step' | 'system' | 'role' | 'plan' | 'project';

export interface ReadinessFinding {
  /** Stable kebab-case id of the rule that produced it, e.g. `ai-no-review`. */
  readonly rule: string;
  readonly severity: Severity;
  /** What it concerns, in words: `AI step "AI 2-way match"`, `System "Paper mailroom"`. */
  readonly subject: string;
  readonly subjectKind: SubjectKind;
  /** Id of the step, system or role; null for plan- and project-level findings. */
  readonly subjectId: string | null;
  /** One sentence: what is wrong and why it matters. */
  readonly message: string;
  /** One sentence: how to fix it. */
  readonly fix: string;
}

/** A system of the project together with the AI steps of the target that read it. */
export interface AiSystemUse {
  readonly system: System;
  /** In map order; never empty. */
  readonly steps: readonly AiStep[];
}

/** One-off build costs of a target, in the project currency (contingency excluded). */
export interface BuildBudget {
  readonly dataPreparation: number;
  /** Integration of every system the AI steps use, suggested cost where none is set. */
  readonly integration: number;
  readonly changeManagement: number;
  readonly training: number;
  readonly otherOneOff: number;
  /** Data preparation + integration. */
  readonly technical: number;
  /** Everything above together. */
  readonly total: number;
}

/** Everything a rule may read, computed once per check. */
export interface ReadinessContext {
  readonly project: Project;
  readonly target: TargetMap;
  /** The target's AI steps in map order. */
  readonly aiSteps: readonly AiStep[];
  /** Systems used by at least one AI step, in the order of the project's system list. */
  readonly aiSystems: readonly AiSystemUse[];
  readonly flow: FlowModelResult;
  /**
   * Cases a working month, the business case's volume: the current map's demand
   * (`casesPerMonth` in shared/roi), the same number the cash flow starts from.
   */
  readonly casesPerMonth: number;
  readonly budget: BuildBudget;
  /** The role's name, or its id when the project has no such role. */
  roleName(roleId: string): string;
}

export interface ReadinessRule {
  readonly id: string;
  /** The most severe finding the rule can produce; some rules grade down (see RULES.md). */
  readonly severity: Severity;
  /** A short title for lists and the report. */
  readonly title: string;
  /** The practitioner's reason the rule exists. */
  readonly why: string;
  check(ctx: ReadinessContext): ReadinessFinding[];
}
