/** checkReadiness as a whole: capacity, ordering, determinism, and RULES.md in step. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryProject } from '../model/testing/arbitrary-project';
import { checkReadiness } from './check';
import { READINESS_RULES } from './rules';
import { aiStep, findings, readyProject, ruleIds, target } from './testing/ready-project';

describe('capacity', () => {
  it('given the review role cannot keep up, when checked, then a blocker names the role and its utilisation', () => {
    const project = readyProject();
    const clerk = project.roles[0];
    if (clerk === undefined) throw new Error('the minimal project has a clerk');
    clerk.headcount = 0.1;
    const [finding] = findings(project);
    expect(finding).toMatchObject({
      rule: 'capacity',
      severity: 'blocker',
      subject: 'Role "AP clerk"',
      subjectKind: 'role',
      subjectId: 'clerk',
    });
    expect(finding?.message).toMatch(/AP clerk would work at \d+ % of capacity in "AI approval"/);
  });

  it('given the role has enough people, when checked, then it is quiet', () => {
    expect(ruleIds(readyProject())).toEqual([]);
  });
});

describe('ordering', () => {
  function troubled() {
    const project = readyProject();
    Object.assign(aiStep(project), { ownerRoleId: null, qaSampleRate: 0, reviewRoleId: null });
    Object.assign(target(project).plan, { monthsToGoLive: 4, retrainEveryMonths: null });
    const erp = project.systems[0];
    if (erp !== undefined) erp.dataQuality = 'fair';
    project.formulas = [];
    return project;
  }

  it('given findings of every severity, when checked, then blockers come first, then risks, then notes, in map and rule order', () => {
    expect(findings(troubled()).map((f) => `${f.severity} ${f.rule}`)).toEqual([
      'blocker ai-no-review',
      'blocker ai-no-owner',
      'risk drift-no-retraining',
      'risk no-qa-sampling',
      'risk go-live-too-soon',
      'note fair-data-quality',
      'note kpis-only-technical',
    ]);
  });

  it('given the same project twice, when checked, then the findings are identical', () => {
    expect(JSON.stringify(findings(troubled()))).toBe(JSON.stringify(findings(troubled())));
  });

  it('given any valid project, when each target is checked, then findings are sorted by severity and complete', () => {
    const rank = { blocker: 0, risk: 1, note: 2 } as const;
    fc.assert(
      fc.property(arbitraryProject, (project) => {
        for (const map of project.maps.targets) {
          const found = checkReadiness(project, map);
          const ranks = found.map((f) => rank[f.severity]);
          expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
          for (const f of found) {
            expect(f.message.length).toBeGreaterThan(20);
            expect(f.fix.length).toBeGreaterThan(20);
            expect(f.subjectId === null).toBe(
              f.subjectKind === 'plan' || f.subjectKind === 'project',
            );
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('given a subset of rules, when checked, then only those run', () => {
    const project = troubled();
    const owner = READINESS_RULES.filter((r) => r.id === 'ai-no-owner');
    expect(checkReadiness(project, target(project), owner).map((f) => f.rule)).toEqual([
      'ai-no-owner',
    ]);
  });

  it('given a check, when it runs, then the project is not changed', () => {
    const project = troubled();
    const before = JSON.stringify(project);
    findings(project);
    expect(JSON.stringify(project)).toBe(before);
  });
});

describe('the rule list', () => {
  const doc = readFileSync(new URL('./RULES.md', import.meta.url), 'utf8');

  it('given every rule, then its id is unique, kebab-case, with a title and a reason', () => {
    const ids = READINESS_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of READINESS_RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.title.length).toBeGreaterThan(5);
      expect(rule.why.length).toBeGreaterThan(40);
    }
  });

  it('given RULES.md, then it documents every rule with its severity and no others', () => {
    const documented = [...doc.matchAll(/^### `([a-z-]+)`/gm)].map((m) => m[1]);
    expect(documented).toEqual(READINESS_RULES.map((r) => r.id));
    for (const rule of READINESS_RULES)
      expect(doc).toMatch(new RegExp(`### \`${rule.id}\`[^#]*Severity: \\*\\*${rule.severity}`));
  });
});
