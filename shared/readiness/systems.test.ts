/** Readiness rules about the systems AI steps read: access mode and data quality. */
import { describe, expect, it } from 'vitest';
import type { Project, System } from '../model/schema';
import { aiStep, findings, readyProject, ruleIds, target } from './testing/ready-project';

function withErp(change: Partial<System>): Project {
  const project = readyProject();
  const erp = project.systems[0];
  if (erp === undefined) throw new Error('the minimal project has an ERP');
  Object.assign(erp, change);
  // Keep the build budget in balance whatever the access mode's suggested cost.
  Object.assign(target(project).plan, {
    dataPreparationCost: 200_000,
    changeManagementCost: 150_000,
  });
  return project;
}

describe('system-ui-only', () => {
  it('given the AI step reads a UI-only system, when checked, then it is a risk on that system', () => {
    expect(findings(withErp({ access: 'ui-only' }))).toMatchObject([
      {
        rule: 'system-ui-only',
        severity: 'risk',
        subject: 'System "ERP"',
        subjectKind: 'system',
        subjectId: 'erp',
      },
    ]);
  });

  it('given a UI-only system that only people use, when checked, then it is quiet', () => {
    const project = withErp({ access: 'ui-only' });
    aiStep(project).systemIds = [];
    expect(ruleIds(project)).toEqual([]);
  });
});

describe('system-paper', () => {
  it('given the AI step reads paper, when checked, then it is a risk naming the step', () => {
    const [finding] = findings(withErp({ access: 'paper' }));
    expect(finding).toMatchObject({ rule: 'system-paper', severity: 'risk' });
    expect(finding?.message).toContain('AI step "AI match" depends on scanning and OCR');
  });

  it('given the system has a database, when checked, then it is quiet', () => {
    expect(ruleIds(withErp({ access: 'database' }))).toEqual([]);
  });
});

describe('data quality', () => {
  it('given the AI step reads poor data, when checked, then it is a risk', () => {
    expect(findings(withErp({ dataQuality: 'poor' }))).toMatchObject([
      { rule: 'poor-data-quality', severity: 'risk', subjectId: 'erp' },
    ]);
  });

  it('given the AI step reads fair data, when checked, then it is a note', () => {
    expect(findings(withErp({ dataQuality: 'fair' }))).toMatchObject([
      { rule: 'fair-data-quality', severity: 'note', subjectId: 'erp' },
    ]);
  });

  it('given two AI steps read the same poor system, when checked, then one finding names both', () => {
    const project = withErp({ dataQuality: 'poor' });
    const map = target(project);
    const second = { ...aiStep(project), id: 'match-2', name: 'AI second look' };
    map.steps.splice(2, 0, second);
    map.flows = [
      { id: 'f1', from: 'start', to: 'match', probability: null, label: '' },
      { id: 'f2', from: 'match', to: 'match-2', probability: null, label: '' },
      { id: 'f3', from: 'match-2', to: 'end', probability: null, label: '' },
    ];
    const found = findings(project);
    expect(found.map((f) => f.rule)).toEqual(['poor-data-quality']);
    expect(found[0]?.message).toContain('AI steps "AI match" and "AI second look" read it');
  });
});
