/**
 * Runs the readiness rules over one target map and orders the findings: blockers, then
 * risks, then notes; within a severity in map order (each step, then the systems it is the
 * first AI step to read), then roles in project order, then the plan, then the project; ties
 * in rule order. Pure and deterministic: the same project gives the same list every time.
 */
import type { Project, TargetMap } from '../model/schema';
import { assertNever } from '../util/assert-never';
import { readinessContext } from './context';
import { READINESS_RULES } from './rules';
import type { ReadinessContext, ReadinessFinding, ReadinessRule, Severity } from './types';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { blocker: 0, risk: 1, note: 2 };

/**
 * The production risks of `target`, a map of `project` (which must be valid, as from
 * `parseProject`). `rules` defaults to every rule; pass a subset to check only some.
 */
export function checkReadiness(
  project: Project,
  target: TargetMap,
  rules: readonly ReadinessRule[] = READINESS_RULES,
): ReadinessFinding[] {
  const ctx = readinessContext(project, target);
  const position = positions(ctx);
  const ruleRank = new Map(READINESS_RULES.map((rule, i) => [rule.id, i]));
  const keyed = rules.flatMap((rule) =>
    rule.check(ctx).map((finding) => ({
      finding,
      key: [
        SEVERITY_RANK[finding.severity],
        ...position(finding),
        ruleRank.get(finding.rule) ?? READINESS_RULES.length,
      ],
    })),
  );
  // Array.prototype.sort is stable, so a rule's own order breaks the remaining ties.
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  return keyed.map((k) => k.finding);
}

/** Where a finding's subject sits in the map, as a sort key of three numbers. */
function positions(ctx: ReadinessContext): (finding: ReadinessFinding) => number[] {
  const stepCount = ctx.target.steps.length;
  const stepIndex = new Map(ctx.target.steps.map((step, i) => [step.id, i]));
  const systemIndex = new Map(ctx.project.systems.map((system, i) => [system.id, i]));
  const roleIndex = new Map(ctx.project.roles.map((role, i) => [role.id, i]));
  const firstUse = new Map(
    ctx.aiSystems.map((use) => [
      use.system.id,
      Math.min(...use.steps.map((step) => stepIndex.get(step.id) ?? stepCount)),
    ]),
  );
  return (finding) => {
    const id = finding.subjectId ?? '';
    switch (finding.subjectKind) {
      case 'step':
        return [stepIndex.get(id) ?? stepCount, 0, 0];
      case 'system':
        return [firstUse.get(id) ?? stepCount, 1, systemIndex.get(id) ?? 0];
      case 'role':
        return [stepCount, 0, roleIndex.get(id) ?? 0];
      case 'plan':
        return [stepCount, 1, 0];
      case 'project':
        return [stepCount, 2, 0];
      default:
        return assertNever(finding.subjectKind);
    }
  };
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
