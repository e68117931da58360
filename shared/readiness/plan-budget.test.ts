/** Readiness rules about the plan, the one-off budget and the project's KPIs. */
import { describe, expect, it } from 'vitest';
import { findings, readyProject, ruleIds, target } from './testing/ready-project';

describe('go-live-too-soon', () => {
  it.each([
    [0, 'blocker'],
    [2, 'blocker'],
    [3, 'risk'],
    [5, 'risk'],
  ] as const)(
    'given go-live after %i months, when checked, then it is a %s',
    (months, severity) => {
      const project = readyProject();
      target(project).plan.monthsToGoLive = months;
      expect(findings(project)).toMatchObject([
        {
          rule: 'go-live-too-soon',
          severity,
          subject: 'Plan of "AI approval"',
          subjectKind: 'plan',
        },
      ]);
    },
  );

  it('given go-live after 6 months, when checked, then it is quiet', () => {
    const project = readyProject();
    target(project).plan.monthsToGoLive = 6;
    expect(ruleIds(project)).toEqual([]);
  });
});

describe('go-live-after-horizon', () => {
  it('given go-live after month 9 and a 6-month horizon, when checked, then a blocker says what falls outside', () => {
    // One-off costs 60,000 data + 15,000 integration + 45,000 change and training = 120,000,
    // + 15 % contingency = 138,000 over 9 build months; months 7-9 (46,000) fall outside.
    const project = readyProject();
    project.finance.horizonMonths = 6;
    target(project).plan.monthsToGoLive = 9;
    expect(findings(project)).toMatchObject([
      {
        rule: 'go-live-after-horizon',
        severity: 'blocker',
        subject: 'Plan of "AI approval"',
        subjectKind: 'plan',
        message:
          'Go-live is planned after month 9 but the horizon ends at month 6: €46,000 of ' +
          'the €138,000 one-off costs (months 7 to 9 of the build) and every benefit and ' +
          'running cost after go-live fall outside it, so the business case shows part of the ' +
          'build only.',
      },
    ]);
  });

  it('given go-live at the end of the horizon, when checked, then it is a blocker too', () => {
    const project = readyProject();
    project.finance.horizonMonths = 6;
    expect(ruleIds(project)).toEqual(['go-live-after-horizon']);
    expect(findings(project)[0]?.message).toContain('every benefit and running cost');
  });

  it('given go-live a month before the end of the horizon, when checked, then it is quiet', () => {
    const project = readyProject();
    project.finance.horizonMonths = 7;
    expect(ruleIds(project)).toEqual([]);
  });
});

describe('adoption-day-one', () => {
  it('given a start share of 100 %, when checked, then it is a risk', () => {
    const project = readyProject();
    target(project).plan.adoption.startShare = 1;
    expect(findings(project)).toMatchObject([{ rule: 'adoption-day-one', severity: 'risk' }]);
  });

  it('given no ramp to a steady share of 100 %, when checked, then it fires', () => {
    const project = readyProject();
    Object.assign(target(project).plan.adoption, { monthsToSteady: 0, steadyShare: 1 });
    expect(ruleIds(project)).toEqual(['adoption-day-one']);
  });

  it('given a ramp from 30 % to 100 % over 6 months, when checked, then it is quiet', () => {
    const project = readyProject();
    target(project).plan.adoption.steadyShare = 1;
    expect(ruleIds(project)).toEqual([]);
  });
});

describe('data-prep-underbudgeted', () => {
  it('given data preparation at 30 % of the build effort, when checked, then it is a risk with the figures', () => {
    const project = readyProject();
    // Build effort: 30,000 data + 15,000 API integration + 45,000 change and training + 10,000 other.
    Object.assign(target(project).plan, { dataPreparationCost: 30_000, otherOneOffCost: 10_000 });
    const [finding] = findings(project);
    expect(finding).toMatchObject({ rule: 'data-prep-underbudgeted', severity: 'risk' });
    expect(finding?.message).toContain('€30,000, 30 % of the build effort of €100,000');
  });

  it('given data preparation at exactly 40 %, when checked, then it is quiet', () => {
    const project = readyProject();
    // 40,000 of 40,000 + 15,000 + 45,000 = 100,000.
    target(project).plan.dataPreparationCost = 40_000;
    expect(ruleIds(project)).not.toContain('data-prep-underbudgeted');
  });
});

describe('change-underbudgeted', () => {
  it('given change and training at 40 % of the technical build, when checked, then it is a note', () => {
    const project = readyProject();
    // Technical build: 60,000 data + 15,000 integration = 75,000.
    Object.assign(target(project).plan, { changeManagementCost: 20_000, trainingCost: 10_000 });
    expect(findings(project)).toMatchObject([{ rule: 'change-underbudgeted', severity: 'note' }]);
    expect(findings(project)[0]?.message).toContain('€30,000, 40 % of the technical build');
  });

  it('given change and training at 20 % of the technical build, when checked, then it is a risk', () => {
    const project = readyProject();
    Object.assign(target(project).plan, { changeManagementCost: 10_000, trainingCost: 5_000 });
    expect(findings(project)).toMatchObject([{ rule: 'change-underbudgeted', severity: 'risk' }]);
  });
});

describe('kpis-only-technical', () => {
  it('given no formulas, when checked, then a note says the case rests on cost per case', () => {
    const project = readyProject();
    project.formulas = [];
    const [finding] = findings(project);
    expect(finding).toMatchObject({
      rule: 'kpis-only-technical',
      severity: 'note',
      subject: 'Project "Invoice approval"',
      subjectKind: 'project',
      subjectId: null,
    });
    expect(finding?.message).toContain('rests on cost per case only');
  });

  it('given only technical KPIs, when checked, then a note names them', () => {
    const project = readyProject();
    project.formulas = [
      { id: 'acc', name: 'Model accuracy', expression: '1 - 0.02', kind: 'kpi', unit: '%' },
      { id: 'lat', name: 'Latency', expression: '0.2', kind: 'kpi', unit: 'seconds' },
    ];
    expect(findings(project)[0]?.message).toContain('("Model accuracy" and "Latency")');
  });

  it('given a benefit line, when checked, then it is quiet', () => {
    const project = readyProject();
    project.formulas = [
      { id: 'fees', name: 'Fees avoided', expression: '100', kind: 'benefit', unit: '' },
    ];
    expect(ruleIds(project)).toEqual([]);
  });
});
