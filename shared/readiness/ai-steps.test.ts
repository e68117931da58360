/** Readiness rules about single AI steps: review, fallback, owner, drift and QA sampling. */
import { describe, expect, it } from 'vitest';
import { aiStep, findings, readyProject, ruleIds, target } from './testing/ready-project';

describe('a ready project', () => {
  it('given the minimal project with a plan and KPIs that pass, when checked, then nothing is found', () => {
    expect(findings(readyProject())).toEqual([]);
  });
});

describe('ai-no-review', () => {
  it('given an AI step below full automation with no review role, when checked, then it is a blocker naming the step', () => {
    const project = readyProject();
    aiStep(project).reviewRoleId = null;
    const [finding, ...rest] = findings(project);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: 'ai-no-review',
      severity: 'blocker',
      subject: 'AI step "AI match"',
      subjectKind: 'step',
      subjectId: 'match',
    });
    expect(finding?.message).toContain('20 % of its cases fall below the confidence threshold');
  });

  it('given full automation with escaped errors and no review role, when checked, then it still fires', () => {
    const project = readyProject();
    Object.assign(aiStep(project), { reviewRoleId: null, automationRate: 1, qaSampleRate: 0 });
    expect(ruleIds(project)).toEqual(['ai-no-review', 'no-qa-sampling']);
    expect(findings(project)[0]?.message).toContain('1 % of its answers are wrong');
  });

  it('given full automation, no escaped errors and no review role, when checked, then it is quiet', () => {
    const project = readyProject();
    Object.assign(aiStep(project), { reviewRoleId: null, automationRate: 1, escapedErrorRate: 0 });
    expect(ruleIds(project)).toEqual([]);
  });
});

describe('ai-no-fallback', () => {
  it('given availability 98 % and no fallback role, when checked, then it is a blocker', () => {
    const project = readyProject();
    Object.assign(aiStep(project), { availability: 0.98, fallbackRoleId: null });
    const [finding] = findings(project);
    expect(finding).toMatchObject({ rule: 'ai-no-fallback', severity: 'blocker' });
    expect(finding?.message).toContain('availability 98 %');
  });

  it('given availability 99.5 % and no fallback role, when checked, then it is only a risk', () => {
    const project = readyProject();
    Object.assign(aiStep(project), { availability: 0.995, fallbackRoleId: null });
    expect(findings(project)).toMatchObject([{ rule: 'ai-no-fallback', severity: 'risk' }]);
    expect(findings(project)[0]?.message).toContain('availability 99.5 %');
  });

  it('given availability 100 % and no fallback role, when checked, then it is quiet', () => {
    const project = readyProject();
    Object.assign(aiStep(project), { availability: 1, fallbackRoleId: null });
    expect(ruleIds(project)).toEqual([]);
  });
});

describe('ai-no-owner', () => {
  it('given an AI step with no owner role, when checked, then it is a blocker; with an owner it is quiet', () => {
    const project = readyProject();
    aiStep(project).ownerRoleId = null;
    expect(findings(project)).toMatchObject([{ rule: 'ai-no-owner', severity: 'blocker' }]);
    aiStep(project).ownerRoleId = 'lead';
    expect(ruleIds(project)).toEqual([]);
  });
});

describe('drift-no-retraining', () => {
  it('given drift of 1.2 points a month and no retraining, when checked, then it is a risk with the yearly loss', () => {
    const project = readyProject();
    aiStep(project).driftPerMonth = 0.012;
    target(project).plan.retrainEveryMonths = null;
    const [finding, ...rest] = findings(project);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'drift-no-retraining', severity: 'risk' });
    expect(finding?.message).toContain('falls 1.2 points a month');
    expect(finding?.message).toContain('14.4 points lower');
  });

  it('given a retraining interval but no retraining budget, when checked, then it fires', () => {
    const project = readyProject();
    target(project).plan.retrainingCost = 0;
    expect(ruleIds(project)).toEqual(['drift-no-retraining']);
    expect(findings(project)[0]?.message).toContain('budgets nothing');
  });

  it('given no drift and no retraining, when checked, then it is quiet', () => {
    const project = readyProject();
    aiStep(project).driftPerMonth = 0;
    target(project).plan.retrainEveryMonths = null;
    expect(ruleIds(project)).toEqual([]);
  });
});

describe('no-qa-sampling', () => {
  it('given escaped errors with a cost and no QA sample, when checked, then it is a risk with the monthly cost', () => {
    const project = readyProject();
    aiStep(project).qaSampleRate = 0;
    const [finding] = findings(project);
    expect(finding).toMatchObject({ rule: 'no-qa-sampling', severity: 'risk' });
    // 400 a week = 400 * 52 / 12 a month; 99 % up, 80 % accepted, 1 % wrong, EUR 150 each.
    const perMonth = Math.round(((400 * 52) / 12) * 0.99 * 0.8 * 0.01 * 150);
    expect(perMonth).toBe(2059);
    expect(finding?.message).toContain('€2,059 a month');
  });

  it('given a target map with its own demand, when checked, then the monthly cost uses the business case volume (the current map demand)', () => {
    // The same 400 cases a week as above: the target's 800 a week is not the business case's.
    const project = readyProject();
    aiStep(project).qaSampleRate = 0;
    target(project).demand.casesPerPeriod = 800;
    expect(findings(project)[0]?.message).toContain('€2,059 a month');
  });

  it('given escaped errors that cost nothing, when checked, then it is quiet', () => {
    const project = readyProject();
    Object.assign(aiStep(project), { qaSampleRate: 0, costPerEscapedError: 0 });
    expect(ruleIds(project)).toEqual([]);
  });
});
